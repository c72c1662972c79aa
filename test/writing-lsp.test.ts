// The quick fix "Thêm vào từ điển" through the real language server: the action is offered for a
// spelling finding, running it writes the word into .ketluan.json (keeping the other keys), and the
// draft is checked again without the finding.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { mkdtempSync, writeFileSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { TestClient } from './lsp-client';

const DRAFT = [
  'ĐẢNG BỘ TỈNH LÂM ĐỒNG                    ĐẢNG CỘNG SẢN VIỆT NAM',
  'ĐẢNG ỦY XÃ TÂN LẬP',
  '*',
  'Số 07-KL/ĐU                              Tân Lập, ngày 15 tháng 8 năm 2026',
  '',
  'KẾT LUẬN',
  'của Ban Thường vụ Đảng ủy xã',
  'về công tác chuyển đổi số',
  '-----',
  '',
  'Thôn Đăk Rơ và buôn Kđoh thực hiện tốt; hộ ông Y Brơh đạt chuẩn, trog đó có kđoh mới.',
  '',
  'Nơi nhận:                                T/M BAN THƯỜNG VỤ',
  '- Các chi bộ trực thuộc;                 PHÓ BÍ THƯ',
  '- Lưu Văn phòng Đảng ủy.',
  '',
  '                                         Lê Thị Hồng Nhung',
  '',
].join('\n');

let c: TestClient;
let dir: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ketluan-dict-'));
  const config = { profile: 'hd05', rules: { 'caps-sentence': 'off' } };
  writeFileSync(join(dir, '.ketluan.json'), JSON.stringify(config, null, 2));
  writeFileSync(join(dir, 'draft.kl.md'), DRAFT);
  c = new TestClient();
  await c.initialize({ debounceMs: 0 });
});
afterAll(async () => {
  await c.close();
  rmSync(dir, { recursive: true, force: true });
});

type Action = { title: string; command?: { command: string; arguments: unknown[] } };

describe('user dictionary in the editor', () => {
  it('offers "Thêm vào từ điển", writes the word into .ketluan.json and re-checks', async () => {
    const uri = pathToFileURL(join(dir, 'draft.kl.md')).href;
    await c.open(uri, DRAFT);
    const diags = await c.waitFor(uri, 1);
    const spelling = diags.filter((d) => d.code === 'syllable-invalid');
    const where = spelling.map((d) => [d.range.start.line, d.range.start.character, d.range.end.character]);
    expect(where).toEqual([
      [10, 65, 69],
      [10, 76, 80],
    ]);
    const kdoh = spelling[1];
    const actions = await c.request<Action[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: kdoh.range,
      context: { diagnostics: [kdoh] },
    });
    const add = actions.find((a) => a.command?.command === 'ketluan.addWord');
    expect(add?.title).toBe('Thêm "kđoh" vào từ điển (.ketluan.json)');
    await c.request('workspace/executeCommand', { command: add!.command!.command, arguments: add!.command!.arguments });
    const config = JSON.parse(readFileSync(join(dir, '.ketluan.json'), 'utf8'));
    expect(config).toEqual({ profile: 'hd05', rules: { 'caps-sentence': 'off' }, words: ['kđoh'] });
    // The draft is checked again with the new dictionary: only "trog" is left.
    const deadline = Date.now() + 10_000;
    let left: string[] = [];
    for (;;) {
      const latest = (c.diagnostics.get(uri) ?? []).at(-1)!.diagnostics;
      left = latest.filter((d) => d.code === 'syllable-invalid').map((d) => `${d.range.start.character}`);
      if (left.length === 1 || Date.now() > deadline) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(left).toEqual(['65']);
  });
});
