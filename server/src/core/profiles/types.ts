// The shape of a profile's data. One module per profile holds its values and sources.

export type ProfileId = 'hd36' | 'hd05' | 'nd30';

export interface ProfileData {
  id: ProfileId;
  family: 'party' | 'state';
  /** Vietnamese and English names of the regime. */
  name: { vi: string; en: string };
  /** The guide as a clerk writes it in a sentence ("Hướng dẫn 05-HD/VPTW"). */
  shortName: string;
  /** The regulation the values come from. */
  source: string;
  /** Type codes valid as the draft's own code under this regime (code -> type name). */
  typeCodes: Record<string, string>;
  /** End mark of each Nơi nhận item other than the archive line. */
  recipientItemEnd: ',' | ';';
  /** Archive line: a human example and the prefix that makes it the state form. */
  archiveExample: string;
  /** Whether the state form "- Lưu: VT, …" is the correct archive line. */
  archiveStateForm: boolean;
  /** Authority prefixes of the signature block allowed here. */
  authorities: string[];
  /** Authority forms that belong to the other family (reported as wrong here). */
  foreignAuthorities: string[];
  /** Titles allowed on the line under "T/M <cấp ủy | ban thường vụ | ủy ban kiểm tra | hội đồng>". */
  titlesUnderTM: string[];
  /** Titles allowed under "T/L BAN THƯỜNG VỤ". */
  titlesUnderTL: string[];
}
