// The pane's flow as a pure reducer: steps, opening files, downloads, writing into the document,
// the stored plan, saving, focus requests.
import { capabilitiesFor, type HostInfo, type OpenResult } from '../../src/office';
import { makeEnvelope } from '../../src/plan/envelope';
import { readPlanText } from '../../src/plan/read';
import { describeSteps, fill, paneLanguage } from '../../src/taskpane/i18n/texts';
import {
  canWrite,
  fileNameFor,
  initialPane,
  keptInDocument,
  paneReducer,
  type PaneAction,
  type PaneState,
} from '../../src/taskpane/state/pane';
import { makePlan } from '../builders';

const start = initialPane('en');
function run(...actions: PaneAction[]): PaneState {
  return actions.reduce(paneReducer, start);
}

const plan = makePlan({ account: { name: 'Müller Maschinenbau AG', periodStart: '2027-01-01' } });
const standalone: HostInfo = { host: null, capabilities: capabilitiesFor(null, () => false) };
const powerpoint: HostInfo = {
  host: 'powerpoint',
  capabilities: capabilitiesFor('powerpoint', () => true),
};
const word: HostInfo = { host: 'word', capabilities: capabilitiesFor('word', () => true) };
const oldPowerPoint: HostInfo = {
  host: 'powerpoint',
  capabilities: capabilitiesFor('powerpoint', () => false),
};

describe('steps and focus', () => {
  it('starts on step 1, connecting to Office, in the language it was given', () => {
    expect(start).toMatchObject({ step: 1, busy: null, status: null, language: 'en' });
    expect(start.host).toEqual({ phase: 'starting' });
    expect(initialPane('de').language).toBe('de');
  });

  it('moves between the six steps and stops at both ends', () => {
    expect(run({ type: 'select-step', step: 4 }).step).toBe(4);
    expect(run({ type: 'move-step', by: 1 }).step).toBe(2);
    expect(run({ type: 'move-step', by: -1 }).step).toBe(1);
    expect(run({ type: 'select-step', step: 6 }, { type: 'move-step', by: 1 }).step).toBe(6);
  });

  it('moves to the item’s step with a numbered focus request, until a view takes it', () => {
    const first = run({ type: 'focus-item', step: 5, id: 'ST1', field: 'levers' });
    expect(first.step).toBe(5);
    expect(first.focus).toEqual({ id: 'ST1', field: 'levers', seq: 1 });
    const again = paneReducer(first, { type: 'focus-item', step: 5, id: 'ST1', field: 'levers' });
    expect(again.focus?.seq).toBe(2); // the same request twice is two requests
    expect(paneReducer(again, { type: 'focus-done' }).focus).toBeNull();
  });

  it('switches the pane’s language', () => {
    expect(run({ type: 'language', language: 'de' }).language).toBe('de');
  });
});

describe('opening a file', () => {
  it('is busy while a file is read and ignores a second start meanwhile', () => {
    const reading = run({ type: 'open-started', fileName: 'a.kap.json' });
    expect(reading.busy).toBe('open');
    expect(reading.status?.tone).toBe('info');
    expect(paneReducer(reading, { type: 'open-started', fileName: 'b.kap.json' })).toBe(reading);
  });

  it('says what opened and goes to step 1', () => {
    const state = run(
      { type: 'select-step', step: 3 },
      { type: 'open-started', fileName: 'plan.kap.json' },
      { type: 'open-done', fileName: 'plan.kap.json', account: 'Müller Maschinenbau AG' },
    );
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

  it('lists the problems of an invalid file, singular and plural, and clears them later', () => {
    const bad = readPlanText('{ "format": "kap", "version": 1, ');
    if (bad.ok) throw new Error('expected the text to be invalid');
    const state = run(
      { type: 'open-started', fileName: 'bad.kap.json' },
      { type: 'open-rejected', fileName: 'bad.kap.json', problems: bad.problems },
    );
    expect(state.rejected).toEqual({ fileName: 'bad.kap.json', problems: bad.problems });
    expect(state.status?.tone).toBe('error');
    expect(state.busy).toBeNull();
    const problem = { kind: 'schema', message: { de: 'x', en: 'x' } } as const;
    const rejected = (count: number) =>
      run({
        type: 'open-rejected',
        fileName: 'b.kap.json',
        problems: Array.from({ length: count }, () => problem),
      }).status?.message;
    expect(rejected(1)).toEqual({
      de: 'b.kap.json ist kein gültiger Plan (1 Problem).',
      en: 'b.kap.json is not a valid plan (1 problem).',
    });
    expect(rejected(3)?.en).toBe('b.kap.json is not a valid plan (3 problems).');
    const later = paneReducer(state, { type: 'open-done', fileName: 'g', account: 'G' });
    expect(later.rejected).toBeNull();
  });

  it('reports a file that could not be read, and a replacement the user declined', () => {
    const failed = run(
      { type: 'open-started', fileName: 'x.kap.json' },
      { type: 'open-failed', fileName: 'x.kap.json', reason: 'permission denied' },
    );
    expect(failed.busy).toBeNull();
    expect(failed.status?.message.en).toBe('Could not read x.kap.json: permission denied');
    const declined = run(
      { type: 'open-started', fileName: 'x.kap.json' },
      { type: 'open-cancelled' },
    );
    expect(declined.busy).toBeNull();
    expect(declined.status?.message.en).toBe('The open plan stays.');
  });
});

describe('downloads and messages', () => {
  it('downloads one file at a time and says when it is done or failed', () => {
    const begin: PaneAction = { type: 'download-started', format: 'pptx', fileName: 'p.pptx' };
    const rendering = run(begin);
    expect(rendering.busy).toBe('pptx');
    expect(paneReducer(rendering, { ...begin, format: 'docx' })).toBe(rendering);
    const done = paneReducer(rendering, {
      type: 'download-done',
      format: 'pptx',
      fileName: 'p.pptx',
    });
    expect(done.busy).toBeNull();
    expect(done.status?.message.en).toBe('Downloaded p.pptx.');
    const failed = paneReducer(rendering, {
      type: 'download-failed',
      format: 'pptx',
      fileName: 'p.pptx',
      reason: 'chunk failed',
    });
    expect(failed.status?.message.en).toBe('Could not create p.pptx: chunk failed');
  });

  it('dismisses a message, but a timed dismissal only the message it was set for', () => {
    const shown = run({ type: 'notice-info', message: { de: 'a', en: 'a' } });
    const newer = paneReducer(shown, { type: 'notice', message: { de: 'b', en: 'b' } });
    expect(paneReducer(newer, { type: 'dismiss-status', only: shown.status! })).toBe(newer);
    expect(paneReducer(shown, { type: 'dismiss-status', only: shown.status! }).status).toBeNull();
    expect(paneReducer(newer, { type: 'dismiss-status' }).status).toBeNull();
  });

  it('keeps a failed save visible as the save state and as an error', () => {
    const failed = run(
      { type: 'saving' },
      {
        type: 'save-failed',
        message: { de: 'Speichern fehlgeschlagen: voll.', en: 'Saving failed: full.' },
      },
    );
    expect(failed.save).toEqual({
      phase: 'failed',
      message: { de: 'Speichern fehlgeschlagen: voll.', en: 'Saving failed: full.' },
    });
    expect(failed.status?.message.en).toMatch(
      /^Saving failed: full\. The plan is still in the task pane/,
    );
    expect(paneReducer(failed, { type: 'saved' }).save).toEqual({ phase: 'saved' });
    // A retry that fails the same way does not announce it again.
    const again = paneReducer(paneReducer(failed, { type: 'dismiss-status' }), {
      type: 'save-failed',
      message: { de: 'Speichern fehlgeschlagen: voll.', en: 'Saving failed: full.' },
    });
    expect(again.status).toBeNull();
    expect(paneReducer(failed, { type: 'retrying', inMs: 5000 }).save).toEqual({
      phase: 'retrying',
      inMs: 5000,
      message: { de: 'Speichern fehlgeschlagen: voll.', en: 'Saving failed: full.' },
    });
  });
});

describe('PowerPoint and Word', () => {
  const stored = (overrides: Partial<OpenResult> = {}): OpenResult => ({
    envelope: makeEnvelope(plan, 'plan-1', new Date('2027-01-05T10:00:00Z')),
    unreadable: [],
    failures: [],
    ...overrides,
  });
  const inPowerPoint = (...actions: PaneAction[]) =>
    run({ type: 'host-ready', info: powerpoint }, ...actions);

  it('writes only in a host that can write, and keeps the plan where the host can store it', () => {
    expect(canWrite(start)).toBe(false);
    expect(canWrite(run({ type: 'host-ready', info: standalone }))).toBe(false);
    expect(canWrite(run({ type: 'host-ready', info: oldPowerPoint }))).toBe(false);
    expect(canWrite(inPowerPoint())).toBe(true);
    expect(keptInDocument(inPowerPoint())).toBe(true);
    expect(keptInDocument(run({ type: 'host-ready', info: standalone }))).toBe(false);
    const begin = { type: 'write-started', steps: [3] } as const;
    const outside = run({ type: 'host-ready', info: standalone });
    expect(paneReducer(outside, begin)).toBe(outside);
  });

  it('says where a stored plan came from, and nothing when it was not used', () => {
    const state = inPowerPoint({ type: 'stored-plan-loaded', result: stored(), used: true });
    expect(state.status?.message).toEqual({
      de: 'Plan für Müller Maschinenbau AG aus dieser Präsentation geladen.',
      en: 'Loaded the plan for Müller Maschinenbau AG from this presentation.',
    });
    const inWord = run(
      { type: 'host-ready', info: word },
      { type: 'stored-plan-loaded', result: stored(), used: true },
    );
    expect(inWord.status?.message.de).toBe(
      'Plan für Müller Maschinenbau AG aus diesem Dokument geladen.',
    );
    // A plan the user started meanwhile stays: "loaded from this presentation" would be wrong.
    expect(
      inPowerPoint({ type: 'stored-plan-loaded', result: stored(), used: false }).status,
    ).toBeNull();
  });

  it('reports unreadable stored copies, singular and plural, and a store that failed', () => {
    const copy = {
      slot: 'settings',
      where: { de: 'Dokumenteinstellungen', en: 'Document settings' },
      message: { de: 'Kein JSON.', en: 'Not JSON.' },
      raw: '{broken',
    };
    const one = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({ envelope: undefined, unreadable: [copy] }),
      used: false,
    });
    expect(one.stored?.unreadable).toEqual([copy]);
    expect(one.status?.message.en).toBe(
      'One stored copy in this presentation cannot be read. It is left unchanged; export the raw data to keep it.',
    );
    const two = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({ unreadable: [copy, { ...copy, slot: 'tag' }] }),
      used: true,
    });
    expect(two.status?.message.en).toMatch(/^2 stored copies in this presentation cannot be read/);
    const failed = inPowerPoint({
      type: 'stored-plan-loaded',
      result: stored({
        envelope: undefined,
        failures: [{ de: 'Einstellungen: nicht lesbar.', en: 'Settings: could not be read.' }],
      }),
      used: false,
    });
    expect(failed.status?.message.en).toBe(
      'Could not read the plan stored in this presentation: Settings: could not be read.',
    );
    expect(
      inPowerPoint({ type: 'stored-plan-failed', reason: 'host gone' }).status?.message.en,
    ).toBe('Could not read the plan stored in this presentation: host gone');
  });

  it('writes one step: busy with progress, nothing else meanwhile, then what was written', () => {
    const writing = inPowerPoint({ type: 'write-started', steps: [3] });
    expect(writing.busy).toBe('write');
    expect(writing.status?.message).toEqual({
      de: 'Schreiben in die Präsentation: Schritt 3 …',
      en: 'Writing into the presentation: step 3 …',
    });
    expect(paneReducer(writing, { type: 'write-started', steps: [4] })).toBe(writing);
    expect(paneReducer(writing, { type: 'download-started', format: 'pptx', fileName: 'p' })).toBe(
      writing,
    );
    expect(paneReducer(writing, { type: 'open-started', fileName: 'x' })).toBe(writing);
    const done = paneReducer(writing, {
      type: 'write-done',
      steps: [3],
      result: { ok: true, written: [3] },
    });
    expect(done.busy).toBeNull();
    expect(done.status?.message.en).toBe('Written into the presentation: step 3.');
  });

  it('reports a failed write with the host’s words and the steps unchanged or incomplete', () => {
    const state = run(
      { type: 'host-ready', info: word },
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
    expect(state.status?.message.en).toBe(
      'Writing into the document failed: The document is locked. Written into the document: cover and overview, step 1. Left unchanged: steps 3–6. Possibly incomplete, please write again: step 2.',
    );
    const threw = inPowerPoint(
      { type: 'write-started', steps: [5] },
      { type: 'write-failed', steps: [5], reason: 'Loading chunk render failed.' },
    );
    expect(threw.status?.message.en).toBe(
      'Writing into the presentation failed: Loading chunk render failed. Possibly incomplete, please write again: step 5.',
    );
  });
});

describe('words', () => {
  it('names the cover, single steps, lists and runs', () => {
    expect(describeSteps([0, 1, 2, 3, 4, 5, 6])).toEqual({
      de: 'Titel und Überblick, Schritte 1–6',
      en: 'cover and overview, steps 1–6',
    });
    expect(describeSteps([3]).en).toBe('step 3');
    expect(describeSteps([4, 1, 1]).en).toBe('steps 1, 4');
    expect(describeSteps([2, 3, 4]).de).toBe('Schritte 2–4');
  });

  it('picks German for any German locale, English otherwise', () => {
    expect(paneLanguage('de-DE')).toBe('de');
    expect(paneLanguage('DE')).toBe('de');
    expect(paneLanguage('fr-FR')).toBe('en');
    expect(paneLanguage(undefined)).toBe('en');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(fill('{a} and {b}', { a: 1 })).toBe('1 and {b}');
  });

  it('names files after the account, safe for every file system', () => {
    expect(fileNameFor('Müller Maschinenbau AG', 'pptx')).toBe('Müller Maschinenbau AG.pptx');
    expect(fileNameFor('A/B: "C"\t*D*', 'kap.json')).toBe('A B C D.kap.json');
    expect(fileNameFor(' / ', 'docx')).toBe('key-account-plan.docx');
  });
});
