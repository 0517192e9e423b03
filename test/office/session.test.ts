// The facade as the task pane uses it: open the stored plan, write steps, save; then close and
// reopen the document and find the plan again, with rewrites landing in place.
import {
  capabilitiesFor,
  createSession,
  type HostInfo,
  type OfficeDeps,
  type SaveResult,
} from '../../src/office';
import { buildStory } from '../../src/story';
import { makePlan } from '../builders';
import { asCustomXmlParts, asSettings } from './fakes/common';
import { FakePowerPoint, presentationWith, type PresentationModel } from './fakes/powerpoint';
import { fakeRenderDeck, toBase64 } from './fakes/render';
import { FakeWord, documentWith, paragraph, type WordDocumentModel } from './fakes/word';

const deps: OfficeDeps = { buildStory, renderDeck: fakeRenderDeck, toBase64 };
const today = '2027-01-15';

function powerPoint(
  model: PresentationModel,
  saves: SaveResult[] = [],
  sets?: string[],
  newPlanId = 'plan-A',
) {
  const pp = new FakePowerPoint(model, sets ? { sets } : {});
  const info: HostInfo = {
    host: 'powerpoint',
    capabilities: capabilitiesFor(
      'powerpoint',
      (name, version = '1.1') => name === 'Settings' || pp.has(`${name} ${version}`),
    ),
  };
  const session = createSession(info, deps, {
    powerPointRun: pp.run,
    settings: asSettings(pp.settings),
    newPlanId: () => newPlanId,
    now: () => new Date('2027-01-15T09:00:00Z'),
    onSaveResult: (r) => saves.push(r),
  });
  return { pp, session };
}

function word(model: WordDocumentModel) {
  const fake = new FakeWord(model);
  const info: HostInfo = {
    host: 'word',
    capabilities: capabilitiesFor(
      'word',
      (name, version = '1.1') => name === 'CustomXmlParts' || fake.has(`${name} ${version}`),
    ),
  };
  const session = createSession(info, deps, {
    wordRun: fake.run,
    customXmlParts: asCustomXmlParts(fake.customXmlParts),
    newPlanId: () => 'plan-W',
  });
  return { fake, session };
}

describe('a PowerPoint session', () => {
  it('keeps the plan id of a stored copy it cannot use, so a rewrite replaces in place', async () => {
    const model = presentationWith(['mine']);
    const first = powerPoint(model);
    await first.session.open();
    const plan = makePlan();
    expect((await first.session.writeSteps(plan, [4], { today })).ok).toBe(true);
    const slidesOfStep4 = first.pp.deck().filter((s) => s.startsWith('4:')).length;

    // A newer version of the add-in rewrote both stored copies in a shape this one cannot read.
    const newer = (text: unknown) =>
      JSON.stringify({ ...(JSON.parse(String(text)) as object), version: 99 });
    for (const [key, value] of model.store.settings) model.store.settings.set(key, newer(value));
    for (const [key, value] of model.tags) model.tags.set(key, newer(value));

    // A session that would make a new id ('plan-B') if it found none.
    const second = powerPoint(model, [], undefined, 'plan-B');
    const opened = await second.session.open();
    expect(opened.envelope).toBeUndefined();
    expect(opened.unreadable.length).toBeGreaterThan(0);
    expect((await second.session.writeSteps(plan, [4], { today })).ok).toBe(true);
    expect(second.pp.deck().filter((s) => s.startsWith('4:'))).toHaveLength(slidesOfStep4);
  });

  it('finds a plan saved where PowerPointApi 1.7 was missing when opened on a newer host', async () => {
    const older = Array.from({ length: 5 }, (_, i) => `PowerPointApi 1.${i + 1}`);
    const model = presentationWith(['mine']);
    const first = powerPoint(model, [], older);
    await first.session.open();
    const plan = makePlan();
    expect((await first.session.writeSteps(plan, [4], { today })).ok).toBe(true);

    // Settings lost (PowerPoint on the web), reopened where custom XML parts exist.
    model.store.settings.clear();
    const newer = powerPoint(model, [], [...older, 'PowerPointApi 1.6', 'PowerPointApi 1.7']);
    const opened = await newer.session.open();
    expect(opened.envelope?.plan).toEqual(plan);
    expect(opened.envelope?.planId).toBe('plan-A');
  });

  it('writes, saves the plan beside the slides, and after reopening rewrites in place', async () => {
    const model = presentationWith(['my title slide']);
    const saves: SaveResult[] = [];
    const first = powerPoint(model, saves);
    expect(await first.session.open()).toEqual({ unreadable: [], failures: [] });
    const plan = makePlan();
    expect(await first.session.writeSteps(plan, [0, 1, 2, 3, 4, 5, 6], { today })).toEqual({
      ok: true,
      written: [0, 1, 2, 3, 4, 5, 6],
    });
    expect(saves).toMatchObject([{ ok: true, copies: 2 }]);
    const deckBefore = first.pp.deck();
    expect(deckBefore[0]).toBe('my title slide');

    // Close and reopen: a new session on the same document, the settings lost on the way.
    model.store.settings.clear();
    const second = powerPoint(model);
    const opened = await second.session.open();
    expect(opened.envelope?.plan).toEqual(plan);
    expect(opened.envelope?.planId).toBe('plan-A');
    const changed = makePlan({ account: { ...plan.account, name: 'Renamed AG' } });
    expect((await second.session.writeSteps(changed, [0], { today })).ok).toBe(true);
    const deckAfter = second.pp.deck();
    expect(deckAfter).toHaveLength(deckBefore.length);
    expect(deckAfter.filter((s) => !s.startsWith('0:'))).toEqual(
      deckBefore.filter((s) => !s.startsWith('0:')),
    );
    expect(deckAfter.findIndex((s) => s.startsWith('0:'))).toBe(
      deckBefore.findIndex((s) => s.startsWith('0:')),
    );
  });

  it('does not duplicate slides on a double click', async () => {
    const { pp, session } = powerPoint(presentationWith([]));
    const plan = makePlan();
    const clicks = [
      session.writeSteps(plan, [1, 2], { today }),
      session.writeSteps(plan, [2, 1], { today }),
    ];
    expect(session.busy()).toBe(true);
    const [a, b] = await Promise.all(clicks);
    expect(a).toEqual(b);
    const tagged = pp.model.slides.map((s) => s.tags.get('KAP_STEP'));
    // The same set-up, written once: its stored copies cost the same round trips.
    const { pp: single, session: alone } = powerPoint(presentationWith([]));
    await alone.writeSteps(plan, [1, 2], { today });
    expect(tagged).toEqual(single.model.slides.map((s) => s.tags.get('KAP_STEP')));
    // One write's worth of round trips: the second click joined the first.
    expect(pp.counter.syncs).toBe(single.counter.syncs);
  });

  it('refuses to write where the host lacks the set, with the reason, and touches nothing', async () => {
    const pp = new FakePowerPoint(presentationWith(['u']), {
      sets: ['PowerPointApi 1.1', 'PowerPointApi 1.2'],
    });
    const info: HostInfo = {
      host: 'powerpoint',
      capabilities: capabilitiesFor('powerpoint', (name, version = '1.1') =>
        pp.has(`${name} ${version}`),
      ),
    };
    const session = createSession(info, deps, { powerPointRun: pp.run });
    const result = await session.writeSteps(makePlan(), [1]);
    expect(result).toMatchObject({ ok: false, unchanged: [1] });
    if (!result.ok) expect(result.message.en).toMatch(/PowerPointApi 1\.3/);
    expect(pp.counter.syncs).toBe(0);
  });
});

describe('a Word session', () => {
  it('writes sections, stores the plan in a custom XML part, and finds both again', async () => {
    const model = documentWith([paragraph('Dear reader')]);
    const first = word(model);
    await first.session.open();
    const plan = makePlan();
    expect((await first.session.writeSteps(plan, [4, 2], { today })).ok).toBe(true);
    expect(model.store.parts).toHaveLength(1);

    const second = word(model);
    expect((await second.session.open()).envelope?.planId).toBe('plan-W');
    await second.session.writeSteps(plan, [3], { today });
    expect(second.fake.controls().map((c) => c.tag)).toEqual([
      'kap:1:plan-W:2',
      'kap:1:plan-W:3',
      'kap:1:plan-W:4',
    ]);
    expect(second.fake.lines()[0]).toBe('Dear reader');
  });

  it('keeps typing saves to one a second and flushes on demand', async () => {
    const model = documentWith([]);
    const { session } = word(model);
    await session.open();
    const plan = makePlan();
    session.saver.schedule(plan);
    session.saver.schedule({ ...plan, account: { ...plan.account, name: 'Typed' } });
    await session.saver.flush();
    const reopened = word(model);
    expect((await reopened.session.open()).envelope?.plan.account.name).toBe('Typed');
  });
});

describe('a session that meets the unexpected', () => {
  it('turns a failure outside the writers into a result, not an exception', async () => {
    const info: HostInfo = { host: 'word', capabilities: capabilitiesFor('word', () => true) };
    const session = createSession(info, deps, {
      wordRun: () => Promise.reject(new Error('Word is busy')),
      newPlanId: () => 'p',
    });
    const result = await session.writeSteps(makePlan(), [1]);
    expect(result).toMatchObject({ ok: false, incomplete: [1] });
    if (!result.ok) expect(result.message.en).toMatch(/Word is busy/);
  });

  it('offers no writing outside Office', async () => {
    const session = createSession(
      { host: null, capabilities: capabilitiesFor(null, () => true) },
      deps,
      {},
    );
    const result = await session.writeSteps(makePlan(), [1]);
    expect(result).toMatchObject({ ok: false, unchanged: [1] });
    if (!result.ok) expect(result.message.en).toMatch(/outside Office/);
    expect(await session.open()).toEqual({ unreadable: [], failures: [] });
  });
});

describe('a session keeps the plan safe', () => {
  const named = (name: string) => makePlan({ account: { ...makePlan().account, name } });

  it('reports a save per store, tries again, and stays unsaved until a save gets through', async () => {
    const model = presentationWith([]);
    const saves: SaveResult[] = [];
    const states: string[] = [];
    const pp = new FakePowerPoint(model);
    const info: HostInfo = {
      host: 'powerpoint',
      capabilities: capabilitiesFor(
        'powerpoint',
        (name, version = '1.1') => name === 'Settings' || pp.has(`${name} ${version}`),
      ),
    };
    // The settings refuse the next two saves; the fake never tries again by itself.
    pp.settings.failSaves = 2;
    const session = createSession(info, deps, {
      powerPointRun: pp.run,
      settings: asSettings(pp.settings),
      newPlanId: () => 'p',
      retryDelaysMs: [5, 10, 20],
      onSaveResult: (r) => saves.push(r),
      onSaveState: (s) => states.push(s.kind),
    });
    await session.open();
    session.saver.schedule(named('Typed'));
    await session.saver.flush();
    expect(saves[0]).toMatchObject({
      ok: false,
      copies: 1,
      stores: [
        { where: { en: 'document settings' }, ok: false, retry: true },
        { where: { en: 'presentation tag' }, ok: true },
      ],
    });
    expect(session.saveState()).toMatchObject({ kind: 'retrying', attempt: 1 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(saves.map((r) => r.ok)).toEqual([false, false, true]);
    expect(session.saveState()).toEqual({ kind: 'saved' });
    expect(states.indexOf('saved')).toBe(states.length - 1);
    expect(String(model.store.settings.get('kapEnvelope'))).toContain('Typed');
  });

  it('keeps the plan a replaced one put aside, also after reopening, and brings it back', async () => {
    const model = presentationWith([]);
    const first = powerPoint(model);
    await first.session.open();
    first.session.saver.schedule(named('In the document'));
    await first.session.saver.flush();
    // The user opens a plan file and agrees to replace the document's plan.
    const replaced = await first.session.replacePlan(named('From a file'));
    expect(replaced.replaced?.plan.account.name).toBe('In the document');
    expect(replaced.saved?.ok).toBe(true);

    model.store.settings.clear();
    const second = powerPoint(model);
    const opened = await second.session.open();
    expect(opened.envelope?.plan.account.name).toBe('From a file');
    expect(second.session.replaced()?.plan.account.name).toBe('In the document');
    const restored = await second.session.restoreReplaced();
    expect(restored.plan?.account.name).toBe('In the document');
    // Bringing it back is itself undoable: the file's plan is the one put aside now.
    expect(second.session.replaced()?.plan.account.name).toBe('From a file');
    const third = powerPoint(model);
    expect((await third.session.open()).envelope?.plan.account.name).toBe('In the document');
    third.session.forgetReplaced();
    await third.session.saver.flush();
    expect((await powerPoint(model).session.open()).envelope?.previous).toBeUndefined();
  });

  it('puts aside what the user typed, not only what was saved, when a plan replaces it', async () => {
    const model = presentationWith([]);
    const { session } = powerPoint(model);
    await session.open();
    session.saver.schedule(named('Typed, not yet saved'));
    const result = await session.replacePlan(named('From a file'));
    expect(result.replaced?.plan.account.name).toBe('Typed, not yet saved');
  });

  it('lets the user take over a copy another window saved, or keep their own', async () => {
    const model = documentWith([]);
    const mine = word(model);
    await mine.session.open();
    mine.session.saver.schedule(named('Mine'));
    await mine.session.saver.flush();
    const theirs = word(model);
    await theirs.session.open();
    theirs.session.saver.schedule(named('Theirs'));
    await theirs.session.saver.flush();

    mine.session.saver.schedule(named('Mine again'));
    await mine.session.saver.flush();
    expect(mine.session.conflicts().map((c) => c.envelope.plan.account.name)).toEqual(['Theirs']);
    const taken = mine.session.resolveConflict('theirs');
    expect(taken?.account.name).toBe('Theirs');
    await mine.session.saver.flush();
    expect(mine.session.conflicts()).toEqual([]);
    // Every copy in the document is theirs now; nothing of the two is lost silently.
    expect((await word(model).session.open()).envelope?.plan.account.name).toBe('Theirs');
  });
});

describe('a session in a document open read-only', () => {
  it('writes nothing, saves nothing, and says how to start editing', async () => {
    const model = documentWith([paragraph('x')]);
    const fake = new FakeWord(model);
    let readOnly = true;
    const saves: SaveResult[] = [];
    const info: HostInfo = {
      host: 'word',
      capabilities: capabilitiesFor(
        'word',
        (name, version = '1.1') => name === 'CustomXmlParts' || fake.has(`${name} ${version}`),
      ),
    };
    const session = createSession(info, deps, {
      wordRun: fake.run,
      customXmlParts: asCustomXmlParts(fake.customXmlParts),
      newPlanId: () => 'p',
      readOnly: () => readOnly,
      onSaveResult: (r) => saves.push(r),
    });
    const result = await session.writeSteps(makePlan(), [1], { today });
    expect(result).toMatchObject({ ok: false, unchanged: [1] });
    if (!result.ok) expect(result.message.en).toMatch(/read-only.*Enable Editing/);
    expect(fake.counter.syncs).toBe(0);
    session.saver.schedule(makePlan());
    await session.saver.flush();
    expect(saves[0]).toMatchObject({ ok: false, copies: 0 });
    expect(session.saveState()).toEqual({ kind: 'failed' });
    expect(model.store.parts).toEqual([]);
    // Editing on: the next try saves the plan the pane kept.
    readOnly = false;
    await session.saver.retry();
    expect(session.saveState()).toEqual({ kind: 'saved' });
    expect(model.store.parts).toHaveLength(1);
  });
});
