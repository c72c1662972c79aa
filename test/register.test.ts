// The workspace register (spec §10): entries, tasks and the register itself in the core, and the CLI's
// register, tasks and check over a folder of related drafts (test/fixtures/register).
import { describe, it, expect } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { parse } from '../server/src/core';
import {
  indexDocument,
  packDoc,
  Register,
  firstCitation,
  deadlineOf,
  newDraft,
  wizardChoices,
} from '../server/src/core/register';
import { buildRegisterSync, indexFileSync, indexText, isIndexable } from '../server/src/shared/register-files';
import { readDocx } from '../server/src/docx/reader';
import { buildDocx } from './docx-build';
import { cleanParty } from './docx-samples';
import { validateConfig } from '../server/src/shared/config';

const ROOT = join(__dirname, '..');
const FIX = join(__dirname, 'fixtures', 'register');
const run = (args: string[], cwd = ROOT) =>
  spawnSync('node', [join(ROOT, 'bin', 'ketluan.js'), ...args], { cwd, encoding: 'utf8' });
const read = (name: string) => readFileSync(join(FIX, name), 'utf8');

const KL = (number: string, body: string, date = 'ngày 10 tháng 11 năm 2026') =>
  [
    'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
    'TỈNH ỦY ĐỒNG THẠNH',
    '*',
    `Số ${number}                              Đồng Thạnh, ${date}`,
    '',
    'KẾT LUẬN',
    'của Ban Thường vụ Tỉnh ủy',
    'về công tác thanh niên',
    '-----',
    '',
    'Ngày 01 tháng 11 năm 2026, Ban Thường vụ Tỉnh ủy họp. Ban Thường vụ Tỉnh ủy kết luận như sau:',
    '',
    body,
    '',
    'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
    '- Lưu Văn phòng Tỉnh ủy.                  PHÓ BÍ THƯ',
    '',
  ].join('\n');
const tasksOf = (text: string) => indexDocument(parse(text), 'x').tasks;

describe('register entries', () => {
  it('reads number, type, issuer, date, trích yếu and the body of a first citation from the header', () => {
    const d = indexDocument(parse(read('tb-1246-chuyen-doi-so.tb.md')), '/w/tb.md', 'tb.md');
    expect(d.entry).toMatchObject({
      number: '1246-TB/TU',
      key: '1246-TB/TU',
      num: 1246,
      typeCode: 'TB',
      issuerCode: 'TU',
      date: '2025-04-25',
      typeWord: 'Thông báo',
      title: 'kết luận của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025',
      issuerPhrase: 'Ban Thường vụ Tỉnh ủy',
      about: 'về công tác chuyển đổi số năm 2025',
      line: 3,
      character: 3,
      endCharacter: 13,
      name: 'tb.md',
    });
    expect(firstCitation(d.entry!)).toBe(
      '1246-TB/TU, ngày 25/4/2025 của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025',
    );
  });
  it('a blank draft number makes no entry; "5" and "05" are one key', () => {
    expect(indexDocument(parse(read('kl-moi.kl.md')), 'x').entry).toBeNull();
    expect(indexDocument(parse(KL('5-KL/TU  ', '')), 'a').entry!.key).toBe(
      indexDocument(parse(KL('05-KL/TU ', '')), 'b').entry!.key,
    );
  });
  it('NFD text, CRLF line ends, Markdown emphasis and the old tone placement give the same entry', () => {
    const plain = indexDocument(parse(KL('05-KL/TU', '')), 'f').entry!;
    const odd = KL('05-KL/TU', '')
      .replace('Số 05-KL/TU', '**Số 05-KL/TU**')
      .replace('Tỉnh ủy\n', 'Tỉnh uỷ\n')
      .normalize('NFD')
      .replace(/\n/g, '\r\n');
    const e = indexDocument(parse(odd), 'f').entry!;
    expect([e.key, e.date, e.typeCode, e.issuerCode, e.line]).toEqual([
      plain.key,
      plain.date,
      plain.typeCode,
      plain.issuerCode,
      plain.line,
    ]);
    expect(e.issuerPhrase!.normalize('NFC')).toBe('Ban Thường vụ Tỉnh uỷ');
  });
});

describe('tasks', () => {
  it('"Giao …", "… chủ trì, phối hợp …" and "… hoàn thành … trước ngày …" give assignee, task and deadline', () => {
    const t = tasksOf(
      KL(
        '05-KL/TU',
        [
          '1. Giao Ban Tổ chức Tỉnh ủy tham mưu quy định mới, xong trước ngày 15/01/2027.',
          '',
          '2. Tỉnh đoàn chủ trì, phối hợp với các huyện ủy tổ chức diễn đàn thanh niên trong quý II/2027.',
          '',
          '3. Sở Nội vụ hoàn thành đề án việc làm trong tháng 02/2027.',
        ].join('\n'),
      ),
    );
    expect(t).toEqual([
      {
        document: '05-KL/TU',
        assignee: 'Ban Tổ chức Tỉnh ủy',
        task: 'tham mưu quy định mới, xong trước ngày 15/01/2027',
        deadline: '2027-01-15',
        line: 12,
      },
      {
        document: '05-KL/TU',
        assignee: 'Tỉnh đoàn',
        task: 'chủ trì, phối hợp với các huyện ủy tổ chức diễn đàn thanh niên trong quý II/2027',
        deadline: '2027-06-30',
        line: 14,
      },
      {
        document: '05-KL/TU',
        assignee: 'Sở Nội vụ',
        task: 'hoàn thành đề án việc làm trong tháng 02/2027',
        deadline: '2027-02-28',
        line: 16,
      },
    ]);
  });
  it('items of "Tổ chức thực hiện" are tasks even without a deadline', () => {
    const t = tasksOf(KL('05-KL/TU', 'I. TỔ CHỨC THỰC HIỆN\n\nVăn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.'));
    expect(t.map((x) => [x.assignee, x.task, x.deadline])).toEqual([
      ['Văn phòng Tỉnh ủy', 'theo dõi, đôn đốc việc thực hiện', null],
    ]);
  });
  it('the "Tổ chức thực hiện" heading in title case or decomposed letters; "Tổ chức" alone is no such heading', () => {
    const item = 'Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện.';
    for (const heading of ['II. Tổ chức thực hiện', 'II. TỔ CHỨC THỰC HIỆN'.normalize('NFD'), 'II. tổ chức thực hiện'])
      expect(tasksOf(KL('05-KL/TU', `${heading}\n\n${item}`)).map((x) => x.assignee), heading).toEqual([
        'Văn phòng Tỉnh ủy',
      ]);
    expect(tasksOf(KL('05-KL/TU', `II. Tổ chức và hoạt động\n\n${item}`))).toEqual([]);
    expect(tasksOf(KL('05-KL/TU', `II. Về tổ chức thực hiện\n\n${item}`))).toEqual([]);
  });
  it('a cue in the second sentence of a line makes that sentence a task; the first stays none', () => {
    const t = tasksOf(
      KL('05-KL/TU', 'Phong trào có chuyển biến rõ. Sở Nội vụ hoàn thành đề án việc làm trước ngày 15/01/2027.'),
    );
    expect(t.map((x) => [x.assignee, x.deadline])).toEqual([['Sở Nội vụ', '2027-01-15']]);
    const giao = tasksOf(KL('05-KL/TU', 'Phong trào có chuyển biến rõ; Giao Tỉnh đoàn xây dựng kế hoạch.'));
    expect(giao.map((x) => x.assignee)).toEqual(['Tỉnh đoàn']);
    const lower = tasksOf(KL('05-KL/TU', 'Đồng thời, giao Tỉnh đoàn xây dựng kế hoạch.'));
    expect(lower.map((x) => x.assignee)).toEqual(['Tỉnh đoàn']);
  });
  it('a task line typed with Markdown marks, decomposed letters or a comment reads as plain text', () => {
    const line =
      '## **Giao** _Ban Tổ chức Tỉnh ủy_ tham mưu quy định mới <!-- hỏi lại -->, xong trước ngày 15/01/2027.';
    const t = tasksOf(KL('05-KL/TU', line.normalize('NFD')));
    expect(t.map((x) => [x.assignee, x.task, x.deadline])).toEqual([
      ['Ban Tổ chức Tỉnh ủy', 'tham mưu quy định mới, xong trước ngày 15/01/2027', '2027-01-15'],
    ]);
  });
  it('an assignee of up to 16 words is a body; 17 words read as a sentence, not an assignee', () => {
    const body = (n: number) => ['Ban', ...Array.from({ length: n - 1 }, (_, i) => `Khối${i + 1}`)].join(' ');
    const giao = (n: number) => tasksOf(KL('05-KL/TU', `1. Giao ${body(n)} tham mưu quy định mới.`));
    expect(giao(16).map((t) => t.assignee)).toEqual([body(16)]);
    expect(giao(17)).toEqual([]);
    // blanks of any kind count once per run
    const wide = tasksOf(KL('05-KL/TU', `1. Giao ${body(16).replace(/ /g, ' \u00a0 ')} tham mưu quy định mới.`));
    expect(wide).toHaveLength(1);
  });
  it('near misses: an assessment sentence, a meeting sentence, and a Nghị quyết give no task', () => {
    expect(tasksOf(KL('05-KL/TU', 'Công tác thanh niên có chuyển biến; nhiều mô hình hay được nhân rộng.'))).toEqual(
      [],
    );
    expect(
      tasksOf(
        KL('05-KL/TU', 'Ngày 01 tháng 11 năm 2026, Ban Thường vụ Tỉnh ủy tổ chức hội nghị trước ngày 30/11/2026.'),
      ),
    ).toEqual([]);
    expect(tasksOf(KL('05-NQ/TU', '1. Giao Tỉnh đoàn xây dựng kế hoạch.').replace('KẾT LUẬN', 'NGHỊ QUYẾT'))).toEqual(
      [],
    );
  });
  it('deadlines: a day, a month, a quarter, a year; none without a deadline word', () => {
    expect(deadlineOf('hoàn thành trước ngày 30 tháng 6 năm 2027')).toBe('2027-06-30');
    expect(deadlineOf('xong trong tháng 9/2026')).toBe('2026-09-30');
    expect(deadlineOf('trong quý IV/2026')).toBe('2026-12-31');
    expect(deadlineOf('hoàn thành trong năm 2027')).toBe('2027-12-31');
    expect(deadlineOf('theo Kết luận ngày 30/6/2027')).toBeNull();
  });
});

describe('the register', () => {
  const reg = buildRegisterSync([FIX], FIX);
  it('looks entries up by key, other files excepted, and lists who cites them', () => {
    expect(
      reg
        .lookup('5-KL/TU')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['kl-05-trung-so.kl.md', 'kl-05-van-hoa.kl.md']);
    expect(reg.lookup('5-KL/TU', join(FIX, 'kl-05-van-hoa.kl.md')).map((e) => e.name)).toEqual([
      'kl-05-trung-so.kl.md',
    ]);
    expect(reg.citations('1246-TB/TU').map((p) => `${p.name}:${p.citation.line}`)).toEqual([
      'kl-05-trung-so.kl.md:10',
      'kl-05-van-hoa.kl.md:10',
      'kl-moi.kl.md:12',
    ]);
  });
  it('replacing and deleting a file updates every lookup', () => {
    const r = new Register();
    r.set(indexDocument(parse(KL('05-KL/TU', '')), 'a', 'a'));
    const g = r.generation;
    r.set(indexDocument(parse(KL('05-KL/TU', '')), 'a', 'a'));
    expect(r.generation).toBe(g); // same content: nothing to re-check
    r.set(indexDocument(parse(KL('09-KL/TU', '')), 'a', 'a'));
    expect(r.lookup('5-KL/TU')).toEqual([]);
    expect(r.lookup('9-KL/TU')).toHaveLength(1);
    r.delete('a');
    expect(r.size).toBe(0);
    expect(r.lookup('9-KL/TU')).toEqual([]);
  });
  it('next free number: per year, or per term when office.termStart is set', () => {
    const r = new Register();
    r.set(indexDocument(parse(KL('12-KL/TU', '', 'ngày 10 tháng 11 năm 2025')), 'a', 'a'));
    r.set(indexDocument(parse(KL('03-KL/TU', '', 'ngày 10 tháng 02 năm 2026')), 'b', 'b'));
    expect(r.nextNumber('KL', 'TU', 2026)).toBe('04');
    expect(r.nextNumber('KL', 'ĐU', 2026)).toBe('01');
    r.termStart = '2025-10-01';
    expect(r.nextNumber('KL', 'TU', 2026)).toBe('13');
  });
  it('search ignores accents and case, all words must match', () => {
    expect(reg.search('CHUYEN DOI SO').map((e) => e.number)).toEqual(['1246-TB/TU']);
    expect(reg.search('quy che van phong').map((e) => e.number)).toEqual(['12-QĐ/TU']);
    expect(reg.search('quy che thanh nien')).toEqual([]);
  });
});

describe('office in .ketluan.json', () => {
  it('is read and checked', () => {
    expect(
      validateConfig({ office: { name: 'ĐẢNG ỦY XÃ TÂN LẬP', place: 'Tân Lập', termStart: '2025-10-15' } }),
    ).toEqual({
      config: { office: { name: 'ĐẢNG ỦY XÃ TÂN LẬP', place: 'Tân Lập', termStart: '2025-10-15' } },
      problems: [],
    });
    expect(
      validateConfig({ office: { place: 3, termStart: '15/10/2025', seal: 'x' } }).problems.map((p) => p.en),
    ).toEqual([
      'office.place: a non-empty string',
      'office.termStart: "15/10/2025" is not a date YYYY-MM-DD',
      'office.seal: unknown field',
    ]);
  });
});

describe('new-document wizard (core)', () => {
  it('offers only valid authority and title pairs of the family', () => {
    const p = wizardChoices('party', { y: 2026, m: 12, d: 1 });
    expect(p.profile).toBe('hd05');
    expect(p.signing.find((s) => s.authority === 'T/L BAN THƯỜNG VỤ')!.titles).toEqual([
      'CHÁNH VĂN PHÒNG',
      'PHÓ CHÁNH VĂN PHÒNG',
    ]);
    // A cấp ủy never signs K/T.
    expect(p.signing.some((s) => s.authority.startsWith('K/T') && /ỦY$/u.test(s.authority))).toBe(false);
    expect(p.types.map((t) => t.code)).toContain('KL');
    expect(wizardChoices('party', { y: 2026, m: 1, d: 5 }).profile).toBe('hd36');
  });
  it('builds a draft that the checker finds well formed in its header', async () => {
    const text = newDraft({
      family: 'party',
      issuer: 'TỈNH ỦY ĐỒNG THẠNH',
      parent: 'ĐẢNG BỘ TỈNH ĐỒNG THẠNH',
      place: 'Đồng Thạnh',
      typeCode: 'KL',
      issuerCode: 'TU',
      number: '06',
      date: { y: 2026, m: 12, d: 1 },
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'PHÓ BÍ THƯ',
      archive: '- Lưu Văn phòng Tỉnh ủy.',
    });
    expect(text.split('\n').slice(0, 7)).toEqual([
      'ĐẢNG BỘ TỈNH ĐỒNG THẠNH                  ĐẢNG CỘNG SẢN VIỆT NAM',
      'TỈNH ỦY ĐỒNG THẠNH',
      '*',
      'Số 06-KL/TU                              Đồng Thạnh, ngày 01 tháng 12 năm 2026',
      '',
      'KẾT LUẬN',
      'của Ban Thường vụ Tỉnh ủy',
    ]);
    const { analyze } = await import('../server/src/core');
    const ids = analyze(text, { today: { y: 2026, m: 12, d: 1 } }).findings.map((f) => f.ruleId);
    for (const id of [
      'party-header-missing',
      'issuer-star-missing',
      'doc-number-format',
      'issue-date-format',
      'recipients-item-format',
      'recipients-archive-format',
      'signature-authority-invalid',
      'signature-title-invalid',
      'title-separator-missing',
    ])
      expect(ids).not.toContain(id);
  });
});

describe('CLI: register, tasks, check over a folder', () => {
  it('register --format json lists the numbered drafts, oldest first, paths as given', () => {
    const r = run(['register', '--format', 'json', 'test/fixtures/register']);
    expect(r.status).toBe(0);
    const docs = JSON.parse(r.stdout).documents;
    expect(docs.map((d: { number: string; date: string }) => `${d.number} ${d.date}`)).toEqual([
      '12-QĐ/TU 2025-03-03',
      '1246-TB/TU 2025-04-25',
      '05-KL/TU 2026-09-10',
      '05-KL/TU 2026-10-20',
    ]);
    expect(docs[1]).toEqual({
      number: '1246-TB/TU',
      typeCode: 'TB',
      issuerCode: 'TU',
      date: '2025-04-25',
      title: 'kết luận của Ban Thường vụ Tỉnh ủy về công tác chuyển đổi số năm 2025',
      path: 'test/fixtures/register/tb-1246-chuyen-doi-so.tb.md',
    });
  });
  it('tasks --format json --today marks overdue deadlines', () => {
    const r = run(['tasks', '--format', 'json', '--today', '2026-11-22', 'test/fixtures/register']);
    expect(r.status).toBe(0);
    const tasks = JSON.parse(r.stdout).tasks as {
      assignee: string;
      deadline: string | null;
      overdue: boolean;
      line: number;
      document: string;
    }[];
    expect(tasks.map((t) => [t.assignee, t.deadline, t.overdue])).toEqual([
      ['Ủy ban nhân dân tỉnh', '2026-12-31', false],
      ['Sở Văn hóa, Thể thao và Du lịch', '2026-10-31', true],
      ['Ban Tuyên giáo và Dân vận Tỉnh ủy', '2027-03-31', false],
      ['Văn phòng Tỉnh ủy', null, false],
      ['Ban cán sự đảng Ủy ban nhân dân tỉnh', '2025-09-30', true],
      ['Văn phòng Tỉnh ủy', '2026-12-31', false],
    ]);
    expect(tasks[1]).toMatchObject({ document: '05-KL/TU', line: 15 });
  });
  it('csv quotes cells with commas; md is a table with overdue marked', () => {
    const csv = run(['tasks', '--format', 'csv', '--today', '2026-11-22', 'test/fixtures/register']).stdout.split(
      '\r\n',
    );
    expect(csv[0]).toBe('document,assignee,task,deadline,overdue,path,line');
    expect(csv[2]).toBe(
      '05-KL/TU,"Sở Văn hóa, Thể thao và Du lịch",hoàn thành rà soát thiết chế văn hóa cấp xã trước ngày 31/10/2026,' +
        '2026-10-31,true,test/fixtures/register/kl-05-van-hoa.kl.md,15',
    );
    const md = run(['tasks', '--today', '2026-11-22', 'test/fixtures/register']).stdout.split('\n');
    expect(md[0]).toBe('# Nhiệm vụ được giao (6), tính đến ngày 2026-11-22');
    expect(md).toContainEqual(
      expect.stringMatching(
        /^\| Sở Văn hóa, Thể thao và Du lịch \| .* \| 2026-10-31 \| \*\*quá hạn\*\* \| 05-KL\/TU \|/,
      ),
    );
  });
  it('--check also checks the drafts (findings on stderr) and exits 1 on errors', () => {
    const r = run(['register', '--format', 'json', '--check', 'test/fixtures/register']);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).documents).toHaveLength(4);
    expect(r.stderr).toContain(
      'test/fixtures/register/kl-05-trung-so.kl.md:4:4 error register-number-duplicate ' +
        'Số "05-KL/TU" đã cấp cho văn bản khác',
    );
  });
  it('check <dir> gives the register rules the drafts of the folder; a draft alone does not get them', () => {
    const r = run(['check', '--format', 'json', 'test/fixtures/register']);
    const f = JSON.parse(r.stdout).files.find((x: { path: string }) => x.path.endsWith('kl-05-trung-so.kl.md'));
    expect(
      f.diagnostics
        .filter((d: { rule: string }) => d.rule.startsWith('register-'))
        .map((d: { rule: string; line: number; column: number }) => `${d.line}:${d.column} ${d.rule}`),
    ).toEqual([
      '4:4 register-number-duplicate',
      '11:131 register-citation-mismatch',
      '11:144 register-citation-mismatch',
    ]);
    const alone = JSON.parse(run(['check', '--format', 'json', 'test/fixtures/register/kl-05-trung-so.kl.md']).stdout)
      .files[0];
    expect(alone.diagnostics.filter((d: { rule: string }) => d.rule.startsWith('register-'))).toEqual([]);
  });
  it('usage errors exit 2 with a message', () => {
    const r = run(['tasks', '--today', '22/11/2026', 'test/fixtures/register']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--today phải là ngày dạng YYYY-MM-DD');
    expect(run(['register', '--format', 'xml', 'x']).status).toBe(2);
  });
  it('a copied folder with one number changed has no duplicate any more', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-reg-'));
    cpSync(FIX, d, { recursive: true });
    const p = join(d, 'kl-05-trung-so.kl.md');
    writeFileSync(p, readFileSync(p, 'utf8').replace('Số 05-KL/TU', 'Số 06-KL/TU'));
    const files = JSON.parse(run(['check', '--format', 'json', d]).stdout).files as {
      diagnostics: { rule: string }[];
    }[];
    expect(files.flatMap((f) => f.diagnostics).filter((x) => x.rule === 'register-number-duplicate')).toEqual([]);
    expect(
      JSON.parse(run(['register', '--format', 'json', d]).stdout).documents.map((x: { number: string }) => x.number),
    ).toContain('06-KL/TU');
  });
  it('a Word file of the folder is in the register, and citations are checked against it', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-reg-word-'));
    // The clean Word sample: Kết luận số 14-KL/ĐU of Đảng ủy xã Đạ Huoai, 20/10/2026.
    writeFileSync(join(d, 'ket-luan-14.docx'), buildDocx(cleanParty()));
    writeFileSync(join(d, '~$t-luan-14.docx'), 'lock file of an open Word document');
    const citing = (date: string) =>
      KL(
        '20-KL/ĐU',
        `1. Tiếp tục thực hiện Kết luận số 14-KL/ĐU, ngày ${date} của Ban Thường vụ Đảng ủy về kết quả chín tháng.`,
      ).replace('TỈNH ỦY ĐỒNG THẠNH', 'ĐẢNG ỦY XÃ ĐẠ HUOAI');
    writeFileSync(join(d, 'kl-20.kl.md'), citing('21/10/2026'));
    const docs = JSON.parse(run(['register', '--format', 'json', d]).stdout).documents as Record<string, string>[];
    expect(docs.find((x) => x.number === '14-KL/ĐU')).toMatchObject({
      date: '2026-10-20',
      typeCode: 'KL',
      title: 'của Ban Thường vụ Đảng ủy xã về kết quả thực hiện nhiệm vụ chín tháng đầu năm 2026',
      path: join(d, 'ket-luan-14.docx'),
    });
    const mismatch = (dir: string) =>
      (JSON.parse(run(['check', '--format', 'json', dir]).stdout).files as { path: string; diagnostics: [] }[])
        .find((f) => f.path.endsWith('kl-20.kl.md'))!
        .diagnostics.filter((x: { rule: string }) => x.rule === 'register-citation-mismatch')
        .map((x: { message: string }) => x.message);
    expect(mismatch(d)).toEqual([expect.stringContaining('20/10/2026')]);
    // Near miss: the right date gives nothing.
    writeFileSync(join(d, 'kl-20.kl.md'), citing('20/10/2026'));
    expect(mismatch(d)).toEqual([]);
    expect(isIndexable(join(d, '~$t-luan-14.docx'))).toBe(false);
    expect(isIndexable(join(d, 'ket-luan-14.docx'))).toBe(true);
  });
  it("a Word file's row and tasks are at its paragraphs (as `check` reports Word files), not its text's lines", () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-reg-place-'));
    const bytes = buildDocx(cleanParty());
    writeFileSync(join(d, 'ket-luan-14.docx'), bytes);
    const doc = indexFileSync(join(d, 'ket-luan-14.docx'), 'ket-luan-14.docx')!;
    const read = readDocx(bytes);
    if (!read.ok) throw new Error(read.failure.en);
    const paras = read.doc.paragraphs.map((p) => p.text);
    const e = doc.entry!;
    expect([e.line, paras[e.line].slice(e.character, e.endCharacter)]).toEqual([3, '14-KL/ĐU']);
    // Each task's paragraph holds its assignee; in the text the paragraphs are separated by blank lines.
    expect(doc.tasks.length).toBeGreaterThan(2);
    for (const t of doc.tasks) expect(paras[t.line]).toContain(t.assignee);
    expect(doc.tasks.map((t) => t.line)).toEqual([14, 16, 17, 19]);
    // Near miss: a text draft keeps its own lines.
    writeFileSync(
      join(d, 'kl.kl.md'),
      KL('21-KL/ĐU', '1. Giao Ủy ban nhân dân xã chủ trì, hoàn thành trước ngày 30/11/2026.'),
    );
    const text = indexFileSync(join(d, 'kl.kl.md'), 'kl.kl.md')!;
    const lines = readFileSync(join(d, 'kl.kl.md'), 'utf8').split('\n');
    expect(lines[text.entry!.line].slice(text.entry!.character, text.entry!.endCharacter)).toBe('21-KL/ĐU');
    expect(lines[text.tasks[0].line]).toContain('Giao Ủy ban nhân dân xã');
  });
});

describe("a công văn's row", () => {
  const CV = (about: string) =>
    [
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
      'VĂN PHÒNG ĐẢNG ỦY XÃ PHÚ HỘI',
      '*',
      'Số 05-CV/VPĐU                            Phú Hội, ngày 03 tháng 9 năm 2026',
      '',
      about,
      '',
      'Văn phòng Đảng ủy đề nghị các chi bộ trực thuộc gửi báo cáo sơ kết trước ngày 25/9/2026.',
      '',
    ].join('\n');
  it('takes its "về việc …" block under the number as the trích yếu (it has no title line)', () => {
    const e = indexDocument(parse(CV('về việc gửi báo cáo sơ kết 9 tháng\nnăm 2026')), 'f').entry!;
    expect([e.title, e.about]).toEqual([
      'về việc gửi báo cáo sơ kết 9 tháng năm 2026',
      'về việc gửi báo cáo sơ kết 9 tháng năm 2026',
    ]);
    expect(indexDocument(parse(CV('V/v gửi báo cáo sơ kết')), 'f').entry!.title).toBe('V/v gửi báo cáo sơ kết');
    // At most four lines under the number; a draft that ends with its trích yếu.
    const long = CV('về việc một\nhai\nba\nbốn\nnăm');
    expect(indexDocument(parse(long), 'f').entry!.title).toBe('về việc một hai ba');
    const cut = CV('về việc gửi báo cáo').split('\n').slice(0, 6).join('\n');
    expect(indexDocument(parse(cut), 'f').entry!.title).toBe('về việc gửi báo cáo');
    // Near miss: a first paragraph is no trích yếu.
    expect(indexDocument(parse(CV('Kính gửi: Các chi bộ trực thuộc')), 'f').entry!.title).toBe('');
  });
  it('a duplicate number names the other công văn by its trích yếu, and without empty quotes when it has none', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-reg-cv-'));
    writeFileSync(join(d, 'a.md'), CV('về việc gửi báo cáo sơ kết 9 tháng'));
    writeFileSync(join(d, 'b.md'), CV('Kính gửi: Các chi bộ trực thuộc'));
    const messages = (
      JSON.parse(run(['check', '--format', 'json', d]).stdout).files as {
        path: string;
        diagnostics: { rule: string; message: string }[];
      }[]
    )
      .sort((x, y) => x.path.localeCompare(y.path))
      .map((f) => f.diagnostics.find((x) => x.rule === 'register-number-duplicate')?.message);
    expect(messages).toEqual([
      `Số "05-CV/VPĐU" đã cấp cho văn bản khác: Công văn 03/9/2026 (${join(d, 'b.md')}, dòng 4). ` +
        'Số tiếp theo còn trống: 06-CV/VPĐU.',
      'Số "05-CV/VPĐU" đã cấp cho văn bản khác: Công văn 03/9/2026 "về việc gửi báo cáo sơ kết 9 tháng" ' +
        `(${join(d, 'a.md')}, dòng 4). Số tiếp theo còn trống: 06-CV/VPĐU.`,
    ]);
  });
});

describe('a row packed for the register', () => {
  const text = KL(
    '23-KL/ĐU',
    '1. Tiếp tục thực hiện Kết luận số 14-KL/ĐU, ngày 20/10/2026 của Ban Thường vụ Đảng ủy.\n\n' +
      '2. Giao Ủy ban nhân dân xã chủ trì, hoàn thành trước ngày 30/11/2026.\n\n' +
      '3. Giao Văn phòng Đảng ủy theo dõi việc thực hiện Thông báo số 12-TB/ĐU, ngày 02/10/2026.',
  );
  const doc = indexText('/ws/kl-23.kl.md', 'kl-23.kl.md', text);
  it('comes back unchanged: citations with their places, tasks with text, deadline and line', () => {
    expect(doc.citations.length).toBeGreaterThan(1);
    expect(doc.tasks.length).toBeGreaterThan(1);
    for (const packed of [packDoc(doc), packDoc(doc, false)]) {
      const reg = new Register();
      expect(reg.setPacked(structuredClone(packed))).toBe(true);
      expect(reg.get('/ws/kl-23.kl.md')).toEqual(doc);
      // Workspace symbols: words of the row, accents optional, whether the thread folded them or the register did.
      expect(reg.search('kl-23').map((e) => e.number)).toEqual(['23-KL/ĐU']);
    }
  });
});

describe("the index's parse without dates", () => {
  it('reads the same number, citations and tasks as the full parse, and no date mentions', () => {
    const text = KL(
      '22-KL/ĐU',
      '1. Tiếp tục thực hiện Kết luận số 14-KL/ĐU, ngày 20/10/2026 của Ban Thường vụ Đảng ủy; Ủy ban nhân dân xã ' +
        'chủ trì, hoàn thành trước ngày 30/11/2026.',
    );
    const full = parse(text),
      lite = parse(text, { noDates: true });
    expect(full.dates.length).toBeGreaterThan(0);
    expect(lite.dates).toEqual([]);
    expect(lite.citations).toEqual(full.citations);
    expect(lite.header).toEqual(full.header);
    expect(indexText('f', 'f', text)).toEqual(indexDocument(full, 'f', 'f'));
  });
});

const SEEDS = join(ROOT, '..', 'shared', 'examples', 'seeds');
describe('shared seed documents (../shared, when present)', () => {
  it.runIf(existsSync(SEEDS))('index without failing, each numbered seed with a key', () => {
    const reg = buildRegisterSync([SEEDS], SEEDS);
    for (const e of reg.entries()) expect(e.key).toMatch(/^\d+-\S+\/\S*$/u);
    expect(reg.size).toBeGreaterThan(0);
  });
});
