// Where LibreOffice's soffice is: PATH first, then its usual install folders. No vscode import (unit-tested).
import * as path from 'node:path';
import * as fs from 'node:fs';

export function findSoffice(
  env: NodeJS.ProcessEnv = process.env,
  exists: (p: string) => boolean = fs.existsSync,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const win = platform === 'win32';
  const p = win ? path.win32 : path.posix;
  const names = win ? ['soffice.exe', 'soffice.com'] : ['soffice', 'libreoffice'];
  for (const dir of (env.PATH ?? env.Path ?? '').split(win ? ';' : ':')) {
    for (const n of names) if (dir && exists(p.join(dir, n))) return p.join(dir, n);
  }
  const usual = win
    ? [env.ProgramFiles, env['ProgramFiles(x86)'], 'C:\\Program Files', 'C:\\Program Files (x86)']
        .filter((d): d is string => !!d)
        .map((d) => p.join(d, 'LibreOffice', 'program', 'soffice.exe'))
    : [
        '/Applications/LibreOffice.app/Contents/MacOS/soffice',
        '/usr/bin/soffice',
        '/usr/local/bin/soffice',
        '/usr/lib/libreoffice/program/soffice',
        '/opt/libreoffice/program/soffice',
        '/snap/bin/libreoffice',
      ];
  return usual.find((f) => exists(f)) ?? null;
}
