// The CLI contract (spec §6): formats, exit codes, error messages, directory walking, --fix.
import { describe, it, expect, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const ROOT = join(__dirname, '..');
const PKG = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CLEAN = join(__dirname, 'fixtures', 'clean-hd05.kl.md');
const run = (args: string[], cwd = ROOT) =>
  spawnSync('node', [join(ROOT, 'bin', 'ketluan.js'), ...args], { cwd, encoding: 'utf8' });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-cli-'));
  mkdirSync(join(dir, 'drafts', 'sub'), { recursive: true });
  copyFileSync(CLEAN, join(dir, 'drafts', 'clean.kl.md'));
  writeFileSync(
    join(dir, 'drafts', 'sub', 'bad.tb.md'),
    readFileSync(CLEAN, 'utf8')
      .replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ')
      .replace('- Lưu Văn phòng Đảng ủy.', '- Lưu Văn phòng Đảng ủy'),
  );
  writeFileSync(join(dir, 'drafts', 'notes.pdf'), 'not a draft');
  writeFileSync(join(dir, 'drafts', 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
});

describe('ketluan check', () => {
  it('exits 0 on a clean draft and prints the summary line', () => {
    const r = run(['check', CLEAN]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').pop()).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp');
  });
  it('exits 1 with an error finding, one line per finding "path:line:column severity rule message"', () => {
    const r = run(['check', join(dir, 'drafts', 'sub', 'bad.tb.md')]);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/bad\.tb\.md:33:42 error signature-authority-invalid .*"T\/M"/);
    expect(lines).toContainEqual(expect.stringMatching(/:38:\d+ warning recipients-archive-format /));
    expect(lines.pop()).toBe('1 lỗi, 1 cảnh báo, 0 thông tin trong 1 tệp');
  });
  it('walks a directory for drafts, paths relative to the directory given; a binary file is reported, exit 2', () => {
    const r = run(['check', '--format', 'json', 'drafts'], dir);
    expect(r.status).toBe(2);
    const out = JSON.parse(r.stdout);
    expect(out.tool).toBe('ketluan');
    expect(out.version).toBe('0.1.0');
    expect(out.files.map((f: { path: string }) => f.path).sort()).toEqual([
      join('drafts', 'clean.kl.md'),
      join('drafts', 'sub', 'bad.tb.md'),
    ]);
    expect(r.stderr).toMatch(/binary\.txt: tệp nhị phân \(tệp nén, có thể là \.docx đổi tên\), không kiểm tra/);
    const bad = out.files.find((f: { path: string }) => f.path.endsWith('bad.tb.md'));
    expect(bad.profile).toBe('hd05');
    expect(bad.documentType).toBe('KL');
    const d = bad.diagnostics.find((x: { rule: string }) => x.rule === 'signature-authority-invalid');
    expect(d).toMatchObject({ severity: 'error', line: 33, column: 42, endLine: 33, endColumn: 45, fixable: true });
    expect(typeof d.message).toBe('string');
  });
  it('prints English messages with --lang en', () => {
    const r = run(['check', '--lang', 'en', '--format', 'json', join(dir, 'drafts', 'sub', 'bad.tb.md')]);
    expect(JSON.parse(r.stdout).files[0].diagnostics[0].message).toMatch(/A Party document writes "T\/M"/);
  });
  it('forces a profile and a reference date', () => {
    const r = run(['check', '--profile', 'hd36', '--format', 'json', CLEAN]);
    const f = JSON.parse(r.stdout).files[0];
    expect(f.profile).toBe('hd36');
    expect(f.diagnostics.filter((d: { rule: string }) => d.rule === 'recipients-item-format').length).toBe(4);
  });
  it('writes SARIF 2.1.0 with one rule per id and a helpUri to the rule page', () => {
    const r = run(['check', '--format', 'sarif', join(dir, 'drafts', 'sub', 'bad.tb.md')]);
    const s = JSON.parse(r.stdout);
    expect(s.version).toBe('2.1.0');
    const rules = s.runs[0].tool.driver.rules;
    expect(new Set(rules.map((x: { id: string }) => x.id)).size).toBe(rules.length);
    const repo = String(PKG.repository.url)
      .replace(/^git\+/, '')
      .replace(/\.git$/, '');
    expect(rules.find((x: { id: string }) => x.id === 'signature-authority-invalid').helpUri).toBe(
      `${repo}/blob/main/docs/rules/signature-authority-invalid.md`,
    );
    expect(s.runs[0].tool.driver.informationUri).toBe(repo);
    expect(s.runs[0].results[0]).toMatchObject({ ruleId: 'signature-authority-invalid', level: 'error' });
  });
  it('--fix applies the safe fixes in place and leaves the rest of the text alone', () => {
    const p = join(dir, 'fixme.kl.md');
    const before = readFileSync(join(dir, 'drafts', 'sub', 'bad.tb.md'), 'utf8');
    writeFileSync(p, before);
    const r = run(['check', '--fix', p]);
    expect(r.status).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe(readFileSync(CLEAN, 'utf8'));
  });
  it('--fix on a UTF-8 file with a byte order mark (Notepad, Word) writes the fix and keeps the mark', () => {
    const p = join(dir, 'bom.kl.md');
    const before = readFileSync(join(dir, 'drafts', 'sub', 'bad.tb.md'), 'utf8');
    writeFileSync(p, '\uFEFF' + before);
    const r = run(['check', '--fix', p]);
    expect(r.stderr).not.toMatch(/changed on disk/);
    expect(r.status).toBe(0);
    expect(readFileSync(p, 'utf8')).toBe('\uFEFF' + readFileSync(CLEAN, 'utf8'));
  });
  it('exits 2 with a message naming the file for unreadable input', () => {
    const r = run(['check', join(dir, 'nope.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.kl\.md: .*ENOENT/);
  });
  it('exits 2 on bad usage', () => {
    expect(run(['check', '--format', 'xml', CLEAN]).status).toBe(2);
    expect(run(['check', '--profile', 'hd99', CLEAN]).status).toBe(2);
    expect(run(['check', '--reference-date', '2023-02-31', CLEAN]).status).toBe(2);
    expect(run(['lint', CLEAN]).status).toBe(2);
    const r = run(['check']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^ketluan: thiếu tệp cần kiểm tra\nCách dùng: ketluan check/);
  });
});

describe('ketluan inspect', () => {
  it('prints the document model as JSON', () => {
    const r = run(['inspect', '--format', 'json', CLEAN]);
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout);
    expect(m).toMatchObject({ profile: 'hd05', documentType: 'KL', referenceDate: '2026-08-15' });
    expect(m.header.partyTitle).toEqual({ text: 'ĐẢNG CỘNG SẢN VIỆT NAM', line: 1 });
    expect(m.header.issuer.map((c: { text: string }) => c.text)).toEqual([
      'ĐẢNG BỘ TỈNH LÂM ĐỒNG',
      'ĐẢNG ỦY XÃ TÂN LẬP',
    ]);
    expect(m.header.number).toMatchObject({ text: 'Số 07-KL/ĐU', line: 4, typeCode: 'KL', issuerCode: 'ĐU' });
    expect(m.sections.map((s: { number: string }) => s.number)).toEqual(['I', 'II', 'III']);
    expect(m.sections[1].children.map((s: { number: string }) => s.number)).toEqual(['1', '2']);
    expect(m.sections[1].children[1].children.map((s: { number: string }) => s.number)).toEqual(['a', 'b']);
    expect(m.recipients.items).toHaveLength(5);
    expect(m.recipients.items[4]).toMatchObject({ line: 38, archive: true });
    expect(m.signature).toMatchObject({
      authority: 'T/M BAN THƯỜNG VỤ',
      title: 'PHÓ BÍ THƯ',
      signerName: 'Lê Thị Hồng Nhung',
    });
    expect(m.citations[0]).toMatchObject({
      typeWord: 'Nghị quyết',
      number: '03-NQ/ĐU',
      typeCode: 'NQ',
      issuerCode: 'ĐU',
      date: '2026-01-20',
      issuerPhrase: 'Đảng ủy xã',
      line: 11,
    });
  });
  it('needs exactly one file', () => {
    expect(run(['inspect', '--format', 'json', CLEAN, CLEAN]).status).toBe(2);
  });
});

describe('config file', () => {
  it('.ketluan.json turns a rule off and sets the language; the schema lists every rule id', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-cfg-'));
    writeFileSync(
      join(d, '.ketluan.json'),
      JSON.stringify({
        messageLanguage: 'en',
        rules: { 'recipients-archive-format': 'off', 'signature-authority-invalid': 'warning' },
      }),
    );
    mkdirSync(join(d, 'a'));
    writeFileSync(join(d, 'a', 'x.kl.md'), readFileSync(join(dir, 'drafts', 'sub', 'bad.tb.md'), 'utf8'));
    const r = run(['check', '--format', 'json', join(d, 'a', 'x.kl.md')]);
    expect(r.status).toBe(0);
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    expect(diags.map((x: { rule: string }) => x.rule)).toEqual(['signature-authority-invalid']);
    expect(diags[0]).toMatchObject({ severity: 'warning' });
    expect(diags[0].message).toMatch(/^A Party document/);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas', 'ketluan.schema.json'), 'utf8'));
    const ids = JSON.parse(run(['rules', '--format', 'json']).stdout).map((x: { id: string }) => x.id);
    expect(schema.definitions.ruleId.enum).toEqual(ids);
  });
  it('a broken config file is reported in Vietnamese on stderr, checking goes on, exit 2', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-cfg-'));
    const cfg = join(d, '.ketluan.json');
    writeFileSync(cfg, '{ "profile": "hd99", "rules": { "closing-punctuation": "loud" } }');
    writeFileSync(join(d, 'x.kl.md'), readFileSync(CLEAN, 'utf8'));
    const r = run(['check', join(d, 'x.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      `ketluan: ${cfg}: tệp cấu hình có lỗi: profile: "hd99" không phải auto, hd36, hd05 hoặc nd30\n`,
    );
    expect(r.stderr).toContain('rules.closing-punctuation: "loud" không phải off, hint, info, warning hoặc error');
    expect(r.stdout.trim()).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 1 tệp');
    const en = run(['check', '--lang', 'en', join(d, 'x.kl.md')]);
    expect(en.status).toBe(2);
    expect(en.stderr).toContain(
      `ketluan: ${cfg}: config file error: profile: "hd99" is not auto, hd36, hd05 or nd30\n`,
    );
    expect(en.stderr).not.toMatch(/không/);
  });
  it('a config file that is not JSON is reported with the reason, exit 2', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-cfg-'));
    writeFileSync(join(d, '.ketluan.json'), '{ "profile": "hd05", }');
    writeFileSync(join(d, 'x.kl.md'), readFileSync(CLEAN, 'utf8'));
    const r = run(['check', join(d, 'x.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/tệp cấu hình có lỗi: không phải JSON hợp lệ: /);
  });
  it('an unknown rule id in .ketluan.json is reported (a typo would otherwise silently do nothing)', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-cfg-'));
    writeFileSync(
      join(d, '.ketluan.json'),
      JSON.stringify({ rules: { 'recipient-item-format': 'off', 'closing-punctuation': 'off' } }),
    );
    writeFileSync(join(d, 'x.kl.md'), readFileSync(CLEAN, 'utf8'));
    const r = run(['check', join(d, 'x.kl.md')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(
      'rules.recipient-item-format: không có quy tắc nào mang mã "recipient-item-format" (xem "ketluan rules")',
    );
    // The known id next to it is not reported (near miss).
    expect(r.stderr).not.toMatch(/closing-punctuation/);
    const ok = mkdtempSync(join(tmpdir(), 'ketluan-cfg-'));
    writeFileSync(join(ok, '.ketluan.json'), JSON.stringify({ rules: { 'recipients-item-format': 'off' } }));
    writeFileSync(join(ok, 'x.kl.md'), readFileSync(CLEAN, 'utf8'));
    const clean = run(['check', join(ok, 'x.kl.md')]);
    expect(clean.stderr).toBe('');
    expect(clean.status).toBe(0);
  });
});

describe('many files', () => {
  it('checks 80 files in worker threads with the same result, in input order', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-many-'));
    const bad = readFileSync(join(dir, 'drafts', 'sub', 'bad.tb.md'), 'utf8');
    // Each draft its own number: the drafts of one folder form a register, and a number given twice is an error.
    const numbered = (t: string, i: number) => t.replace('Số 07-KL/ĐU', `Số ${i + 10}-KL/ĐU`);
    for (let i = 0; i < 80; i++)
      writeFileSync(
        join(d, `d${String(i).padStart(3, '0')}.kl.md`),
        numbered(i % 2 ? bad : readFileSync(CLEAN, 'utf8'), i),
      );
    const many = run(['check', '--format', 'json', d]);
    expect(many.status).toBe(1);
    const out = JSON.parse(many.stdout);
    expect(out.files).toHaveLength(80);
    expect(out.files.map((f: { path: string }) => f.path)).toEqual(
      [...out.files.map((f: { path: string }) => f.path)].sort(),
    );
    const one = JSON.parse(run(['check', '--format', 'json', join(d, 'd001.kl.md')]).stdout).files[0];
    expect(out.files[1].diagnostics).toEqual(one.diagnostics);
    expect(out.files[0].diagnostics).toEqual([]);
  });
});

describe('CLI safety', () => {
  it('a file in a legacy 8-bit encoding is reported as legacy-encoding, not a crash, and --fix leaves it alone', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-enc-'));
    const p = join(d, 'cu.txt');
    // "Kết luận" typed in a TCVN3 font and saved as 8-bit bytes: not valid UTF-8.
    const bytes = Buffer.from([
      0x4b, 0xd5, 0x74, 0x20, 0x6c, 0x75, 0xad, 0x6e, 0x0a, 0x53, 0xe8, 0x20, 0x31, 0x32, 0x2d, 0x4b, 0x4c, 0x2f, 0x54,
      0x55, 0x0a,
    ]);
    writeFileSync(p, bytes);
    const r = run(['check', '--format', 'json', p]);
    expect(r.status).toBe(1);
    const diags = JSON.parse(r.stdout).files[0].diagnostics;
    expect(diags.find((x: { rule: string }) => x.rule === 'legacy-encoding')).toMatchObject({
      severity: 'error',
      line: 1,
    });
    const f = run(['check', '--fix', p]);
    expect(f.stderr).toMatch(/không phải UTF-8, không sửa tự động/);
    expect(readFileSync(p).equals(bytes)).toBe(true);
  });
  it('a directory without drafts says so', () => {
    const d = mkdtempSync(join(tmpdir(), 'ketluan-empty-'));
    writeFileSync(join(d, 'anh.png'), 'x');
    const r = run(['check', d]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/không có văn bản nào/);
    expect(r.stdout.trim()).toBe('0 lỗi, 0 cảnh báo, 0 thông tin trong 0 tệp');
  });
});
