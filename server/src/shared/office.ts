// .ketluan.json "office": the office that issues the drafts of a workspace (used by the register,
// completion and the new-document wizard).
import type { Office } from '../core/register/types';
import { parseIso } from '../core/dates';
import type { ConfigProblem } from './config-schema';

const TEXT_FIELDS = ['name', 'parent', 'place', 'archive', 'code'] as const;

export function validateOffice(raw: unknown): { office: Office | null; problems: ConfigProblem[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return {
      office: null,
      problems: [
        {
          vi: 'office: phải là một đối tượng ({ "name": …, "place": … })',
          en: 'office: an object ({ "name": …, "place": … })',
        },
      ],
    };
  const o = raw as Record<string, unknown>;
  const office: Office = {};
  const problems: ConfigProblem[] = [];
  for (const k of TEXT_FIELDS) {
    if (o[k] === undefined) continue;
    if (typeof o[k] === 'string' && (o[k] as string).trim()) office[k] = (o[k] as string).normalize('NFC').trim();
    else problems.push({ vi: `office.${k}: phải là một chuỗi không rỗng`, en: `office.${k}: a non-empty string` });
  }
  if (o.termStart !== undefined) {
    if (typeof o.termStart === 'string' && parseIso(o.termStart)) office.termStart = o.termStart;
    else
      problems.push({
        vi: `office.termStart: "${String(o.termStart)}" không phải ngày dạng YYYY-MM-DD`,
        en: `office.termStart: "${String(o.termStart)}" is not a date YYYY-MM-DD`,
      });
  }
  for (const k of Object.keys(o))
    if (![...TEXT_FIELDS, 'termStart'].includes(k))
      problems.push({ vi: `office.${k}: không có mục này`, en: `office.${k}: unknown field` });
  return { office, problems };
}
