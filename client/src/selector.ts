// Which documents the checker sees: drafts on disk, new unsaved drafts, and files of a virtual workspace
// (VS Code for the Web: GitHub/Azure Repos through vscode-vfs). Not `git:` or other read-only copies
// (diff views, the timeline), whose findings would duplicate the real file's.
export const CHECKED_SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

export const DOCUMENT_SELECTOR: { scheme: string; language: string }[] = CHECKED_SCHEMES.map((scheme) => ({
  scheme,
  language: 'ketluan',
}));
