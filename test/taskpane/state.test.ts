import { capabilitiesFor, type HostInfo } from '../../src/office/host';
import type { OpenResult } from '../../src/office/storage';
import { makeEnvelope } from '../../src/plan/envelope';
import { readPlanText } from '../../src/plan/read';
import {
  canWrite,
  downloadName,
  initialState,
  paneReducer,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/state';
import { describeSteps, fill, paneLanguage, stepContents } from '../../src/taskpane/texts';
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
    expect(state.open).toEqual({ plan, source: 'file', fileName: 'plan.kap.json' });
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
    expect(state.open).toMatchObject({ source: 'file', fileName: 'good.kap.json' });
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

describe('paneReducer in PowerPoint and Word', () => {
  const powerpoint: HostInfo = {
    host: 'powerpoint',
    capabilities: capabilitiesFor('powerpoint', () => true),
  };
  const word: HostInfo = { host: 'word', capabilities: capabilitiesFor('word', () => true) };
  const oldPowerPoint: HostInfo = {
    host: 'powerpoint',
    capabilities: capabilitiesFor('powerpoint', () => false),
  };
  const stored = (overrides: Partial<OpenResult> = {}): OpenResult => ({
    envelope: makeEnvelope(plan, 'plan-1', new Date('2027-01-05T10:00:00Z')),
    unreadable: [],
    failures: [],
    ...overrides,
  });
  const inPowerPoint = (...actions: PaneAction[]) =>
    run({ type: 'host-ready', info: powerpoint }, ...actions);

  it('writes only in a host that can write', () => {
    expect(canWrite(initialState)).toBe(false);
    expect(canWrite(run({ type: 'host-ready', info: standalone }))).toBe(false);
    expect(canWrite(run({ type: 'host-ready', info: oldPowerPoint }))).toBe(false);
    expect(canWrite(inPowerPoint())).toBe(true);
    const opened = { type: 'open-read', fileName: 'p.kap.json', result: valid } as const;
    const start = { type: 'write-started', steps: [3] } as const;
    const standaloneState = run({ type: 'host-ready', info: standalone }, opened);
    expect(paneReducer(standaloneState, start)).toBe(standaloneState);
    const old = run({ type: 'host-ready', info: oldPowerPoint }, opened);
    expect(paneReducer(old, start)).toBe(old);
  });

  it('shows the plan stored in the document', () => {
    const state = inPowerPoint({ type: 'stored-plan-loaded', result: stored() });
    expect(state.open).toEqual({ plan, source: 'document' });
    expect(state.stored).toEqual({ unreadable: [], failures: [] });
    expect(state.status).toEqual({
      tone: 'success',
      message: {
        de: 'Plan für Müller Maschinenbau AG aus dieser Präsentation geladen.',
        en: 'Loaded the plan for Müller Maschinenbau AG from this presentation.',
      },
    });
    const inWord = run(
      { type: 'host-ready', info: word },
      { type: 'stored-plan-loaded', result: stored() },
    );
    expect(inWord.status?.message.de).toBe(
      'Plan für Müller Maschinenbau AG aus diesem Dokument geladen.',
    );
  });

  it('keeps a file opened meanwhile rather than the stored copy', () => {
    const other = makePlan({ account: { name: 'Other GmbH', periodStart: '2027-01-01' } });
    const state = inPowerPoint(
      { type: 'open-read', fileName: 'other.kap.json', result: { ok: true, plan: other } },
      { type: 'stored-plan-loaded', result: stored() },
    );
    expect(state.open).toEqual({ plan: other, source: 'file', fileName: 'other.kap.json' });
    // The status still speaks of the file, not of a plan "loaded from this presentation".
    expect(state.status?.message.en).toMatch(/^Opened .*other\.kap\.json/);
  });

  it('says nothing when the document holds no plan yet', () => {
    const state = inPowerPoint({
      type: 'stored-plan-loaded',
      result: { unreadable: [], failures: [] },
    });
    expect(state.open).toBeNull();
    expect(state.status).toBeNull();
    expect(state.stored).toEqual({ unreadable: [], failures: [] });
  });

  it('reports unreadable stored copies in plain words, singular and plural', () => {
    const copy = {
      slot: 'settings',
      where: { de: 'Dokumenteinstellungen', en: 'Document settings' },
      message: { de: 'Kein JSON.', en: 'Not JSON.' },
      raw: '{broken',
    };
    const one = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({ envelope: undefined, unreadable: [copy] }),
    });
    expect(one.open).toBeNull();
    expect(one.stored?.unreadable).toEqual([copy]);
    expect(one.status).toEqual({
      tone: 'error',
      message: {
        de: 'Eine gespeicherte Kopie in dieser Präsentation kann nicht gelesen werden. Sie bleibt unverändert; exportieren Sie die Rohdaten, um nichts zu verlieren.',
        en: 'One stored copy in this presentation cannot be read. It is left unchanged; export the raw data to keep it.',
      },
    });
    // A valid copy beside unreadable ones still opens; the warning wins the status line.
    const two = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({ unreadable: [copy, { ...copy, slot: 'tag' }] }),
    });
    expect(two.open?.source).toBe('document');
    expect(two.status?.message.en).toMatch(/^2 stored copies in this presentation cannot be read/);
  });

  it('reports a store that failed to read, and an open that threw', () => {
    const failed = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({
        envelope: undefined,
        failures: [{ de: 'Einstellungen: nicht lesbar.', en: 'Settings: could not be read.' }],
      }),
    });
    expect(failed.status).toEqual({
      tone: 'error',
      message: {
        de: 'Der in dieser Präsentation gespeicherte Plan konnte nicht gelesen werden: Einstellungen: nicht lesbar.',
        en: 'Could not read the plan stored in this presentation: Settings: could not be read.',
      },
    });
    const threw = inPowerPoint({ type: 'stored-plan-failed', reason: 'host gone' });
    expect(threw.status?.message.en).toBe(
      'Could not read the plan stored in this presentation: host gone',
    );
  });

  it('writes one step: busy with progress, then which steps were written', () => {
    const writing = inPowerPoint(
      { type: 'stored-plan-loaded', result: stored() },
      { type: 'write-started', steps: [3] },
    );
    expect(writing.busy).toBe('write');
    expect(writing.writing).toEqual([3]);
    expect(writing.status).toEqual({
      tone: 'info',
      message: {
        de: 'Schreiben in die Präsentation: Schritt 3 …',
        en: 'Writing into the presentation: step 3 …',
      },
    });
    // One write at a time; downloads and opening wait as well.
    expect(paneReducer(writing, { type: 'write-started', steps: [4] })).toBe(writing);
    expect(
      paneReducer(writing, { type: 'download-started', format: 'pptx', fileName: 'p.pptx' }),
    ).toBe(writing);
    expect(paneReducer(writing, { type: 'open-started', fileName: 'x.kap.json' })).toBe(writing);
    const done = paneReducer(writing, {
      type: 'write-done',
      steps: [3],
      result: { ok: true, written: [3] },
    });
    expect(done.busy).toBeNull();
    expect(done.writing).toBeNull();
    expect(done.status).toEqual({
      tone: 'success',
      message: {
        de: 'Geschrieben in die Präsentation: Schritt 3.',
        en: 'Written into the presentation: step 3.',
      },
    });
  });

  it('does not write without a plan', () => {
    const state = inPowerPoint();
    expect(paneReducer(state, { type: 'write-started', steps: [1] })).toBe(state);
  });

  it('reports a failed write with the host message and the steps unchanged or incomplete', () => {
    const state = run(
      { type: 'host-ready', info: word },
      { type: 'stored-plan-loaded', result: stored() },
      { type: 'write-started', steps: [0, 1, 2, 3, 4, 5, 6] },
      {
        type: 'write-done',
        steps: [0, 1, 2, 3, 4, 5, 6],
        result: {
          ok: false,
          message: { de: 'Das Dokument ist gesperrt.', en: 'The document is locked.' },
          written: [0, 1],
          unchanged: [3, 4, 5, 6],
          incomplete: [2],
        },
      },
    );
    expect(state.busy).toBeNull();
    expect(state.status).toEqual({
      tone: 'error',
      message: {
        de: 'Schreiben in das Dokument fehlgeschlagen: Das Dokument ist gesperrt. Geschrieben in das Dokument: Titel und Überblick, Schritt 1. Unverändert: Schritte 3–6. Möglicherweise unvollständig, bitte noch einmal schreiben: Schritt 2.',
        en: 'Writing into the document failed: The document is locked. Written into the document: cover and overview, step 1. Left unchanged: steps 3–6. Possibly incomplete, please write again: step 2.',
      },
    });
  });

  it('reports a write that threw (e.g. the renderers failed to load)', () => {
    const state = inPowerPoint(
      { type: 'stored-plan-loaded', result: stored() },
      { type: 'write-started', steps: [5] },
      { type: 'write-failed', steps: [5], reason: 'Loading chunk render failed.' },
    );
    expect(state.busy).toBeNull();
    expect(state.status?.tone).toBe('error');
    expect(state.status?.message.en).toBe(
      'Writing into the presentation failed: Loading chunk render failed. Possibly incomplete, please write again: step 5.',
    );
  });
});

describe('describeSteps', () => {
  it('names the cover, single steps, lists and runs', () => {
    expect(describeSteps([0, 1, 2, 3, 4, 5, 6])).toEqual({
      de: 'Titel und Überblick, Schritte 1–6',
      en: 'cover and overview, steps 1–6',
    });
    expect(describeSteps([3]).en).toBe('step 3');
    expect(describeSteps([0]).en).toBe('cover and overview');
    expect(describeSteps([4, 1, 1]).en).toBe('steps 1, 4');
    expect(describeSteps([1, 2]).de).toBe('Schritte 1, 2');
    expect(describeSteps([2, 3, 4]).de).toBe('Schritte 2–4');
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

describe('a failed save into the document', () => {
  it('is shown as an error and keeps the open plan', () => {
    const opened = paneReducer(initialState, {
      type: 'open-read',
      fileName: 'plan.kap.json',
      result: { ok: true, plan: makePlan() },
    });
    const failed = paneReducer(opened, {
      type: 'save-failed',
      message: { de: 'Speichern fehlgeschlagen: voll.', en: 'Saving failed: full.' },
    });
    expect(failed.open).toEqual(opened.open);
    expect(failed.status?.tone).toBe('error');
    expect(failed.status?.message.en).toMatch(
      /^Saving failed: full\. The plan is still in the task pane/,
    );
    expect(failed.status?.message.de).toMatch(/^Speichern fehlgeschlagen: voll\. Der Plan ist/);
  });
});
