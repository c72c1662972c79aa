// Which family a draft belongs to (server/src/core/family.ts): the signals read from its parts, their weights, and
// how sure the decision is (a family-specific fix is applied only when it is sure).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from '../server/src/core';
import { TODAY } from './helpers';

const fixture = (f: string) => readFileSync(join(__dirname, 'fixtures', f), 'utf8');
const decide = (text: string) => {
  const m = parse(text, { today: TODAY });
  return {
    family: m.family,
    confidence: m.familyConfidence,
    signals: m.familySignals.map((s) => `${s.family} ${s.kind} ${s.weight} @${s.line}`),
  };
};
/** A short draft from its parts (each a line or several). */
const draft = (...parts: string[]) => parts.join('\n\n') + '\n';

describe('the signals of whole drafts', () => {
  it('a Party draft: title, issuer, number, star, separator, authority, archive; sure', () => {
    expect(decide(fixture('clean-hd05.kl.md'))).toMatchInlineSnapshot(`
      {
        "confidence": "high",
        "family": "party",
        "signals": [
          "party party-title 3 @0",
          "party issuer 2 @0",
          "party number-shape 2 @3",
          "party authority 1 @32",
          "party archive 1 @37",
          "party star 1 @2",
          "party separator 1 @8",
        ],
      }
    `);
  });
  it('a state draft: motto, issuer, number with its colon, authority, "Lưu: VT"; sure', () => {
    expect(decide(fixture('clean-nd30.tb.txt'))).toMatchInlineSnapshot(`
      {
        "confidence": "high",
        "family": "state",
        "signals": [
          "state state-motto 3 @0",
          "state issuer 2 @0",
          "state number-shape 2 @4",
          "state number-colon 1 @4",
          "state authority 1 @19",
          "state archive 1 @23",
        ],
      }
    `);
  });
});

describe('single signals', () => {
  it('a misspelt motto still counts for the state (read loosely), a Party title line never does', () => {
    expect(decide(draft('CONG HOA XA HOI CHU NGHIA VIET NAM', 'Nội dung.')).signals).toEqual([
      'state state-motto 3 @0',
    ]);
    expect(decide(draft('ĐẢNG CỘNG SẢN VIỆT NAM', 'Nội dung.')).signals).toEqual(['party party-title 3 @0']);
  });
  it('a number: its shape, unless its issuer code says the other family; "Số:" for the state', () => {
    expect(decide(draft('Số 12-KL/TU', 'Nội dung.')).signals).toEqual(['party number-shape 2 @0']);
    expect(decide(draft('Số 12-KL/UBND', 'Nội dung.')).signals).toEqual(['state number-issuer-code 1 @0']);
    expect(decide(draft('Số: 12/KL-TU', 'Nội dung.')).signals).toEqual([
      'party number-issuer-code 1 @0',
      'state number-colon 1 @0',
    ]);
    expect(decide(draft('Số: 12/TB-UBND', 'Nội dung.')).signals).toEqual([
      'state number-shape 2 @0',
      'state number-colon 1 @0',
    ]);
  });
  it('the archive line: "Lưu: VT" for the state, "Lưu Văn phòng …" for the Party, anything else neither', () => {
    const archive = (line: string) =>
      decide(draft('Nội dung.', `Nơi nhận:\n- Như trên;\n${line}`)).signals.filter((s) => s.includes('archive'));
    expect(archive('- Lưu: VT, VP.')).toEqual(['state archive 1 @4']);
    expect(archive('- Lưu VT.')).toEqual(['state archive 1 @4']);
    expect(archive('- Lưu Văn phòng Đảng ủy.')).toEqual(['party archive 1 @4']);
    expect(archive('• Lưu VPTU.')).toEqual(['party archive 1 @4']);
    expect(archive('- Lưu hồ sơ.')).toEqual([]);
    expect(archive('- Lưu VTX.')).toEqual([]);
  });
  it('a star under the issuer counts', () => {
    const star = (text: string) => decide(text).signals.filter((s) => s.includes(' star '));
    expect(star(draft('ĐẢNG ỦY XÃ TÂN LẬP\n*', 'Nội dung.'))).toEqual(['party star 1 @1']);
    expect(star(draft('ĐẢNG BỘ TỈNH LÂM ĐỒNG\nĐẢNG ỦY XÃ TÂN LẬP\n*', 'Nội dung.'))).toEqual(['party star 1 @2']);
    expect(star(draft('ĐẢNG ỦY XÃ TÂN LẬP', 'Nội dung.'))).toEqual([]);
  });
  it('a short dashed separator under the title counts for the Party; a long one or another mark does not', () => {
    const sep = (line: string) =>
      decide(draft('KẾT LUẬN\nvề công tác\n' + line, 'Nội dung.')).signals.filter((s) => s.includes('separator'));
    expect(sep('-----')).toEqual(['party separator 1 @2']);
    expect(sep('------------')).toEqual(['party separator 1 @2']);
    expect(sep('-------------')).toEqual([]);
    expect(sep('_____')).toEqual([]);
  });
  it('the authority: "T/M" for the Party, "TM." for the state', () => {
    const auth = (line: string) =>
      decide(draft('KẾT LUẬN', 'Nội dung.', `${line}\nBÍ THƯ\n\nNguyễn Văn An`)).signals.filter((s) =>
        s.includes('authority'),
      );
    expect(auth('T/M BAN THƯỜNG VỤ')).toEqual(['party authority 1 @4']);
    expect(auth('TM. ỦY BAN NHÂN DÂN')).toEqual(['state authority 1 @4']);
    expect(auth('K/T BÍ THƯ')).toEqual(['party authority 1 @4']);
    expect(auth('KT. CHỦ TỊCH')).toEqual(['state authority 1 @4']);
  });
});

describe('how sure', () => {
  it('sure when the winner has 3 or more and at least twice the other side', () => {
    expect(decide(draft('ĐẢNG CỘNG SẢN VIỆT NAM', 'Nội dung.'))).toMatchObject({ family: 'party', confidence: 'high' });
    // 3 against 2: not twice
    expect(decide(draft('ĐẢNG CỘNG SẢN VIỆT NAM', 'Số: 12/TB-UBND', 'Nội dung.'))).toMatchObject({
      family: 'party',
      confidence: 'low',
    });
    // 2 against 0: not 3
    expect(decide(draft('Số 12-KL/TU', 'Nội dung.'))).toMatchObject({ family: 'party', confidence: 'low' });
    // 3 against 3: a tie is Party, not sure
    expect(decide(draft('ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nội dung.'))).toMatchObject({
      family: 'party',
      confidence: 'low',
    });
    // no signal at all: Party, not sure
    expect(decide(draft('Nội dung.'))).toEqual({ family: 'party', confidence: 'low', signals: [] });
  });
  it('the state wins with more weight', () => {
    expect(decide(draft('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Nội dung.'))).toMatchObject({
      family: 'state',
      confidence: 'high',
    });
  });
});
