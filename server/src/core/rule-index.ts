// The rule index (README table), generated from the registry so it cannot drift.
import { RULES } from './rules';

const SEV: Record<string, string> = { error: 'E', warning: 'W', information: 'I', hint: 'H' };
const FIX: Record<string, string> = { fix: 'sửa tự động / fix', suggest: 'gợi ý / suggest', none: '—' };

export function ruleIndexMarkdown(): string {
  const rows = RULES.map(
    (r) =>
      `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${SEV[r.severity]} | ${FIX[r.fixable]} | ` +
        `${r.profiles.join(', ')} | ${r.title.vi} |`,
  );
  return [
    '| Quy tắc / rule | Mức / sev | Sửa / fix | Chế độ / profiles | Nội dung |',
    '|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
