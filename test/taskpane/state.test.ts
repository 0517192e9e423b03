import { capabilitiesFor, type HostInfo } from '../../src/office/host';
import { readPlanText } from '../../src/plan/read';
import {
  downloadName,
  initialState,
  paneReducer,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/state';
import { fill, paneLanguage, stepContents } from '../../src/taskpane/texts';
import { makeFact, makeGap, makePlan } from '../builders';

function run(...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, initialState);
}

const plan = makePlan({ account: { name: 'Müller Maschinenbau AG', periodStart: '2027-01-01' } });
const valid = { ok: true, plan } as const;
const standalone: HostInfo = { host: null, capabilities: capabilitiesFor(null, () => false) };

describe('paneReducer', () => {
  it('starts on step 1 with no plan, connecting to Office', () => {
    expect(initialState).toMatchObject({ step: 1, open: null, busy: null, status: null });
    expect(initialState.host).toEqual({ phase: 'starting' });
  });

  it('records the host once Office has answered', () => {
    expect(run({ type: 'host-ready', info: standalone }).host).toEqual({
      phase: 'ready',
      info: standalone,
    });
  });

  it('moves between the six steps and stops at both ends', () => {
    expect(run({ type: 'select-step', step: 4 }).step).toBe(4);
    expect(run({ type: 'move-step', by: 1 }).step).toBe(2);
    expect(run({ type: 'move-step', by: -1 }).step).toBe(1);
    expect(run({ type: 'select-step', step: 6 }, { type: 'move-step', by: 1 }).step).toBe(6);
    expect(run({ type: 'select-step', step: 6 }, { type: 'move-step', by: -1 }).step).toBe(5);
  });

  it('opens a valid plan, goes back to step 1 and says so politely', () => {
    const state = run(
      { type: 'select-step', step: 3 },
      { type: 'open-started', fileName: 'plan.kap.json' },
      { type: 'open-read', fileName: 'plan.kap.json', result: valid },
    );
    expect(state.open).toEqual({ plan, fileName: 'plan.kap.json' });
    expect(state.step).toBe(1);
    expect(state.busy).toBeNull();
    expect(state.status).toEqual({
      tone: 'success',
      message: {
        de: 'Müller Maschinenbau AG geöffnet (plan.kap.json).',
        en: 'Opened Müller Maschinenbau AG (plan.kap.json).',
      },
    });
  });

  it('is busy while a file is read and ignores a second start meanwhile', () => {
    const reading = run({ type: 'open-started', fileName: 'a.kap.json' });
    expect(reading.busy).toBe('open');
    expect(reading.status?.tone).toBe('info');
    expect(paneReducer(reading, { type: 'open-started', fileName: 'b.kap.json' })).toBe(reading);
  });

  it('keeps the open plan and lists the problems when a file is invalid', () => {
    const bad = readPlanText('{ "format": "kap", "version": 1, ');
    if (bad.ok) throw new Error('expected the text to be invalid');
    const state = run(
      { type: 'open-started', fileName: 'good.kap.json' },
      { type: 'open-read', fileName: 'good.kap.json', result: valid },
      { type: 'open-started', fileName: 'bad.kap.json' },
      { type: 'open-read', fileName: 'bad.kap.json', result: bad },
    );
    expect(state.open?.fileName).toBe('good.kap.json');
    expect(state.rejected).toEqual({ fileName: 'bad.kap.json', problems: bad.problems });
    expect(state.status?.tone).toBe('error');
    expect(state.status?.message.en).toMatch(
      /^bad\.kap\.json is not a valid plan \(\d+ problems?\)\.$/,
    );
    expect(state.busy).toBeNull();
  });

  it('counts the problems in singular and plural', () => {
    const problem = { kind: 'schema', message: { de: 'x', en: 'x' } } as const;
    const rejected = (count: number) =>
      run({
        type: 'open-read',
        fileName: 'b.kap.json',
        result: { ok: false, problems: Array.from({ length: count }, () => problem) },
      }).status?.message;
    expect(rejected(1)).toEqual({
      de: 'b.kap.json ist kein gültiger Plan (1 Problem).',
      en: 'b.kap.json is not a valid plan (1 problem).',
    });
    expect(rejected(3)).toEqual({
      de: 'b.kap.json ist kein gültiger Plan (3 Probleme).',
      en: 'b.kap.json is not a valid plan (3 problems).',
    });
  });

  it('clears the problems of a rejected file once a valid one opens', () => {
    const state = run(
      {
        type: 'open-read',
        fileName: 'bad.kap.json',
        result: { ok: false, problems: [{ kind: 'syntax', message: { de: 'x', en: 'x' } }] },
      },
      { type: 'open-read', fileName: 'good.kap.json', result: valid },
    );
    expect(state.rejected).toBeNull();
  });

  it('reports a file that could not be read at all', () => {
    const state = run(
      { type: 'open-started', fileName: 'x.kap.json' },
      { type: 'open-failed', fileName: 'x.kap.json', reason: 'permission denied' },
    );
    expect(state.busy).toBeNull();
    expect(state.status).toEqual({
      tone: 'error',
      message: {
        de: 'x.kap.json konnte nicht gelesen werden: permission denied',
        en: 'Could not read x.kap.json: permission denied',
      },
    });
  });

  it('downloads only with a plan open and one download at a time', () => {
    const start: PaneAction = { type: 'download-started', format: 'pptx', fileName: 'p.pptx' };
    expect(run(start)).toBe(initialState);
    const opened = run({ type: 'open-read', fileName: 'p.kap.json', result: valid });
    const rendering = paneReducer(opened, start);
    expect(rendering.busy).toBe('pptx');
    expect(paneReducer(rendering, { ...start, format: 'docx' })).toBe(rendering);
    const done = paneReducer(rendering, {
      type: 'download-done',
      format: 'pptx',
      fileName: 'p.pptx',
    });
    expect(done.busy).toBeNull();
    expect(done.status).toEqual({
      tone: 'success',
      message: { de: 'p.pptx wurde heruntergeladen.', en: 'Downloaded p.pptx.' },
    });
  });

  it('reports a failed download with its reason and frees the buttons', () => {
    const state = run(
      { type: 'open-read', fileName: 'p.kap.json', result: valid },
      { type: 'download-started', format: 'docx', fileName: 'p.docx' },
      { type: 'download-failed', format: 'docx', fileName: 'p.docx', reason: 'chunk failed' },
    );
    expect(state.busy).toBeNull();
    expect(state.status?.tone).toBe('error');
    expect(state.status?.message.en).toBe('Could not create p.docx: chunk failed');
  });

  it('dismisses the status message', () => {
    const state = run(
      { type: 'open-failed', fileName: 'x', reason: 'y' },
      { type: 'dismiss-status' },
    );
    expect(state.status).toBeNull();
  });
});

describe('downloadName', () => {
  it('names the file after the account', () => {
    expect(downloadName(plan, 'pptx')).toBe('Müller Maschinenbau AG.pptx');
    expect(downloadName(plan, 'docx')).toBe('Müller Maschinenbau AG.docx');
  });

  it('replaces characters that file systems reject and falls back for an empty name', () => {
    const odd = makePlan({ account: { name: 'A/B: "C"\t*D*', periodStart: '2027-01-01' } });
    expect(downloadName(odd, 'pptx')).toBe('A B C D.pptx');
    const blank = makePlan({ account: { name: ' / ', periodStart: '2027-01-01' } });
    expect(downloadName(blank, 'docx')).toBe('key-account-plan.docx');
  });
});

describe('texts', () => {
  it('picks German for any German locale, English otherwise', () => {
    expect(paneLanguage('de-DE')).toBe('de');
    expect(paneLanguage('de-AT')).toBe('de');
    expect(paneLanguage('DE')).toBe('de');
    expect(paneLanguage('en-US')).toBe('en');
    expect(paneLanguage('fr-FR')).toBe('en');
    expect(paneLanguage(undefined)).toBe('en');
  });

  it('counts what the plan holds per step, singular and plural', () => {
    const p = makePlan({ facts: [makeFact(), makeFact({ id: 'F2' })], gaps: [makeGap()] });
    expect(stepContents(p, 1, 'en')).toBe('2 facts, 1 data gap');
    expect(stepContents(p, 1, 'de')).toBe('2 Fakten, 1 Datenlücke');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });
});
