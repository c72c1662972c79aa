// Realistic drafts of a given size for the benchmark and the profiling of hot paths.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');

/** A realistic draft of about `size` characters: header once, many sections with citations, Nơi nhận, signature. */
export function draftOfSize(size: number): string {
  const base = readFileSync(join(ROOT, 'test', 'fixtures', 'clean-hd05.kl.md'), 'utf8');
  const [head, rest] = base.split('I. ĐÁNH GIÁ CHUNG');
  const footer = rest.slice(rest.indexOf('Nơi nhận:'));
  const parts: string[] = [head];
  let roman = 1, len = head.length + footer.length;
  const toRoman = (n: number) => { const t: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']]; let o = ''; for (const [v, r] of t) while (n >= v) { o += r; n -= v; } return o; };
  while (len < size) {
    const sec = [
      `${toRoman(roman)}. NỘI DUNG THỨ ${roman}`, '',
      `1. Tiếp tục thực hiện Kết luận số ${roman + 10}-KL/ĐU, ngày 12/01/2026 của Ban Thường vụ Đảng ủy xã về nhiệm vụ trọng tâm; bảo đảm tiến độ, chất lượng, hiệu quả.`, '',
      `2. Ủy ban nhân dân xã chủ trì, phối hợp với các đoàn thể hoàn thành các chỉ tiêu trước ngày 30/11/2026; định kỳ báo cáo Ban Thường vụ Đảng ủy.`, '',
      `a) Chi bộ thôn ${roman} tổ chức sinh hoạt chuyên đề theo Hướng dẫn số 06-HD/BTCTU, ngày 08/10/2018 của Ban Tổ chức Tỉnh ủy;`, '',
      `b) Các chi bộ còn lại hoàn thành trong tháng 12/2026.`, '',
    ].join('\n') + '\n';
    parts.push(sec);
    len += sec.length;
    roman++;
  }
  parts.push(footer);
  return parts.join('');
}

