// .ketluan.json "office": the office that issues the drafts of a workspace (used by the register,
// completion and the new-document wizard).
import type { Office } from '../core/register/types';
import { parseIso } from '../core/dates';

const TEXT_FIELDS = ['name', 'parent', 'place', 'archive', 'code'] as const;

export function validateOffice(raw: unknown): { office: Office | null; problems: string[] } {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw))
    return { office: null, problems: ['office: an object ({ "name": …, "place": … })'] };
  const o = raw as Record<string, unknown>;
  const office: Office = {};
  const problems: string[] = [];
  for (const k of TEXT_FIELDS) {
    if (o[k] === undefined) continue;
    if (typeof o[k] === 'string' && (o[k] as string).trim()) office[k] = (o[k] as string).normalize('NFC').trim();
    else problems.push(`office.${k}: a non-empty string`);
  }
  if (o.termStart !== undefined) {
    if (typeof o.termStart === 'string' && parseIso(o.termStart)) office.termStart = o.termStart;
    else problems.push(`office.termStart: "${String(o.termStart)}" is not a date YYYY-MM-DD`);
  }
  for (const k of Object.keys(o))
    if (![...TEXT_FIELDS, 'termStart'].includes(k)) problems.push(`office.${k}: unknown field`);
  return { office, problems };
}
