// `kap diff` and `kap render --customer-safe`, run as a user would, on real files.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { main } from '../../src/cli/main';
import { readPlanText } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import { writePlanText } from '../../src/plan/write';
import { makeAction, makePlan } from '../builders';
import { capture } from './run';
// Imported for its workaround of pptxgenjs in jest's sandbox (see support.ts).
import '../render/support';

const ROOT = resolve(__dirname, '../..');
const dir = mkdtempSync(join(tmpdir(), 'kap-diff-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const kap = (argv: string[]) => capture(main, argv, dir, {});

function file(name: string, plan: Plan | string): string {
  writeFileSync(join(dir, name), typeof plan === 'string' ? plan : writePlanText(plan));
  return name;
}

const before = makePlan();
const after: Plan = {
  ...before,
  gaps: [],
  facts: [{ ...before.facts[0]!, text: 'Reworded fact' }, ...before.facts.slice(1)],
  // The gap goes, and with it the action that closed it.
  actions: [
    makeAction({ status: 'done' }),
    ...before.actions.slice(1).filter((a) => a.gapId === undefined),
  ],
};
const closing = before.actions.find((a) => a.gapId !== undefined)!;
const old = file('old.kap.json', before);
const now = file('new.kap.json', after);

describe('kap diff', () => {
  it('prints what changed, item by item, in English and German', async () => {
    const english = await kap(['diff', old, now, '--lang', 'en']);
    expect(english.code).toBe(0);
    expect(english.stdout).toMatch(
      /^old\.kap\.json → new\.kap\.json: 0 added, 2 removed, 2 changed, 1 status change\n/,
    );
    expect(english.stdout).toContain(`- G1 (data gap) “${before.gaps[0]!.question}”`);
    expect(english.stdout).toContain(`    text: “${before.facts[0]!.text}” → “Reworded fact”`);
    expect(english.stdout).toContain('A1: open → done');
    const german = await kap(['diff', old, now, '--lang', 'de']);
    expect(german.stdout).toContain('0 hinzugefügt, 2 entfernt, 2 geändert, 1 Statusänderung');
    expect(german.stdout).toContain('(Datenlücke)');
  });

  it('prints JSON for scripts', async () => {
    const result = await kap(['diff', old, now, '--json']);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as { items: { id: string; change: string }[] };
    expect(parsed.items.map((i) => `${i.change} ${i.id}`)).toEqual([
      `changed ${before.facts[0]!.id}`,
      'removed G1',
      `removed ${closing.id}`,
      'changed A1',
    ]);
  });

  it('compares a version 1 file with its version 2 successor', async () => {
    const result = await kap([
      'diff',
      join(ROOT, 'assets/examples/version-1/mueller-maschinenbau.de.kap.json'),
      join(ROOT, 'assets/examples/mueller-maschinenbau.de.kap.json'),
      '--lang',
      'en',
    ]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('+ P1 (person) “Dr. Markus Hoffmann”');
    expect(result.stdout).toContain('A8: open → dropped');
    // The version itself is no difference: both are read as version 2.
    expect(result.stdout).not.toMatch(/~ version/);
  });

  it('exits 2 on invalid input, naming every bad file, and on bad usage', async () => {
    const broken = file('broken.kap.json', '{ "format": "kap", ');
    const result = await kap(['diff', broken, 'missing.kap.json']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('broken.kap.json');
    expect(result.stderr).toContain('missing.kap.json');
    expect((await kap(['diff', old])).code).toBe(2);
    expect((await kap(['diff', '--help'])).stdout).toContain('kap diff <old> <new>');
  });
});

describe('kap render refuses versions that would write an empty or a partial file', () => {
  it('exits 2 for the customer version of step 5 and for a review of one step', async () => {
    for (const argv of [
      ['--customer-safe', '--step', '5'],
      ['--review', '--step', '6'],
    ]) {
      const result = await kap(['render', old, '-o', 'x.pptx', ...argv]);
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(/--customer-safe|--review/);
    }
  });
});

describe('kap render --customer-safe', () => {
  it('writes a deck and a document without risks, competition, strategies or internal items', async () => {
    const example = readFileSync(
      join(ROOT, 'assets/examples/northwind-health.en.kap.json'),
      'utf8',
    );
    const read = readPlanText(example);
    if (!read.ok) throw new Error('example unreadable');
    const plan = read.plan;
    const input = file('northwind.kap.json', example);
    const secrets = [
      ...plan.risks.map((r) => r.title),
      ...plan.strategies.map((s) => s.text),
      ...plan.facts.filter((f) => f.area === 'competition').map((f) => f.text),
      ...plan.people.flatMap((p) => (p.note ? [p.note] : [])),
      ...(plan.summary?.asks ?? []),
      ...plan.actions.filter((a) => a.internal).map((a) => a.what),
    ];
    expect(secrets.length).toBeGreaterThan(8);
    for (const out of ['customer.pptx', 'customer.docx']) {
      const result = await kap(['render', input, '-o', out, '--customer-safe']);
      expect(result.code).toBe(0);
      const parts = unzipSync(readFileSync(join(dir, out)));
      // XML escapes & < > ' " — compare against the text as XML writes it.
      const text = Object.values(parts)
        .map((p) => strFromU8(p))
        .join('\n')
        .replace(/&amp;/g, '&')
        .replace(/&apos;|&#39;/g, "'")
        .replace(/&quot;/g, '"');
      for (const secret of secrets) {
        // A long text may be cut on a slide: its first words are what could leak.
        const start = secret.split(' ').slice(0, 4).join(' ');
        expect({ out, leaked: text.includes(start) ? start : undefined }).toEqual({
          out,
          leaked: undefined,
        });
      }
      expect(text).toContain(plan.opportunities[0]!.title.split(' ').slice(0, 4).join(' '));
    }
  });
});
