import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runCheck } from '../../src/cli/check';
import { main } from '../../src/cli/main';
import { CHECK_HELP } from '../../src/cli/usage';
import { writePlanText } from '../../src/plan/write';
import { makeAction, makePlan } from '../builders';
import { capture } from './run';

const examples = resolve(__dirname, '../../assets/examples');
const dir = mkdtempSync(join(tmpdir(), 'kap-check-'));

function file(name: string, content: string): string {
  writeFileSync(join(dir, name), content);
  return name;
}

const check = (argv: string[], env: Record<string, string> = {}) =>
  capture(runCheck, argv, dir, env);

describe('kap check on the shipped examples', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.kap.json'));

  it('ships a German and an English example', () => {
    expect(files.some((f) => f.includes('.de.'))).toBe(true);
    expect(files.some((f) => f.includes('.en.'))).toBe(true);
  });

  it.each(files)('%s passes with exit 0 and is a full, realistic plan', async (name) => {
    const result = await check([join(examples, name), '--json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { findings: { severity: string }[] };
    expect(report.findings.filter((f) => f.severity !== 'info')).toEqual([]);
    const plan = JSON.parse(readFileSync(join(examples, name), 'utf8')) as ReturnType<
      typeof makePlan
    >;
    expect(plan.facts.length).toBeGreaterThanOrEqual(10);
    expect(plan.gaps.length).toBeGreaterThanOrEqual(2);
    expect(plan.soWhats.length).toBeGreaterThanOrEqual(8);
    expect(plan.opportunities.length).toBeGreaterThanOrEqual(4);
    expect(plan.risks.length).toBeGreaterThanOrEqual(4);
    expect(plan.goals).toHaveLength(3);
    expect(plan.strategies.length).toBeGreaterThanOrEqual(3);
    expect(plan.actions.length).toBeGreaterThanOrEqual(10);
  });
});

describe('kap check on a version 1 file', () => {
  it('reads it as version 2, says so, and leaves the file as it was', async () => {
    const path = join(examples, 'version-1/mueller-maschinenbau.de.kap.json');
    const before = readFileSync(path, 'utf8');
    const result = await check([path, '--lang', 'en']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'note: the file is format version 1 and was read as version 2; it is left unchanged.',
    );
    const json = JSON.parse((await check([path, '--json'])).stdout) as { migratedFrom?: number };
    expect(json.migratedFrom).toBe(1);
    expect(readFileSync(path, 'utf8')).toBe(before);
    // A version 2 file says nothing of the kind.
    const current = await check([join(examples, 'mueller-maschinenbau.de.kap.json')]);
    expect(current.stdout).not.toContain('Format-Version');
  });
});

describe('kap check exit codes and output', () => {
  it('exits 0 for a clean plan and says so in one line', async () => {
    const result = await check([file('clean.kap.json', writePlanText(makePlan()))]);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(
      'clean.kap.json — Müller Maschinenbau AG: 0 errors, 0 warnings, 0 infos\n',
    );
  });

  it('exits 1 for error findings, grouped by step with severity first and ids named', async () => {
    const plan = makePlan({
      facts: [...makePlan().facts, { id: 'F9', area: 'market', text: 'Unused fact' }],
      actions: [makeAction({ who: '' }), makePlan().actions[1]!],
    });
    const result = await check([file('broken.kap.json', writePlanText(plan))]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('1 error, 1 warning, 0 infos');
    const lines = result.stdout.split('\n');
    const step1 = lines.indexOf('Step 1 · Collect data');
    const step6 = lines.indexOf('Step 6 · Action plan');
    expect(step1).toBeGreaterThan(0);
    expect(step6).toBeGreaterThan(step1);
    expect(lines[step1 + 1]).toMatch(
      /^ {2}warning {2}Fact F9 “Unused fact” is cited by no so-what.*\[F9\] {2}\(fact-not-used\)$/,
    );
    expect(lines[step6 + 1]).toMatch(
      /^ {2}error {4}Action A1 .* has no owner \(who\?\)\. \[A1\] {2}\(action-without-owner\)$/,
    );
  });

  it('speaks German with --lang de, and by the plan language otherwise', async () => {
    const plan = makePlan({ gaps: [], actions: [makePlan().actions[0]!] });
    const name = file(
      'de.kap.json',
      writePlanText({ ...plan, account: { ...plan.account, language: 'de' } }),
    );
    const german = await check([name]);
    expect(german.stdout).toContain('0 Fehler, 0 Warnungen, 1 Hinweis');
    expect(german.stdout).toContain('Schritt 1 · Daten sammeln');
    expect(german.stdout).toContain('Hinweis  Der Plan hat keine einzige Datenlücke');
    const english = await check([name, '--lang', 'en']);
    expect(english.stdout).toContain('info     The plan has not a single data gap');
  });

  it('exits 2 on a syntax error and names file, line and column', async () => {
    const name = file('syntax.kap.json', '{\n  "format": "kap",\n  "version": 1,\n}\n');
    const result = await check([name]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('syntax.kap.json: not a valid key account plan');
    expect(result.stderr).toContain('syntax.kap.json:4:1: Not valid JSON at line 4, column 1');
  });

  it('exits 2 on text that is not UTF-8 instead of reading it with replaced characters', async () => {
    const plan = writePlanText(makePlan({ account: { ...makePlan().account, name: 'Müller' } }));
    const latin1 = 'latin1.kap.json';
    writeFileSync(join(dir, latin1), Buffer.from(plan, 'latin1'));
    const line = plan.split('\n').findIndex((l) => l.includes('Müller')) + 1;
    const column = (plan.split('\n')[line - 1] ?? '').indexOf('ü') + 1;
    const result = await check([latin1]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      `latin1.kap.json:${line}:${column}: line ${line}, column ${column}: the file is not UTF-8; please save it as UTF-8.`,
    );
    const utf16 = 'utf16.kap.json';
    writeFileSync(join(dir, utf16), Buffer.from(`\uFEFF${plan}`, 'utf16le'));
    const wide = await check([utf16]);
    expect(wide.code).toBe(2);
    expect(wide.stderr).toContain('the file is UTF-16; please save it as UTF-8.');
    // A UTF-8 byte order mark is fine.
    expect((await check([file('bom.kap.json', `\uFEFF${plan}`)])).code).toBe(0);
  });

  it('exits 2 on schema, duplicate-id and reference problems, naming path and id', async () => {
    const plan = makePlan();
    const broken = {
      ...plan,
      goals: [{ ...plan.goals[0], due: '31.12.2027' }],
      actions: [{ ...plan.actions[0], strategyId: 'ST9' }, plan.actions[1]],
    };
    const schema = await check([file('schema.kap.json', JSON.stringify(broken, null, 2))]);
    expect(schema.code).toBe(2);
    expect(schema.stderr).toMatch(
      /schema\.kap\.json:\d+:\d+: goals\[0\]\.due \(line \d+, column \d+\): expected a calendar date/,
    );
    const dangling = { ...broken, goals: plan.goals };
    const reference = await check([file('ref.kap.json', JSON.stringify(dangling, null, 2))]);
    expect(reference.code).toBe(2);
    expect(reference.stderr).toContain('actions[0].strategyId');
    expect(reference.stderr).toContain('"ST9" is not the id of a strategy');
  });

  it('exits 2 for a missing file, a wrong option, a bad --lang and no file', async () => {
    expect((await check(['nope.kap.json'])).stderr).toContain('nope.kap.json: file not found.');
    expect((await check(['nope.kap.json'])).code).toBe(2);
    const main2 = (argv: string[]) => capture(main, argv, dir);
    expect((await main2(['check', 'x', '--fast'])).code).toBe(2);
    expect((await main2(['check', 'x', '--fast'])).stderr).toContain("Unknown option '--fast'");
    const lang = await main2(['check', 'x', '--lang', 'fr']);
    expect(lang).toMatchObject({ code: 2 });
    expect(lang.stderr).toContain('--lang must be de or en, got "fr"');
    expect((await main2(['check'])).stderr).toBe(`kap check: needs a plan file.\n\n${CHECK_HELP}`);
    expect((await main2(['frobnicate'])).code).toBe(2);
    expect((await main2([])).code).toBe(2);
  });

  it('prints help with exit 0', async () => {
    const help = await capture(main, ['check', '--help'], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('kap check <file> [--lang de|en] [--json]');
    const top = await capture(main, ['--help'], dir);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('kap render <file> -o <out.pptx|out.docx>');
  });

  it('warns about unknown fields but keeps the exit code of the findings', async () => {
    const plan = {
      ...makePlan(),
      crmId: 42,
      facts: [{ ...makePlan().facts[0], factIds: ['x'] }, makePlan().facts[1]],
    };
    const result = await check([file('unknown.kap.json', JSON.stringify(plan))]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      'warning: unknown fields (kept, but not used): facts[0].factIds, crmId',
    );
  });

  it('gives machine-readable JSON for valid and invalid input', async () => {
    const valid = JSON.parse(
      (
        await check([
          file('j.kap.json', writePlanText(makePlan({ gaps: [], actions: [makeAction()] }))),
          '--json',
        ])
      ).stdout,
    ) as Record<string, unknown>;
    expect(valid).toMatchObject({ valid: true, errors: 0, unknownFields: [] });
    expect(valid.findings).toEqual([
      expect.objectContaining({ code: 'plan-without-gaps', severity: 'info', step: 1, ids: [] }),
    ]);
    const invalid = await check([file('k.kap.json', '{'), '--json']);
    expect(invalid.code).toBe(2);
    expect(JSON.parse(invalid.stdout)).toMatchObject({
      valid: false,
      problems: [{ kind: 'syntax', line: 1 }],
    });
  });
});
