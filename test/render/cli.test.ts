import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { main } from '../../src/cli/main';
import { writePlanText } from '../../src/plan/write';
import { makePlan, makeV2Plan } from '../builders';
import { capture } from '../cli/run';
import { readPackage, slidesOf, findAll, part } from './support';

const dir = mkdtempSync(join(tmpdir(), 'kap-render-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const render = (argv: string[], env: Record<string, string> = {}) =>
  capture(main, ['render', ...argv], dir, env);

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const good = file('plan.kap.json', writePlanText(makePlan()));
const incomplete = file(
  'incomplete.kap.json',
  writePlanText(makePlan({ strategies: [], actions: [] })),
);

describe('kap render', () => {
  it('prints its usage for --help and exits 0', async () => {
    const result = await render(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('kap render <file> -o <out.pptx|out.docx>');
  });

  it('writes a deck, confirms it in one line with the slide count', async () => {
    const result = await render([good, '-o', 'deck.pptx']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const bytes = readFileSync(join(dir, 'deck.pptx'));
    const slides = slidesOf(await readPackage(bytes));
    expect(result.stdout).toBe(`wrote deck.pptx (${slides.length} slides).\n`);
    // Compressed with Node's zlib: every part's size and CRC-32 must match its data.
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files)).toContain('ppt/slides/slide1.xml');
    expect(slides[0]?.part).toBe('cover');
  });

  it('writes a document for .docx, in German with --lang de', async () => {
    const result = await render([good, '--output', 'doc.DOCX', '--lang', 'de']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('doc.DOCX geschrieben (11 Abschnitte).\n');
    const document = part(
      await readPackage(readFileSync(join(dir, 'doc.DOCX'))),
      'word/document.xml',
    );
    const text = findAll(document, 'w:t')
      .map((t) => t.text)
      .join(' ');
    // German step headings, numbered.
    expect(text).toContain('1\u2002Daten sammeln');
    expect(text).toContain('Der rote Faden');
  });

  it('writes the review version with --review: the review page after the summary', async () => {
    const reviewed = file('reviewed.kap.json', writePlanText(makeV2Plan()));
    const withReview = await render([reviewed, '-o', 'review.pptx', '--review']);
    expect(withReview.code).toBe(0);
    const parts = slidesOf(await readPackage(readFileSync(join(dir, 'review.pptx')))).map(
      (s) => s.part,
    );
    expect([...new Set(parts)].slice(0, 4)).toEqual(['cover', 'summary', 'review', 'overview']);
    expect((await render([reviewed, '-o', 'plain.pptx'])).code).toBe(0);
    const plain = slidesOf(await readPackage(readFileSync(join(dir, 'plain.pptx'))));
    expect(plain.map((s) => s.part)).not.toContain('review');
    expect((await render(['--help'])).stdout).toContain('--review');
  });

  it('renders only one step with --step', async () => {
    const result = await render([good, '-o', 'step3.pptx', '--step', '3']);
    expect(result.code).toBe(0);
    const slides = slidesOf(await readPackage(readFileSync(join(dir, 'step3.pptx'))));
    expect(new Set(slides.map((s) => s.step))).toEqual(new Set(['3']));
  });

  it('renders an incomplete plan and prints its findings as warnings', async () => {
    const result = await render([incomplete, '-o', 'incomplete.pptx']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: incomplete.kap.json is incomplete');
    expect(result.stderr).toMatch(/Step 5/);
    expect(existsSync(join(dir, 'incomplete.pptx'))).toBe(true);
  });

  it('exits 2 on invalid input and leaves an existing output untouched', async () => {
    writeFileSync(join(dir, 'keep.pptx'), 'previous deck');
    const broken = file('broken.kap.json', '{ "format": "kap", ');
    const result = await render([broken, '-o', 'keep.pptx']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('not a valid key account plan');
    expect(readFileSync(join(dir, 'keep.pptx'), 'utf8')).toBe('previous deck');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it.each([
    [['-o', 'x.pptx'], 'needs a plan file'],
    [['plan.kap.json'], 'needs an output file'],
    [['plan.kap.json', '-o', 'x.pdf'], '.pptx or .docx'],
    [['plan.kap.json', '-o', 'x.pptx', '--step', '7'], '--step must be'],
    [['plan.kap.json', '-o', 'x.pptx', '--lang', 'fr'], '--lang must be'],
    [['plan.kap.json', '-o', 'x.pptx', '--bogus'], 'Unknown option'],
  ])('exits 2 on bad usage %j and writes nothing', async (argv, message) => {
    const before = readdirSync(dir).sort();
    const result = await render(argv);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(readdirSync(dir).sort()).toEqual(before);
  });

  it('refuses to write over the plan file itself, under any spelling of its path', async () => {
    const plan = writePlanText(makePlan());
    const input = file('plan-in.docx', plan);
    symlinkSync(join(dir, input), join(dir, 'link.docx'));
    for (const output of [input, `./${input}`, 'link.docx']) {
      const result = await render([input, '-o', output]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toBe(
        `kap render: cannot write ${output}: that is the plan file itself; it would be overwritten.\n`,
      );
      expect(readFileSync(join(dir, input), 'utf8')).toBe(plan);
    }
  });

  it('leaves a read-only output alone', async () => {
    writeFileSync(join(dir, 'locked.pptx'), 'protected');
    chmodSync(join(dir, 'locked.pptx'), 0o444);
    const result = await render([good, '-o', 'locked.pptx']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('kap render: cannot write locked.pptx: the file is read-only.\n');
    expect(readFileSync(join(dir, 'locked.pptx'), 'utf8')).toBe('protected');
  });

  it('names a missing folder in words, without the temporary file', async () => {
    const result = await render([good, '-o', 'nowhere/deck.pptx', '--lang', 'de']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'kap render: nowhere/deck.pptx kann nicht geschrieben werden: der Ordner nowhere existiert nicht.\n',
    );
  });

  it('replaces an existing output atomically when the input is valid', async () => {
    writeFileSync(join(dir, 'replace.docx'), 'old');
    const result = await render([good, '-o', 'replace.docx']);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, 'replace.docx')).subarray(0, 2).toString()).toBe('PK');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
