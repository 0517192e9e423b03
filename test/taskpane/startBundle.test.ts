// The pane's start bundle — what the first paint waits for — stays within its budget: at most
// 110 KB gzip, and without the plan reader's libraries (zod, jsonc-parser) or the renderers, which
// load with the editor and on the first download. Checked on the production build and its source
// map, so it holds for what users get; a size is deterministic, unlike a timing (that is
// `npm run bench:pane`'s part).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { builtPane } from './browser';

/** The budget of npm run bench:pane (1 KB = 1024 bytes, gzip level 9 as there). */
const START_BUDGET_BYTES = 110 * 1024;
const KEPT_OUT = ['zod', 'jsonc-parser', 'pptxgenjs', 'docx', 'jszip', 'fflate'];

describe('the start bundle of the production pane', () => {
  let entry: { file: string; bytes: Buffer; sources: string[] };

  beforeAll(async () => {
    const { dir } = await builtPane();
    const html = readFileSync(path.join(dir, 'taskpane.html'), 'utf8');
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="?([^"\s>]+)/g)]
      .map((match) => match[1]!)
      .filter((src) => !src.startsWith('https:'));
    // One entry script besides office.js: the start bundle is that file alone.
    expect(scripts).toHaveLength(1);
    const file = scripts[0]!;
    const map = JSON.parse(readFileSync(path.join(dir, `${file}.map`), 'utf8')) as {
      sources: string[];
    };
    entry = { file, bytes: readFileSync(path.join(dir, file)), sources: map.sources };
  }, 300_000);

  it('is at most 110 KB gzip', () => {
    expect(gzipSync(entry.bytes, { level: 9 }).length).toBeLessThanOrEqual(START_BUDGET_BYTES);
  });

  it('holds React and the shell, but not zod, jsonc-parser or the renderers', () => {
    const packages = new Set(
      entry.sources.map((source) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(source)?.[1]),
    );
    // The source map names modules as expected: the check below would otherwise see nothing.
    expect(packages).toContain('react-dom');
    expect(entry.sources.some((source) => source.includes('src/taskpane/layout/'))).toBe(true);
    expect(KEPT_OUT.filter((name) => packages.has(name))).toEqual([]);
    expect(entry.sources.filter((source) => /src\/(render|story)\//.test(source))).toEqual([]);
  });
});
