// Documents as LibreOffice reads them: one soffice call converts every file to PDF (each start
// costs seconds), pdftotext takes the text out. soffice exits 0 even when it could not load a
// file, so a missing PDF is an error here.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { toolPath } from './tools';

/** The text of each file's PDF, by the file's path. */
export function pdfTexts(files: readonly string[]): Map<string, string> {
  const out = mkdtempSync(path.join(tmpdir(), 'kap-pdf-'));
  const profile = mkdtempSync(path.join(tmpdir(), 'kap-soffice-'));
  try {
    execFileSync(
      toolPath('soffice')!,
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${profile}`,
        '--convert-to',
        'pdf',
        '--outdir',
        out,
        ...files,
      ],
      { stdio: 'pipe', timeout: 180_000 },
    );
    const texts = new Map<string, string>();
    for (const file of files) {
      const pdf = path.join(out, `${path.basename(file).replace(/\.[^.]+$/, '')}.pdf`);
      if (!existsSync(pdf)) throw new Error(`LibreOffice could not convert ${file}`);
      texts.set(file, execFileSync(toolPath('pdftotext')!, [pdf, '-'], { encoding: 'utf8' }));
    }
    return texts;
  } finally {
    rmSync(out, { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Whitespace as one space, and no hyphen (pdftotext drops a hyphen at a line's end). */
export function comparable(text: string): string {
  return text
    .replace(/-\s*\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
