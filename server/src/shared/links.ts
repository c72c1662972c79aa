// Public addresses of the project (no Node imports: the browser build uses them too).
// REPOSITORY_URL must equal package.json's repository.url without "git+" and ".git" (a test checks it).
export const REPOSITORY_URL = 'https://github.com/ketluan/ketluan';

/** The rule's documentation page on the public repository (main branch). */
export function ruleDocWebUrl(ruleId: string): string {
  return `${REPOSITORY_URL}/blob/main/docs/rules/${encodeURIComponent(ruleId)}.md`;
}
