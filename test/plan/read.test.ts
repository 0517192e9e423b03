import {
  MAX_NESTING,
  readPlanText,
  validatePlanValue,
  type InputProblem,
} from '../../src/plan/read';
import { writePlanText } from '../../src/plan/write';
import { makePlan } from '../builders';

function problemsOf(text: string): readonly InputProblem[] {
  const result = readPlanText(text);
  if (result.ok) throw new Error('expected the plan to be rejected');
  return result.problems;
}

function text(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

describe('readPlanText: JSON syntax', () => {
  it('names the line and column of a missing comma', () => {
    const source = '{\n  "format": "kap"\n  "version": 1\n}';
    const [problem] = problemsOf(source);
    expect(problem).toMatchObject({ kind: 'syntax', line: 3, column: 3 });
    expect(problem?.message.en).toBe('Not valid JSON at line 3, column 3: expected ",".');
    expect(problem?.message.de).toBe('Kein gültiges JSON in Zeile 3, Spalte 3: "," erwartet.');
  });

  it('names the position of a trailing comma and of a comment', () => {
    expect(problemsOf('{"a": 1,\n}')[0]).toMatchObject({ line: 2, column: 1 });
    const [comment] = problemsOf('{\n  // note\n  "a": 1\n}');
    expect(comment).toMatchObject({ line: 2, column: 3 });
    expect(comment?.message.en).toContain('comments are not allowed');
  });

  it('reports an unterminated string and an empty file', () => {
    expect(problemsOf('{"format": "kap')[0]?.message.en).toContain('text without closing "');
    expect(problemsOf('')[0]?.message.en).toMatch(/line 1, column 1/);
  });

  it('accepts a byte order mark and keeps column numbers right after it', () => {
    const plan = makePlan();
    expect(readPlanText(`\uFEFF${writePlanText(plan)}`).ok).toBe(true);
    expect(problemsOf('\uFEFF{"a" 1}')[0]).toMatchObject({ line: 1, column: 6 });
  });

  it('rejects JSON that is not an object', () => {
    expect(problemsOf('[1, 2]')[0]).toMatchObject({ kind: 'not-an-object' });
  });
});

describe('readPlanText: format and version', () => {
  it('rejects another format and says what was found', () => {
    const [problem] = problemsOf(text({ ...makePlan(), format: 'excel' }));
    expect(problem).toMatchObject({ kind: 'format', path: 'format', line: 2 });
    expect(problem?.message.en).toContain('"format" must be "kap", found: "excel"');
  });

  it('rejects a missing format', () => {
    const { format: _dropped, ...rest } = makePlan();
    expect(problemsOf(text(rest))[0]?.message.en).toContain('found: nothing');
  });

  it('rejects a newer version with a request to update, before any field error', () => {
    const problems = problemsOf(text({ format: 'kap', version: 3, somethingNew: true }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'version', path: 'version', line: 3 });
    expect(problems[0]?.message.en).toContain('version 3');
    expect(problems[0]?.message.de).toContain('Bitte aktualisieren');
  });

  it('treats a version that is no whole number as a wrong value, not as a newer version', () => {
    const plan = makePlan();
    for (const [version, shown] of [
      ['1.5', '1.5'],
      ['1e999', 'Infinity'],
    ] as const) {
      const source = text(plan).replace('"version": 2', `"version": ${version}`);
      const [problem] = problemsOf(source);
      expect(problem).toMatchObject({ kind: 'schema', path: 'version', line: 3 });
      expect(problem?.message.en).toContain(`expected one of the versions 1, 2; found: ${shown}.`);
      expect(problem?.message.en).not.toContain('update');
    }
  });
});

describe('readPlanText: many problems', () => {
  it('locates thousands of problems in a big file quickly, each on its own line', () => {
    const plan = makePlan();
    const facts = Array.from({ length: 20_000 }, (_, i) => ({ id: `X${i}`, area: 'x', text: '' }));
    const source = text({ ...plan, facts });
    const started = Date.now();
    const problems = problemsOf(source);
    // Scanning the text from its start for every problem took half a minute here.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(problems).toHaveLength(20_000);
    const lines = source.split('\n');
    for (const problem of [problems[0], problems[12_345], problems.at(-1)]) {
      expect(lines[(problem?.line ?? 0) - 1]).toMatch(/^ {6}"area": "x"/);
      expect(problem?.column).toBe(7);
    }
  });
});

describe('readPlanText: duplicate keys', () => {
  it('names a field written twice in one object, with both places, instead of dropping one', () => {
    const source = text(makePlan()).replace('"id": "F1",', '"id": "F1",\n      "id": "F9",');
    const problems = problemsOf(source);
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ kind: 'duplicate-key', path: 'facts[0]' });
    const lines = source.split('\n');
    expect(lines[(problem?.line ?? 0) - 1]).toContain('"id": "F9"');
    expect(lines[(problem?.line ?? 0) - 2]).toContain('"id": "F1"');
    expect(problem?.message.en).toMatch(
      /^facts\[0\]: the field "id" appears twice in the same object \(first at line \d+, column 7, again at line \d+, column 7\)/,
    );
  });

  it('finds a duplicate at the top level and leaves equal keys in different objects alone', () => {
    const top = text(makePlan()).replace('"version": 2,', '"version": 2,\n  "version": 2,');
    expect(problemsOf(top)[0]).toMatchObject({ kind: 'duplicate-key', line: 4, column: 3 });
    expect(problemsOf(top)[0]?.path).toBeUndefined();
    // Every fact has an "id": keys repeat across objects, and in arrays of strings.
    const plan = makePlan();
    const withTexts = { ...plan, crm: [{ id: 'a' }, { id: 'a' }], tags: ['id', 'id'] };
    expect(readPlanText(text(withTexts)).ok).toBe(true);
  });
});

describe('readPlanText: nesting', () => {
  it('refuses absurdly deep nesting with its position instead of overflowing the stack', () => {
    const plan = makePlan();
    const depth = 100_000;
    const junk = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
    // Valid JSON with a deep unknown field, and the same cut off (a syntax error inside).
    const valid = text(plan).replace('"facts":', `"junk": ${junk},\n  "facts":`);
    const broken = `{"format": "kap", "x": ${'['.repeat(depth)}`;
    for (const source of [valid, broken]) {
      const [problem] = problemsOf(source);
      expect(problem).toMatchObject({ kind: 'syntax' });
      expect(problem?.message.en).toContain(`nested more than ${MAX_NESTING} levels deep`);
    }
    // The reported line is the one where the junk starts.
    const line = problemsOf(valid)[0]?.line ?? 0;
    expect(valid.split('\n')[line - 1]).toMatch(/^ {2}"junk": \{"a":/);
  });

  it('accepts unknown fields nested to the limit', () => {
    const deep = `${'['.repeat(MAX_NESTING - 1)}${']'.repeat(MAX_NESTING - 1)}`;
    const source = text(makePlan()).replace('"facts":', `"junk": ${deep},\n  "facts":`);
    expect(readPlanText(source).ok).toBe(true);
  });
});

describe('readPlanText: schema', () => {
  it('names the path, the line and what was expected for a bad date', () => {
    const plan = makePlan();
    const goals = [plan.goals[0], { ...plan.goals[0], id: 'Z2', due: '2027-02-30' }];
    const source = text({ ...plan, goals });
    const [problem] = problemsOf(source);
    expect(problem?.path).toBe('goals[1].due');
    expect(problem?.message.en).toBe(
      `goals[1].due (line ${problem?.line}, column ${problem?.column}): expected a calendar date YYYY-MM-DD (or "" while not yet decided); found: "2027-02-30".`,
    );
    // The reported line really holds the field.
    expect(source.split('\n')[(problem?.line ?? 0) - 1]).toContain('"due": "2027-02-30"');
  });

  it('names a missing field and the enum values allowed', () => {
    const plan = makePlan();
    const { who: _who, ...actionWithoutWho } = plan.actions[0]!;
    const problems = problemsOf(
      text({
        ...plan,
        facts: [{ ...plan.facts[0], area: 'finance' }],
        actions: [actionWithoutWho],
      }),
    );
    const paths = problems.map((p) => p.path);
    expect(paths).toEqual(['facts[0].area', 'actions[0].who']);
    expect(problems[0]?.message.en).toContain(
      'expected one of "account", "market", "requirements", "competition", "other"; found: "finance"',
    );
    expect(problems[1]?.message.en).toContain('expected a text; it is missing');
    expect(problems[1]?.message.de).toContain('erwartet ein Text; es fehlt');
  });

  it('requires every collection and a non-empty account name', () => {
    const { goals: _goals, ...rest } = makePlan();
    const problems = problemsOf(text({ ...rest, account: { ...rest.account, name: '' } }));
    expect(problems.map((p) => p.path)).toEqual(['account.name', 'goals']);
    expect(problems[1]?.message.en).toContain('expected a list [ … ]; it is missing');
  });

  it('accepts empty due dates and empty texts: those are rule findings, not broken files', () => {
    const plan = makePlan();
    const result = validatePlanValue({
      ...plan,
      actions: [{ ...plan.actions[0], who: '', due: '' }],
      goals: [{ ...plan.goals[0], measure: '', due: '' }],
    });
    expect(result.ok).toBe(true);
  });

  it('rejects a periodStart whose 12-month window would end after the year 9999', () => {
    const plan = makePlan();
    const late = (periodStart: string) =>
      readPlanText(text({ ...plan, account: { ...plan.account, periodStart } }));
    expect(late('9998-12-31').ok).toBe(true);
    const result = late('9999-01-01');
    if (result.ok) throw new Error('expected the plan to be rejected');
    expect(result.problems[0]?.path).toBe('account.periodStart');
    expect(result.problems[0]?.message.en).toContain(
      'expected a calendar date YYYY-MM-DD, no later than 9998-12-31; found: "9999-01-01"',
    );
  });

  it('rejects an empty periodStart: the 12-month window needs it', () => {
    const plan = makePlan();
    const problems = problemsOf(text({ ...plan, account: { ...plan.account, periodStart: '' } }));
    expect(problems[0]?.path).toBe('account.periodStart');
  });
});

describe('readPlanText: ids and references', () => {
  it('names both places of a duplicate id', () => {
    const plan = makePlan();
    const problems = problemsOf(text({ ...plan, goals: [{ ...plan.goals[0], id: 'F2' }] }));
    expect(problems[0]).toMatchObject({ kind: 'duplicate-id', path: 'goals[0].id' });
    expect(problems[0]?.message.en).toContain('the id "F2" is already used by facts[1]');
  });

  it('names the field and the id of a dangling reference', () => {
    const plan = makePlan();
    const problems = problemsOf(
      text({ ...plan, soWhats: [{ ...plan.soWhats[0], factIds: ['F1', 'F99'] }, plan.soWhats[1]] }),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ kind: 'missing-reference', path: 'soWhats[0].factIds[1]' });
    expect(problems[0]?.message.en).toContain(
      '"F99" is not the id of a fact (no such id in the plan)',
    );
  });

  it('says when a reference points at an item of the wrong kind', () => {
    const plan = makePlan();
    const problems = problemsOf(
      text({ ...plan, actions: [{ ...plan.actions[0], strategyId: 'Z1' }, plan.actions[1]] }),
    );
    expect(problems[0]?.path).toBe('actions[0].strategyId');
    expect(problems[0]?.message.en).toContain(
      '"Z1" is not the id of a strategy (it is the id of a goal)',
    );
    expect(problems[0]?.message.de).toContain('(es ist die Id eines Ziels)');
  });

  it('lets goals be based on opportunities and risks, but not on so-whats', () => {
    const plan = makePlan();
    expect(
      validatePlanValue({ ...plan, goals: [{ ...plan.goals[0], basedOn: ['R1', 'O1'] }] }).ok,
    ).toBe(true);
    const result = validatePlanValue({ ...plan, goals: [{ ...plan.goals[0], basedOn: ['S1'] }] });
    expect(result.ok).toBe(false);
  });
});

describe('round trip', () => {
  it('keeps unknown fields at every level and the key order', () => {
    const plan = makePlan();
    const withExtras = {
      ...plan,
      crmLink: 'https://crm.example/accounts/42',
      account: { ...plan.account, industry: 'machinery' },
      facts: [{ ...plan.facts[0], confidence: 0.8, tags: ['growth'] }, plan.facts[1]],
    };
    const original = text(withExtras);
    const result = readPlanText(original);
    if (!result.ok) throw new Error(result.problems.map((p) => p.message.en).join('\n'));
    expect(writePlanText(result.plan)).toBe(`${original}\n`);
  });
});
