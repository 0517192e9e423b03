// The editor's state without React: undo and redo over the plan's edits, typing joined into one
// undo step, "changed since written", the derived labels and findings, the SMART letters, the
// action order, and the plan kept in the browser.
import type { Edit } from '../../src/plan/edit';
import { readEnvelopeText } from '../../src/plan/envelope';
import type { Plan } from '../../src/plan/schema';
import {
  createBrowserStore,
  PLAN_KEY,
  SET_ASIDE_PREFIX,
  type BrowserEnvironment,
} from '../../src/taskpane/session/browserStore';
import { derive, labelsOf } from '../../src/taskpane/state/derived';
import {
  editorReducer,
  HISTORY_LIMIT,
  initialEditor,
  TYPING_PAUSE_MS,
  type EditorAction,
  type EditorState,
} from '../../src/taskpane/state/editor';
import { changedSinceWritten, fingerprints } from '../../src/taskpane/state/fingerprint';
import { byDue, isOverdue } from '../../src/taskpane/steps/actions/order';
import { smartCheck } from '../../src/taskpane/steps/goals/smart';
import { LABEL_PREFIXES } from '../../src/story/labels';
import { makeAction, makeFact, makeGoal, makePlan } from '../builders';

function run(state: EditorState, ...actions: EditorAction[]): EditorState {
  return actions.reduce(editorReducer, state);
}

const loaded = run(initialEditor, { type: 'load', plan: makePlan(), undoable: false });
const typing = (text: string, at: number, field = 'F1:text'): EditorAction => ({
  type: 'edit',
  edit: { type: 'update', collection: 'facts', id: 'F1', patch: { text } },
  typing: field,
  at,
});

describe('undo and redo', () => {
  it('undoes and redoes every edit, and a new edit drops what was undone', () => {
    const remove: Edit = { type: 'remove', collection: 'facts', id: 'F2' };
    const removed = run(loaded, { type: 'edit', edit: remove, at: 0 });
    expect(removed.plan?.facts).toHaveLength(1);
    const undone = run(removed, { type: 'undo' });
    expect(undone.plan).toBe(loaded.plan);
    const redone = run(undone, { type: 'redo' });
    expect(redone.plan).toBe(removed.plan);
    const branched = run(undone, typing('x', 0));
    expect(branched.future).toEqual([]);
    expect(run(branched, { type: 'redo' })).toBe(branched);
  });

  it('joins the keystrokes of one field into one step, until a pause or another field', () => {
    const typed = run(loaded, typing('P', 0), typing('Pl', 100), typing('Pla', 200));
    expect(typed.past).toHaveLength(1);
    expect(run(typed, { type: 'undo' }).plan).toBe(loaded.plan);
    const paused = run(typed, typing('Plan', 200 + TYPING_PAUSE_MS));
    expect(paused.past).toHaveLength(2);
    const other = run(typed, typing('x', 250, 'F1:source'));
    expect(other.past).toHaveLength(2);
  });

  it('keeps at least 100 steps, and at most the limit', () => {
    let state = loaded;
    for (let i = 0; i < HISTORY_LIMIT + 20; i++) state = run(state, typing(`t${i}`, i * 10_000));
    expect(state.past).toHaveLength(HISTORY_LIMIT);
    expect(HISTORY_LIMIT).toBeGreaterThanOrEqual(100);
    for (let i = 0; i < 100; i++) state = run(state, { type: 'undo' });
    expect(state.plan?.facts[0]?.text).toBe(`t${HISTORY_LIMIT + 19 - 100}`);
  });

  it('records a refused edit with its reason and changes nothing else', () => {
    const refused = run(loaded, {
      type: 'edit',
      edit: { type: 'update', collection: 'goals', id: 'Z1', patch: { due: '31.12.2027' } },
      at: 0,
    });
    expect(refused.plan).toBe(loaded.plan);
    expect(refused.past).toBe(loaded.past);
    expect(refused.refusal?.reason.en).toMatch(/for "due"/);
    const again = run(refused, {
      type: 'edit',
      edit: { type: 'update', collection: 'goals', id: 'Z1', patch: { due: '31.12.2027' } },
      at: 1,
    });
    expect(again.refusal?.seq).toBe((refused.refusal?.seq ?? 0) + 1);
  });

  it('loads a plan undoably (a file replacing the open plan) or as a fresh start', () => {
    const other = makePlan({ account: { name: 'Other', periodStart: '2027-01-01' } });
    const replaced = run(loaded, { type: 'load', plan: other, undoable: true });
    expect(run(replaced, { type: 'undo' }).plan).toBe(loaded.plan);
    const fresh = run(loaded, { type: 'load', plan: other, undoable: false });
    expect(fresh.past).toEqual([]);
    expect(run(initialEditor, { type: 'undo' })).toBe(initialEditor);
  });

  it('counts a revision for every change of the plan, and none for a refused edit', () => {
    const once = run(loaded, typing('x', 0));
    expect(once.revision).toBe(loaded.revision + 1);
    expect(run(once, { type: 'undo' }).revision).toBe(loaded.revision + 2);
    const moveInPlace: EditorAction = {
      type: 'edit',
      edit: { type: 'move', collection: 'facts', id: 'F1', to: 0 },
      at: 0,
    };
    expect(run(loaded, moveInPlace)).toBe(loaded);
  });
});

describe('changed since written', () => {
  it('marks the steps whose content changed after they were written, and only those', () => {
    const plan = makePlan();
    const written = fingerprints(plan, [0, 1, 2, 3, 4, 5, 6]);
    expect(changedSinceWritten(plan, written)).toEqual([]);
    const newGoalText: Plan = { ...plan, goals: [{ ...plan.goals[0]!, title: 'Changed' }] };
    // The cover (red thread), the focus (addressed by), goals, strategy and actions show goals.
    expect(changedSinceWritten(newGoalText, written)).toEqual([0, 3, 4, 5, 6]);
    const newFact: Plan = { ...plan, facts: [...plan.facts, makeFact({ id: 'F3' })] };
    expect(changedSinceWritten(newFact, written)).toEqual([0, 1, 2, 5]);
    // Steps never written are not "changed".
    expect(changedSinceWritten(newFact, fingerprints(plan, [6]))).toEqual([]);
  });

  it('counts a step’s message title, the summary and the buying centre where they are shown', () => {
    const plan = makePlan();
    const written = fingerprints(plan, [0, 1, 2, 3, 4, 5, 6]);
    const titled: Plan = { ...plan, headlines: { '3': 'Two bets, one risk' } };
    expect(changedSinceWritten(titled, written)).toEqual([0, 3]);
    const summarised: Plan = { ...plan, summary: { situation: 'Stable' } };
    expect(changedSinceWritten(summarised, written)).toEqual([0]);
    const people: Plan = { ...plan, people: [{ id: 'P1', name: 'Dr. Hoffmann' }] };
    expect(changedSinceWritten(people, written)).toEqual([1, 6]);
  });

  it('keeps the fingerprints through undo and takes new ones on write', () => {
    const written = run(loaded, { type: 'written', fingerprints: { 3: 'abc' } });
    expect(run(written, typing('x', 0), { type: 'undo' }).written).toEqual({ 3: 'abc' });
    expect(run(written, { type: 'written', fingerprints: { 4: 'def' } }).written).toEqual({
      3: 'abc',
      4: 'def',
    });
  });
});

describe('what the pane derives', () => {
  it('labels items as the documents do, per language', () => {
    const plan = makePlan();
    for (const language of ['de', 'en'] as const) {
      const labels = labelsOf(plan, language);
      expect(labels.get('O1')).toBe(`${LABEL_PREFIXES[language].opportunities}1`);
      expect(labels.get('F2')).toBe(`${LABEL_PREFIXES[language].facts}2`);
      expect(labels.get('Z1')).toBe(`${LABEL_PREFIXES[language].goals}1`);
    }
  });

  it('gives each step its state, counts and findings, and each item its findings', () => {
    const plan = makePlan({
      facts: [...makePlan().facts, makeFact({ id: 'F9', text: 'Unused' })],
      actions: [makeAction({ who: '' }), makePlan().actions[1]!],
      goals: [],
      strategies: [],
    });
    const derived = derive(plan, 'en');
    expect(derived.steps[1]).toMatchObject({ state: 'in-progress', errors: 0, warnings: 1 });
    expect(derived.steps[4].state).toBe('empty');
    expect(derived.steps[6].errors).toBe(1);
    expect(derived.byItem.get('F9')?.map((f) => f.code)).toEqual(['fact-not-used']);
    expect(derived.unusedFacts).toEqual(['F9']);
    // Messages name items by the labels the pane shows.
    const label = derived.labels.get('F9')!;
    expect(derived.byItem.get('F9')?.[0]?.message.en).toContain(`Fact ${label} “Unused”`);
    const clean = derive(makePlan(), 'en');
    expect(clean.steps[2].state).toBe('complete');
  });
});

describe('SMART letters', () => {
  const window = { start: '2027-01-01', end: '2028-01-01' };
  it('holds where the goal has what the letter needs', () => {
    expect(smartCheck(makeGoal(), window)).toEqual({
      S: 'holds',
      M: 'holds',
      A: 'judge',
      R: 'holds',
      T: 'holds',
    });
    expect(
      smartCheck(makeGoal({ target: ' ', measure: '', basedOn: [], due: '2028-01-01' }), window),
    ).toEqual({ S: 'missing', M: 'missing', A: 'judge', R: 'missing', T: 'missing' });
    expect(smartCheck(makeGoal({ due: '' }), window).T).toBe('missing');
  });
});

describe('the action plan’s order', () => {
  it('sorts by due date, undated last, ties in plan order, and marks what is overdue', () => {
    const actions = [
      makeAction({ id: 'A1', due: '2027-05-01' }),
      makeAction({ id: 'A2', due: '' }),
      makeAction({ id: 'A3', due: '2027-02-01' }),
      makeAction({ id: 'A4', due: '2027-05-01' }),
    ];
    expect(byDue(actions).map((a) => a.id)).toEqual(['A3', 'A1', 'A4', 'A2']);
    expect(isOverdue(actions[0]!, '2027-05-02')).toBe(true);
    expect(isOverdue(actions[0]!, '2027-05-01')).toBe(false);
    expect(isOverdue({ ...actions[0]!, status: 'done' }, '2027-06-01')).toBe(false);
    expect(isOverdue(actions[1]!, '2030-01-01')).toBe(false);
  });
});

describe('the plan kept in this browser', () => {
  function memory(): BrowserEnvironment & { items: Map<string, string> } {
    const items = new Map<string, string>();
    return {
      items,
      storage: {
        getItem: (key) => items.get(key) ?? null,
        setItem: (key, value) => void items.set(key, value),
      },
      now: () => new Date('2027-03-01T10:00:00Z'),
      newId: () => 'plan-1',
    };
  }

  it('saves the plan in the document’s envelope and brings it back', () => {
    const env = memory();
    const store = createBrowserStore(env);
    expect(store.open()).toEqual({});
    const plan = makePlan();
    store.save(plan, { 3: 'abc' });
    store.save(plan, { 3: 'abc' });
    const read = readEnvelopeText(env.items.get(PLAN_KEY)!);
    expect(read.ok && read.envelope).toMatchObject({
      planId: 'plan-1',
      revision: 2,
      written: { 3: 'abc' },
    });
    const again = createBrowserStore(env).open();
    expect(again.envelope?.plan).toEqual(plan);
  });

  it('moves a copy it cannot read aside, never overwriting it', () => {
    const env = memory();
    env.items.set(PLAN_KEY, '{"format":"kap-envelope","version":99}');
    const store = createBrowserStore(env);
    const opened = store.open();
    expect(opened.unreadable?.raw).toBe('{"format":"kap-envelope","version":99}');
    const aside = opened.unreadable?.key ?? '';
    expect(aside.startsWith(SET_ASIDE_PREFIX)).toBe(true);
    store.save(makePlan(), {});
    expect(env.items.get(aside)).toBe('{"format":"kap-envelope","version":99}');
  });

  it('refuses to save over an unreadable copy it could not move aside', () => {
    const env = memory();
    env.items.set(PLAN_KEY, '{broken');
    const full: BrowserEnvironment = {
      ...env,
      storage: {
        getItem: env.storage.getItem,
        setItem: (key, value) => {
          if (key !== PLAN_KEY || value !== '') throw new Error('QuotaExceededError');
          env.items.set(key, value);
        },
      },
    };
    const store = createBrowserStore(full);
    expect(store.open().unreadable?.key).toBe(PLAN_KEY);
    expect(() => store.save(makePlan(), {})).toThrow(/cannot be read/);
    expect(env.items.get(PLAN_KEY)).toBe('{broken');
  });

  it('says when the browser refuses its storage', () => {
    const store = createBrowserStore({
      storage: {
        getItem: () => {
          throw new Error('SecurityError: storage is disabled');
        },
        setItem: () => undefined,
      },
    });
    expect(store.open()).toEqual({ failure: 'SecurityError: storage is disabled' });
  });

  it('hears another window’s save, and not its own', () => {
    const listeners: ((event: StorageEvent) => void)[] = [];
    const env = {
      ...memory(),
      addEventListener: (_: 'storage', l: (event: StorageEvent) => void) => void listeners.push(l),
      removeEventListener: () => undefined,
    };
    const heard: string[] = [];
    createBrowserStore(env).watch(() => heard.push('changed'));
    listeners.forEach((l) => l({ key: 'other', newValue: 'x' } as StorageEvent));
    listeners.forEach((l) => l({ key: PLAN_KEY, newValue: '{}' } as StorageEvent));
    expect(heard).toEqual(['changed']);
  });
});
