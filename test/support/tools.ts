// Suites that need a real program (LibreOffice, Chromium, xmllint) use `describeWith`. On a
// developer machine without the program the suite is skipped with a visible reason; under CI
// (CI=true) a missing program fails the run, because a skipped suite there would hide a gap.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export type Tool = 'soffice' | 'chromium' | 'xmllint' | 'pdftotext';

const LOCATIONS: Record<Tool, string[]> = {
  soffice: ['/usr/bin/soffice', '/usr/lib/libreoffice/program/soffice'],
  chromium: ['/usr/bin/chromium'],
  xmllint: ['/usr/bin/xmllint'],
  pdftotext: ['/usr/bin/pdftotext'],
};

export function toolPath(tool: Tool): string | undefined {
  const known = LOCATIONS[tool].find((path) => existsSync(path));
  if (known) return known;
  try {
    return execFileSync('which', [tool], { encoding: 'utf8' }).trim() || undefined;
  } catch {
    return undefined;
  }
}

export function describeWith(tools: Tool[], name: string, body: () => void): void {
  const missing = tools.filter((tool) => toolPath(tool) === undefined);
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  if (process.env.CI === 'true') {
    describe(name, () => {
      it(`has its tools installed (${missing.join(', ')})`, () => {
        throw new Error(
          `missing tools under CI: ${missing.join(', ')} — .ci/run must install them`,
        );
      });
    });
    return;
  }
  const skipped = describe.skip;
  skipped(`${name} (skipped: ${missing.join(', ')} not installed)`, body);
}
