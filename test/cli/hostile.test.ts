// The command line under hostile input: huge lists, huge files, files that never end, private
// outputs, long names, odd years and field names, texts no slide holds. (Ctrl-C while writing is
// in bin.test.ts: it needs the command as a process of its own.)
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { MAX_INPUT_BYTES } from '../../src/cli/load';
import { main } from '../../src/cli/main';
import { addMonths } from '../../src/plan/dates';
import { readPlanText } from '../../src/plan/read';
import { isCalendarDate, type Plan } from '../../src/plan/schema';
import { writePlanText } from '../../src/plan/write';
import { renderDocx } from '../../src/render/docx';
import { dayBefore } from '../../src/story/format';
import { makeOutline } from '../render/support';
import type { Outline } from '../../src/story/outline';
import { makeAction, makeGoal, makePlan } from '../builders';
import { readPackage } from '../render/support';
import { capture } from './run';

const dir = mkdtempSync(join(tmpdir(), 'kap-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const kap = (argv: string[]) => capture(main, argv, dir);
const temporaries = () => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

function file(name: string, content: string | Uint8Array): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const plan = makePlan();
const planFile = file('plan.kap.json', writePlanText(plan));

describe('a list of 65,000 items', () => {
  it('renders as a Word document instead of overflowing the stack', async () => {
    const count = 65_000;
    const outline: Outline = makeOutline({
      title: 'Many facts',
      parts: [
        {
          step: 1,
          key: 'facts',
          title: 'Facts',
          blocks: [
            {
              kind: 'list',
              // As the story writes facts no so-what cites: each with a warning line below.
              items: Array.from({ length: count }, (_, i) => ({
                text: `fact ${i}`,
                warning: 'cited by no so-what',
              })),
            },
          ],
        },
      ],
    });
    const parts = unzipSync(await renderDocx(outline));
    const document = new TextDecoder().decode(parts['word/document.xml']);
    expect(document).toContain('>fact 0</w:t>');
    expect(document).toContain(`>fact ${count - 1}</w:t>`);
  }, 120_000);
});

describe('the size of the input', () => {
  // The plan's text, padded with spaces after its first "{" to exactly `size` bytes.
  const padded = (size: number, text = writePlanText(plan)) =>
    `{${' '.repeat(size - Buffer.byteLength(text))}${text.slice(1)}`;

  it('reads a file of 50 MB of spaces as the plan it holds, and places problems after them', async () => {
    const name = file('spaces.kap.json', padded(50_000_000));
    const result = await kap(['check', name]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Müller Maschinenbau AG: 0 errors');
    // A syntax error and a schema error behind the spaces, at their line and column.
    const broken = file('spaces-broken.kap.json', padded(10_000_000).replace(/\n}\n$/, ',\n}\n'));
    const syntax = await kap(['check', broken]);
    const lines = readFileSync(join(dir, broken), 'utf8').split('\n');
    expect(syntax.code).toBe(2);
    expect(syntax.stderr).toContain(
      `${broken}:${lines.length - 1}:1: Not valid JSON at line ${lines.length - 1}, column 1`,
    );
    const wrong = file(
      'spaces-schema.kap.json',
      padded(50_000_000).replace('"account",', '"finance",'),
    );
    const schema = await kap(['check', wrong]);
    const at =
      readFileSync(join(dir, wrong), 'utf8')
        .split('\n')
        .findIndex((l) => l.includes('"finance"')) + 1;
    expect(schema.code).toBe(2);
    expect(schema.stderr).toContain(`${wrong}:${at}:7: facts[0].area (line ${at}, column 7)`);
  });

  it(`reads a file of exactly ${MAX_INPUT_BYTES} bytes and refuses one byte more`, async () => {
    const exact = file('exact.kap.json', padded(MAX_INPUT_BYTES));
    expect(statSync(join(dir, exact)).size).toBe(MAX_INPUT_BYTES);
    expect((await kap(['check', exact])).code).toBe(0);
    const over = file('over.kap.json', '');
    truncateSync(join(dir, over), MAX_INPUT_BYTES + 1);
    const result = await kap(['check', over]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `${over}: not a valid key account plan\n  ${over}: the file is larger than 64 MB; no key account plan is that large.\n`,
    );
  });

  it('refuses input that never ends, such as /dev/zero', async () => {
    const result = await kap(['check', '/dev/zero']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('/dev/zero: the file is larger than 64 MB');
    const render = await kap(['render', '/dev/zero', '-o', 'zero.pptx']);
    expect(render.code).toBe(2);
    expect(readdirSync(dir)).not.toContain('zero.pptx');
  });
});

describe('writing the output', () => {
  it('keeps the permissions of the file it replaces', async () => {
    file('private.pptx', 'old deck');
    chmodSync(join(dir, 'private.pptx'), 0o600);
    expect((await kap(['render', planFile, '-o', 'private.pptx'])).code).toBe(0);
    expect(statSync(join(dir, 'private.pptx')).mode & 0o777).toBe(0o600);
    // A new file gets the permissions any new file gets here.
    file('reference.txt', '');
    expect((await kap(['render', planFile, '-o', 'fresh.docx'])).code).toBe(0);
    expect(statSync(join(dir, 'fresh.docx')).mode & 0o777).toBe(
      statSync(join(dir, 'reference.txt')).mode & 0o777,
    );
  });

  it.each([
    ['a 240-byte name', `${'a'.repeat(235)}.pptx`],
    ['a 255-byte name', `${'b'.repeat(250)}.docx`],
    ['a long name in two-byte characters', `${'ü'.repeat(125)}.pptx`],
  ])('writes %s without failing on the temporary file', async (_, name) => {
    const result = await kap(['render', planFile, '-o', name]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect((await readPackage(readFileSync(join(dir, name)))).size).toBeGreaterThan(10);
    expect(temporaries()).toEqual([]);
  });
});

describe('dates in the years 0000 to 0099', () => {
  it('are calendar dates, with the leap years of the Gregorian calendar', () => {
    expect(['0000-02-29', '0004-02-29', '0048-02-29', '0099-12-31'].map(isCalendarDate)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(['0050-02-29', '0100-02-29', '0001-02-29'].map(isCalendarDate)).toEqual([
      false,
      false,
      false,
    ]);
    expect(addMonths('0000-01-31', 1)).toBe('0000-02-29');
    expect(addMonths('0099-12-15', 1)).toBe('0100-01-15');
    expect(dayBefore('0050-01-01')).toBe('0049-12-31');
    expect(dayBefore('0000-03-01')).toBe('0000-02-29');
  });

  it('are read and checked like any other plan', async () => {
    const early: Plan = makePlan({
      account: { ...plan.account, periodStart: '0050-01-01' },
      goals: [makeGoal({ due: '0050-12-31' })],
      actions: [makeAction({ due: '0050-03-31' }), { ...plan.actions[1]!, due: '0050-06-30' }],
    });
    const result = await kap(['check', file('early.kap.json', writePlanText(early)), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ valid: true, errors: 0 });
  });
});

describe('fields named like the properties of every object', () => {
  const text = writePlanText(plan).replace(
    '"format": "kap",',
    '"format": "kap",\n  "__proto__": { "polluted": true },\n  "constructor": 1,\n  "toString": "x",',
  );

  it('keeps a field named __proto__ when the plan is read and written again', () => {
    const result = readPlanText(text);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
    expect(Object.getPrototypeOf(result.plan)).toBe(Object.prototype);
    expect((result.plan as unknown as { polluted?: boolean }).polluted).toBeUndefined();
    const again = JSON.parse(writePlanText(result.plan)) as Record<string, unknown>;
    expect(Object.keys(again)).toEqual(
      expect.arrayContaining(['__proto__', 'constructor', 'toString']),
    );
    expect(Object.getOwnPropertyDescriptor(again, '__proto__')?.value).toEqual({ polluted: true });
  });

  it('names __proto__, constructor and toString as unknown fields', async () => {
    const result = await kap(['check', file('proto.kap.json', text), '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { unknownFields: string[] };
    expect(report.unknownFields.sort()).toEqual(['__proto__', 'constructor', 'toString']);
  });

  it('treats a command named constructor or toString as unknown', async () => {
    for (const command of ['constructor', 'toString', '__proto__']) {
      const result = await kap([command]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`kap: unknown command "${command}".`);
    }
  });
});

describe('texts longer than a slide can hold', () => {
  it('are named by kap check with about how many slides they fill', async () => {
    const long = 'The board wants proof of delivery before it signs. '.repeat(200);
    const withLong = makePlan({
      facts: [{ ...plan.facts[0]!, text: long }, plan.facts[1]!],
      actions: [makeAction({ what: 'Call '.repeat(10) }), plan.actions[1]!],
    });
    const name = file('long.kap.json', writePlanText(withLong));
    const result = await kap(['check', name]);
    expect(result.code).toBe(0);
    const warnings = result.stdout.split('\n').filter((l) => l.includes('longer than a slide'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      /^warning: facts\[0\]\.text is longer than a slide can hold \(it fills about [2-4] slides\); shorten it or split it into several items\.$/,
    );
    const json = JSON.parse((await kap(['check', name, '--json'])).stdout) as {
      longTexts: { path: string; slides: number }[];
    };
    expect(json.longTexts).toEqual([
      { path: 'facts[0].text', slides: expect.any(Number) as number },
    ]);
    const german = await kap(['check', name, '--lang', 'de']);
    expect(german.stdout).toContain(
      'Warnung: facts[0].text ist länger, als eine Folie fassen kann',
    );
  });

  it('are not named when every text fits', async () => {
    const result = await kap(['check', planFile, '--json']);
    expect((JSON.parse(result.stdout) as { longTexts: unknown[] }).longTexts).toEqual([]);
    expect((await kap(['check', planFile])).stdout).not.toContain('longer than a slide');
  });
});
