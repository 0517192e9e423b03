// The real check: LibreOffice opens every file both renderers write and turns it into a PDF whose
// text holds every item of the plan. One soffice call converts all files (each start costs
// seconds).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { renderDocx, renderPptx } from '../../src/render';
import { safeText } from '../../src/render/text';
import { buildStory, formatDay } from '../../src/story';
import { describeWith } from '../support/tools';
import { hostilePlan, squash, tokens } from './support';

const TODAY = '2027-05-15';
const examples = resolve(__dirname, '../../assets/examples');

interface Case {
  readonly name: string;
  readonly plan: Plan;
  /** Exact (whitespace-normalised) comparison, or word tokens for texts built to be hostile. */
  readonly exact: boolean;
}

function cases(): Case[] {
  const found = readdirSync(examples)
    .filter((f) => f.endsWith('.kap.json'))
    .map((f) => {
      const result = readPlanText(readFileSync(join(examples, f), 'utf8'));
      if (!result.ok) throw new Error(`${f} is not a valid plan`);
      return { name: f.replace('.kap.json', ''), plan: result.plan, exact: true };
    });
  return [...found, { name: 'hostile', plan: hostilePlan(), exact: false }];
}

/**
 * Text as compared: whitespace normalised, hyphens dropped — pdftotext removes a hyphen at the end
 * of a line, taking it for hyphenation ("Service-Level-" + "Vereinbarung" → "Service-LevelVereinbarung").
 */
function comparable(text: string): string {
  return squash(text.replace(/-/g, ''));
}

/** Every text of the plan that the written plan must show in full. */
function expectedTexts(plan: Plan): string[] {
  const language = plan.account.language ?? 'en';
  return [
    ...plan.facts.map((f) => f.text),
    ...plan.soWhats.map((s) => s.text),
    ...plan.opportunities.map((o) => o.title),
    ...plan.risks.map((r) => r.title),
    ...plan.goals.map((g) => g.title),
    ...plan.strategies.map((s) => s.text),
    ...plan.actions.flatMap((a) => [a.what, a.who, formatDay(a.due, language)]),
  ]
    .map((text) => comparable(safeText(text)))
    .filter((text) => text !== '');
}

describeWith(['soffice', 'pdftotext'], 'LibreOffice opens every rendered file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kap-lo-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const all = cases();
  const pdfText = new Map<string, string>();

  beforeAll(async () => {
    const files: string[] = [];
    for (const c of all) {
      const outline = buildStory(c.plan, { today: TODAY });
      const deck = join(dir, `${c.name}-deck.pptx`);
      const doc = join(dir, `${c.name}-doc.docx`);
      writeFileSync(deck, await renderPptx(outline));
      writeFileSync(doc, await renderDocx(outline));
      files.push(deck, doc);
    }
    execFileSync(
      'soffice',
      [
        '--headless',
        '--norestore',
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        ...files,
      ],
      { stdio: 'ignore', timeout: 220_000 },
    );
    for (const file of files) {
      const pdf = file.replace(/\.(pptx|docx)$/, '.pdf');
      if (!existsSync(pdf)) continue;
      pdfText.set(
        file,
        execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], {
          encoding: 'utf8',
          maxBuffer: 64 << 20,
        }),
      );
    }
  }, 240_000);

  it('converts the examples and the hostile plan, both formats, and finds every item in the PDF', () => {
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const c of all) {
      for (const kind of ['deck.pptx', 'doc.docx']) {
        const file = join(dir, `${c.name}-${kind}`);
        const text = pdfText.get(file);
        expect({ file: `${c.name}-${kind}`, converted: text !== undefined }).toEqual({
          file: `${c.name}-${kind}`,
          converted: true,
        });
        const squashed = comparable(text ?? '');
        const present = new Set(tokens(squashed));
        const missing = expectedTexts(c.plan).filter((expected) =>
          c.exact
            ? !squashed.includes(expected) && !tokens(expected).every((t) => present.has(t))
            : !tokens(expected).every((t) => present.has(t)),
        );
        expect({ file: `${c.name}-${kind}`, missing }).toEqual({
          file: `${c.name}-${kind}`,
          missing: [],
        });
      }
    }
  });
});
