// One failing rule does not stop the others; malformed or unknown requests do not kill the server.
import { describe, it, expect, afterAll, beforeAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, RULES, type Rule } from '../server/src/core';
import { TestClient } from './lsp-client';
import { TODAY } from './helpers';

const CLEAN = readFileSync(join(__dirname, 'fixtures', 'clean-hd05.kl.md'), 'utf8');

describe('a rule that throws', () => {
  it('is reported as a failure with its id, and every other rule still runs', () => {
    const broken: Rule = {
      id: 'test-broken-rule',
      severity: 'error',
      profiles: ['hd05'],
      fixable: 'none',
      title: { vi: 'x', en: 'x' },
      messages: {},
      check() {
        throw new Error('boom');
      },
    };
    RULES.unshift(broken);
    try {
      const r = analyze(CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ'), { today: TODAY });
      expect(r.failures).toEqual([{ ruleId: 'test-broken-rule', error: 'boom' }]);
      expect(r.findings.map((f) => f.ruleId)).toEqual(['signature-authority-invalid']);
    } finally {
      RULES.splice(RULES.indexOf(broken), 1);
    }
  });
});

describe('the server survives bad requests', () => {
  let c: TestClient;
  beforeAll(async () => {
    c = new TestClient();
    await c.initialize({ debounceMs: 0 });
  });
  afterAll(async () => {
    await c.close();
  });
  it('answers an unknown method with an error and keeps working', async () => {
    await expect(c.request('ketluan/noSuchMethod', {})).rejects.toThrow();
    await expect(c.request('textDocument/hover', { nonsense: true })).rejects.toThrow();
    await expect(
      c.request('textDocument/documentSymbol', { textDocument: { uri: 'file:///not/open.kl.md' } }),
    ).resolves.toEqual([]);
    const uri = c.uri('alive.kl.md');
    await c.open(uri, CLEAN.replace('T/M BAN THƯỜNG VỤ', 'TM. BAN THƯỜNG VỤ'));
    const d = await c.waitFor(uri, 1);
    expect(d.map((x) => x.code)).toEqual(['signature-authority-invalid']);
    expect(c.proc.exitCode).toBeNull();
  });
});
