// Realistic drafts of a given size for the benchmark and the profiling of hot paths: the header of a
// real-looking Kết luận, then parts (I., II., …, at most XXX) holding numbered sections with citations,
// dates, deadlines and lettered points, then the Nơi nhận and the signature. Numbering stays valid at
// every size, so the figures measure analysis, not the reporting of thousands of findings.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const ROMAN = [
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIII',
  'XIV',
  'XV',
  'XVI',
  'XVII',
  'XVIII',
  'XIX',
  'XX',
  'XXI',
  'XXII',
  'XXIII',
  'XXIV',
  'XXV',
  'XXVI',
  'XXVII',
  'XXVIII',
  'XXIX',
  'XXX',
];

function section(k: number, n: number): string {
  return [
    `${k}. Tiếp tục thực hiện Kết luận số ${n + 10}-KL/ĐU, ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã ` +
      `về nhiệm vụ trọng tâm; bảo đảm tiến độ, chất lượng, hiệu quả. Ủy ban nhân dân xã chủ trì, phối ` +
      `hợp với các đoàn thể hoàn thành các chỉ tiêu trước ngày 30/11/2026; định kỳ báo cáo Ban Thường vụ Đảng ủy.`,
    '',
    `a) Chi bộ thôn ${(n % 12) + 1} tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 06-HD/BTCTU, ngày ` +
      `08/10/2018 của Ban Tổ chức Tỉnh ủy;`,
    '',
    'b) Các chi bộ còn lại hoàn thành trong tháng 12/2026.',
    '',
    '',
  ].join('\n');
}

export function draftOfSize(size: number): string {
  const base = readFileSync(join(ROOT, 'test', 'fixtures', 'clean-hd05.kl.md'), 'utf8');
  const head = base.slice(0, base.indexOf('I. ĐÁNH GIÁ CHUNG'));
  const footer = base.slice(base.indexOf('Nơi nhận:'));
  const one = section(1, 1).length;
  const sections = Math.max(1, Math.ceil((size - head.length - footer.length) / one));
  const parts = Math.min(ROMAN.length - 1, Math.max(1, Math.ceil(sections / 8)));
  const perPart = Math.ceil(sections / parts);
  const out: string[] = [head];
  let n = 0;
  for (let p = 0; p < parts && n < sections; p++) {
    out.push(`${ROMAN[p]}. NỘI DUNG THỨ ${p + 1}\n\n`);
    for (let k = 1; k <= perPart && n < sections; k++, n++) out.push(section(k, n));
  }
  out.push(
    parts < ROMAN.length
      ? `${ROMAN[Math.min(parts, ROMAN.length - 1)]}. TỔ CHỨC THỰC HIỆN\n\nVăn phòng Đảng ủy theo dõi, ` +
        `đôn đốc, tổng hợp tình hình, báo cáo Ban Thường vụ Đảng ủy xã.\n\n`
      : '',
  );
  out.push(footer);
  return out.join('');
}
