// The level of the issuing Party body, read from the issuer block: it decides the example archive line
// ("- Lưu Văn phòng Đảng ủy." for a xã, "- Lưu Văn phòng Tỉnh ủy." for a province).
import type { DocModel } from '../model';
import type { ProfileData } from '../profiles';
import { norm } from '../vn';

const word = (w: string) => new RegExp(`(?<!\\p{L})${w}(?!\\p{L})`, 'u');
const LEVELS: [RegExp, string][] = [
  [word('THÀNH UỶ'), '- Lưu Văn phòng Thành ủy.'],
  [word('TỈNH UỶ'), '- Lưu Văn phòng Tỉnh ủy.'],
  [word('HUYỆN UỶ'), '- Lưu Văn phòng Huyện ủy.'],
  [word('QUẬN UỶ'), '- Lưu Văn phòng Quận ủy.'],
  [word('THỊ UỶ'), '- Lưu Văn phòng Thị ủy.'],
  [word('BAN CHẤP HÀNH TRUNG ƯƠNG'), '- Lưu Văn phòng Trung ương Đảng.'],
  [word('ĐẢNG UỶ'), '- Lưu Văn phòng Đảng ủy.'],
];

/** The example archive line for this draft: the profile's, with the Party body's level from the issuer block. */
export function archiveExampleFor(model: DocModel, profile: ProfileData): string {
  return archiveForIssuer(
    model.header.issuer.map((c) => c.text),
    profile,
  );
}

/**
 * The example archive line for an issuer block given as its lines (parent body first): the level of the body that
 * issues, which is the lowest line that names one ("ĐẢNG BỘ TỈNH …" above "ĐẢNG ỦY XÃ …" gives the xã's line).
 */
export function archiveForIssuer(lines: string[], profile: ProfileData): string {
  if (profile.archiveStateForm) return profile.archiveExample;
  for (let k = lines.length - 1; k >= 0; k--) {
    const t = norm(lines[k]);
    for (const [re, example] of LEVELS) if (re.test(t)) return example;
  }
  return profile.archiveExample;
}
