// Number tokens ("số và ký hiệu") in a line of text: Party "12-KL/TU", state "08/CT-TTg", state công văn
// "12/UBND-VX" (no type code), legal "30/2020/NĐ-CP". Each token written out; expectations by hand.
import { describe, it, expect } from 'vitest';
import { canonicalNumber, findNumbers } from '../server/src/core/parse/numbers';

/** "shape [number|type|issuer|year] «the text of the token»" plus the gaps and odd dashes it holds. */
function tokens(text: string, allowBlank = false): string[] {
  return findNumbers(text, { allowBlank }).map((t) => {
    const parts = `${t.num}|${t.typeCode ?? '-'}|${t.issuerCode ?? '-'}|${t.year ?? '-'}`;
    const marks = [
      ...t.spaces.map(([a, b]) => `space«${text.slice(a, b)}»`),
      ...t.oddDashes.map(([a, b]) => `odd«${text.slice(a, b)}»`),
    ];
    const typeAt = t.typeCode ? ` type@«${text.slice(t.typeIndex, t.typeIndex + t.typeCode.length)}»` : '';
    const head = `${t.shape} [${parts}] «${text.slice(t.index, t.end)}» num«${text.slice(t.numIndex, t.numEnd)}»`;
    return [head + typeAt, ...marks].join(' ');
  });
}

describe('number tokens', () => {
  it.each([
    ['Party number', 'Kết luận số 12-KL/TU ngày', ['party [12|KL|TU|-] «12-KL/TU» num«12» type@«KL»']],
    [
      'Party number with spaces',
      'số 12 - KL / TU,',
      ['party [12|KL|TU|-] «12 - KL / TU» num«12» type@«KL» space« » space« » space« » space« »'],
    ],
    ['Party number with an en dash', 'số 19–CTr/ĐU.', ['party [19|CTr|ĐU|-] «19–CTr/ĐU» num«19» type@«CTr» odd«–»']],
    ['issuer code with parts', 'số 05-HD/BCĐ-TW', ['party [05|HD|BCĐ-TW|-] «05-HD/BCĐ-TW» num«05» type@«HD»']],
    [
      'issuer code with an odd dash written plain',
      'số 05-HD/BCĐ–TW',
      ['party [05|HD|BCĐ-TW|-] «05-HD/BCĐ–TW» num«05» type@«HD» odd«–»'],
    ],
    ['a Party number wrapped after its dash', 'số 12-\nKL/TU', ['party [12|KL|TU|-] «12-\nKL/TU» num«12» type@«KL»']],
    ['state number', 'Chỉ thị số 08/CT-TTg', ['state [08|CT|TTg|-] «08/CT-TTg» num«08» type@«CT»']],
    [
      'state công văn: the first code is the issuer',
      'Công văn số 5973/UBND-KT',
      ['state [5973|-|UBND|-] «5973/UBND-KT» num«5973»'],
    ],
    [
      'state number with a space before the slash',
      'số 1894 /TB-SCT',
      ['state [1894|TB|SCT|-] «1894 /TB-SCT» num«1894» type@«TB» space« »'],
    ],
    ['law with its year', 'Nghị định số 30/2020/NĐ-CP', ['law [30|NĐ|CP|2020] «30/2020/NĐ-CP» num«30» type@«NĐ»']],
    ['law of the National Assembly', 'Luật số 42/2024/QH15', ['law [42|-|QH15|2024] «42/2024/QH15» num«42»']],
    ['"3/QĐ" alone is no number', 'khoản 3/QĐ', []],
    ['a date is no number', 'ngày 05/3/2026', []],
    ['digits glued to a letter before', 'a12-KL/TU', []],
    ['a slash before', '/12-KL/TU', []],
    ['seven digits', '1234567-KL/TU', []],
    ['six digits', '123456-KL/TU', ['party [123456|KL|TU|-] «123456-KL/TU» num«123456» type@«KL»']],
    ['a type code of nine letters', '12-KLABCDEFG/TU', []],
    ['a letter glued after', '12-KL/TUé', []],
    ['a blank number is not read in running text', 'Số     -KL/TU', []],
  ])('%s', (_why, text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it('reads every letter a code may hold: A–Z, a–z, Đ, đ, Ư, ư', () => {
    expect(tokens('số 08-QĐi/TW').map((t) => t.split(' ')[1])).toEqual(['[08|QĐi|TW|-]']);
    for (const code of ['AZ', 'Az', 'Aa', 'Ađ', 'AƯ', 'Aư'])
      expect(tokens(`số 1-${code}/TU`).map((t) => t.split(' ')[1])).toEqual([`[1|${code}|TU|-]`]);
  });
  it('a tab is a blank inside a number', () => {
    expect(tokens('số 12\t-\tKL/TU')).toEqual([
      'party [12|KL|TU|-] «12\t-\tKL/TU» num«12» type@«KL» space«\t» space«\t»',
    ]);
  });
  it('every odd dash of a number is noted, and the issuer code is written with plain dashes', () => {
    expect(tokens('số 05–HD/BCĐ–TW')).toEqual([
      'party [05|HD|BCĐ-TW|-] «05–HD/BCĐ–TW» num«05» type@«HD» odd«–» odd«–»',
    ]);
    expect(tokens('số 05/HD-BCĐ—TW')).toEqual(['state [05|HD|BCĐ-TW|-] «05/HD-BCĐ—TW» num«05» type@«HD» odd«—»']);
  });
  it('only a state issuer code makes a state number a công văn; a law number keeps its type', () => {
    expect(tokens('số 12/HU-VP').map((t) => t.split(' ')[1])).toEqual(['[12|HU|VP|-]']);
    expect(tokens('số 12/2024/UBND-KT').map((t) => t.split(' ').slice(0, 2).join(' '))).toEqual([
      'law [12|UBND|KT|2024]',
    ]);
  });

  it('a blank draft number in the header takes the spaces in front of its dash', () => {
    // the token starts after "Số"'s own letter; the regular expression starts one blank later (no letter may stand
    // just before a number), so the number's range is that first blank and the others are the gap before the dash
    expect(tokens('Số     -KL/TU', true)).toEqual(['party [|KL|TU|-] «     -KL/TU» num« » type@«KL» space«    »']);
    expect(tokens('Số 07-KL/ĐU', true)).toEqual(['party [07|KL|ĐU|-] «07-KL/ĐU» num«07» type@«KL»']);
  });

  it('tokens of both shapes come in the order of the text', () => {
    expect(
      tokens('Chỉ thị 08/CT-TTg và Kết luận 12-KL/TU, Nghị định 30/2020/NĐ-CP').map((t) => t.split(' ')[0]),
    ).toEqual(['state', 'party', 'law']);
    expect(tokens('Kết luận 12-KL/TU và Chỉ thị 08/CT-TTg').map((t) => t.split(' ')[0])).toEqual(['party', 'state']);
  });

  it('a state pattern inside a Party number is not a second token', () => {
    expect(tokens('số 12-KL/TU-2/BCĐ').length).toBe(1);
  });

  it('the canonical spelling has no spaces and plain dashes', () => {
    for (const [text, canon] of [
      ['12 – KL / TU', '12-KL/TU'],
      ['19—CTr/ĐU', '19-CTr/ĐU'],
      ['1894 /TB−SCT', '1894/TB-SCT'],
      ['30/2020/NĐ-CP', '30/2020/NĐ-CP'],
    ]) {
      const t = findNumbers(text)[0];
      expect(canonicalNumber(text, t)).toBe(canon);
    }
  });
});
