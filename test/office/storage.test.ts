import * as fs from 'fs';
import * as path from 'path';
import { makeEnvelope, readEnvelopeText, writeEnvelopeText } from '../../src/plan/envelope';
import { MIGRATIONS, type Migration } from '../../src/plan/migrate';
import {
  commonXmlBackend,
  createPlanStore,
  presentationTagBackend,
  presentationXmlBackend,
  settingsBackend,
  ENVELOPE_PARTS_TAG,
  ENVELOPE_TAG,
  SETTINGS_KEY,
  TAG_VALUE_LIMIT,
  type StorageBackend,
} from '../../src/office/storage';
import { envelopeFromXml, envelopeToXml, ENVELOPE_NAMESPACE } from '../../src/office/xml';
import { makeFact, makePlan } from '../builders';
import { asCustomXmlParts, asSettings } from './fakes/common';
import { FakePowerPoint, presentationWith } from './fakes/powerpoint';
import { FakeWord, documentWith } from './fakes/word';

const newer = fs.readFileSync(
  path.resolve(__dirname, '../fixtures/envelopes/v3-newer.json'),
  'utf8',
);
const at = (iso: string): Date => new Date(iso);
const envelope = (name: string, iso: string, revision = 1) =>
  makeEnvelope(makePlan({ account: { ...makePlan().account, name } }), 'plan-1', at(iso), revision);

function wordStore(word: FakeWord) {
  return createPlanStore([commonXmlBackend(asCustomXmlParts(word.customXmlParts))]);
}

function powerPointStore(pp: FakePowerPoint) {
  return createPlanStore([
    settingsBackend(asSettings(pp.settings)),
    pp.has('PowerPointApi 1.7') ? presentationXmlBackend(pp.run) : presentationTagBackend(pp.run),
  ]);
}

describe('the envelope in a custom XML part', () => {
  it('survives characters that XML and CDATA care about', () => {
    const text = writeEnvelopeText(
      makeEnvelope(
        makePlan({ facts: [makeFact({ text: 'a < b && c > d ]]> "q" \'s\' \u00e4' })] }),
        'p',
        at('2027-01-01T00:00:00Z'),
      ),
    );
    const xml = envelopeToXml(text);
    expect(xml).toContain(`xmlns="${ENVELOPE_NAMESPACE}"`);
    expect(envelopeFromXml(xml)).toBe(text);
    expect(
      envelopeFromXml(
        `<x:kapEnvelope xmlns:x="${ENVELOPE_NAMESPACE}"><![CDATA[{"a":1}]]></x:kapEnvelope>`,
      ),
    ).toBe('{"a":1}');
    expect(envelopeFromXml('<kapEnvelope><b/></kapEnvelope>')).toBeUndefined();
    expect(envelopeFromXml('<other/>')).toBeUndefined();
  });
});

describe('Word: the plan in a custom XML part', () => {
  it('saves, keeps one part, and finds the plan again after reopening', async () => {
    const word = new FakeWord(documentWith([]));
    const store = wordStore(word);
    expect(await store.open()).toEqual({ unreadable: [], failures: [] });
    expect(await store.save(envelope('First', '2027-01-01T10:00:00Z'))).toMatchObject({
      ok: true,
      copies: 1,
      stores: [{ where: { en: 'custom XML part' }, ok: true }],
      conflicts: [],
    });
    expect(await store.save(envelope('Second', '2027-01-01T10:00:01Z'))).toMatchObject({
      ok: true,
      copies: 1,
    });
    expect(word.model.store.parts).toHaveLength(1);

    const reopened = wordStore(new FakeWord(word.model));
    const result = await reopened.open();
    expect(result.envelope?.plan.account.name).toBe('Second');
    expect(result.unreadable).toEqual([]);
  });

  it('never overwrites a part it cannot read, tells why and offers the raw text', async () => {
    const word = new FakeWord(documentWith([]));
    word.model.store.parts.push({ id: '{old}', xml: envelopeToXml(newer) });
    const store = wordStore(word);
    const opened = await store.open();
    expect(opened.envelope).toBeUndefined();
    expect(opened.unreadable).toHaveLength(1);
    expect(opened.unreadable[0]).toMatchObject({ slot: 'xml:{old}', raw: newer });
    expect(opened.unreadable[0]!.message.en).toMatch(/newer version of the add-in/);
    expect(opened.unreadable[0]!.message.de).toMatch(/neueren Version/);

    await store.save(envelope('Mine', '2027-01-02T00:00:00Z'));
    await store.save(envelope('Mine again', '2027-01-02T00:00:01Z'));
    expect(word.model.store.parts.find((p) => p.id === '{old}')?.xml).toBe(envelopeToXml(newer));
    expect(word.model.store.parts).toHaveLength(2);

    const again = await wordStore(new FakeWord(word.model)).open();
    expect(again.envelope?.plan.account.name).toBe('Mine again');
    expect(again.unreadable.map((u) => u.slot)).toEqual(['xml:{old}']);
  });

  it('does not save into a part store whose reading fails: what it holds is unknown', async () => {
    const word = new FakeWord(documentWith([]));
    word.model.store.parts.push({ id: '{old}', xml: envelopeToXml(newer) });
    const xml = commonXmlBackend(asCustomXmlParts(word.customXmlParts));
    let reads = 0;
    // The host fails the first three reads: both tries at open and the look before saving.
    const flaky: StorageBackend = {
      ...xml,
      read: () => (reads++ < 3 ? Promise.reject(new Error('busy')) : xml.read()),
    };
    const store = createPlanStore([flaky]);
    expect((await store.open()).failures).toHaveLength(1);
    const saved = await store.save(envelope('Mine', '2027-01-02T00:00:00Z'));
    expect(saved).toMatchObject({ ok: false, copies: 0, stores: [{ ok: false, retry: true }] });
    expect(word.model.store.parts).toEqual([{ id: '{old}', xml: envelopeToXml(newer) }]);
    // Readable again: the next save writes beside the copy it cannot read.
    expect(await store.save(envelope('Mine', '2027-01-02T00:00:01Z'))).toMatchObject({ ok: true });
    expect(word.model.store.parts).toHaveLength(2);
  });

  it('refuses to save before the stored data was read', async () => {
    const word = new FakeWord(documentWith([]));
    word.model.store.parts.push({ id: '{x}', xml: envelopeToXml('{broken') });
    const result = await wordStore(word).save(envelope('Early', '2027-01-01T00:00:00Z'));
    expect(result.ok).toBe(false);
    expect(word.model.store.parts).toEqual([{ id: '{x}', xml: envelopeToXml('{broken') }]);
  });
});

describe('PowerPoint: settings plus a second copy', () => {
  it('keeps a presentation tag beside the settings where custom XML parts are missing', async () => {
    const pp = new FakePowerPoint(presentationWith([]));
    const store = powerPointStore(pp);
    await store.open();
    expect(await store.save(envelope('Deck', '2027-01-01T00:00:00Z'))).toMatchObject({
      ok: true,
      copies: 2,
    });
    expect(typeof pp.model.store.settings.get(SETTINGS_KEY)).toBe('string');
    expect(pp.model.tags.get(ENVELOPE_TAG)).toBe(pp.model.store.settings.get(SETTINGS_KEY));

    // Settings lost, as reported for PowerPoint on the web: the tag brings the plan back.
    pp.model.store.settings.clear();
    const reopened = await powerPointStore(new FakePowerPoint(pp.model)).open();
    expect(reopened.envelope?.plan.account.name).toBe('Deck');
  });

  it('uses a custom XML part where PowerPointApi 1.7 exists', async () => {
    const sets = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'].map((v) => `PowerPointApi ${v}`);
    const pp = new FakePowerPoint(presentationWith([]), { sets });
    const store = powerPointStore(pp);
    await store.open();
    await store.save(envelope('One', '2027-01-01T00:00:00Z'));
    await store.save(envelope('Two', '2027-01-01T00:00:01Z'));
    expect(pp.model.store.parts).toHaveLength(1);
    expect(pp.model.tags.size).toBe(0);
    pp.model.store.settings.clear();
    expect(
      (await powerPointStore(new FakePowerPoint(pp.model, { sets })).open()).envelope?.plan.account
        .name,
    ).toBe('Two');
  });

  it('takes the newest valid copy on open', async () => {
    const pp = new FakePowerPoint(presentationWith([]));
    pp.model.store.settings.set(
      SETTINGS_KEY,
      writeEnvelopeText(envelope('Older', '2027-01-01T00:00:00Z')),
    );
    pp.model.tags.set(ENVELOPE_TAG, writeEnvelopeText(envelope('Newer', '2027-03-01T00:00:00Z')));
    expect((await powerPointStore(pp).open()).envelope?.plan.account.name).toBe('Newer');
    pp.model.tags.set(ENVELOPE_TAG, writeEnvelopeText(envelope('Oldest', '2026-01-01T00:00:00Z')));
    expect(
      (await powerPointStore(new FakePowerPoint(pp.model)).open()).envelope?.plan.account.name,
    ).toBe('Older');
  });

  it('saves around damaged settings and keeps them as they are', async () => {
    const model = presentationWith([]);
    model.store.settings.set(SETTINGS_KEY, '{"format":"kap-envelope","version":1,');
    const pp = new FakePowerPoint(model);
    const store = powerPointStore(pp);
    const opened = await store.open();
    expect(opened.unreadable).toMatchObject([
      { slot: 'settings', raw: '{"format":"kap-envelope","version":1,' },
    ]);
    expect(opened.unreadable[0]!.message.en).toMatch(/damaged/);
    // Saved in the tag; the settings are left as they are, and the save says so.
    expect(await store.save(envelope('Safe', '2027-01-01T00:00:00Z'))).toMatchObject({
      ok: false,
      copies: 1,
      stores: [
        { where: { en: 'document settings' }, ok: false, retry: false },
        { where: { en: 'presentation tag' }, ok: true },
      ],
    });
    expect(pp.model.store.settings.get(SETTINGS_KEY)).toBe('{"format":"kap-envelope","version":1,');
  });

  it('says so when no copy could be written', async () => {
    const model = presentationWith([]);
    model.store.settings.set(SETTINGS_KEY, newer);
    model.tags.set(ENVELOPE_TAG, newer);
    const pp = new FakePowerPoint(model);
    const store = powerPointStore(pp);
    await store.open();
    const result = await store.save(envelope('Nowhere', '2027-01-01T00:00:00Z'));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message.en).toMatch(/export the plan as a file/);
    expect(pp.model.tags.get(ENVELOPE_TAG)).toBe(newer);
  });

  it('reports a backend that fails to read and still reads the others', async () => {
    const broken: StorageBackend = {
      where: { de: 'kaputt', en: 'broken' },
      read: () => Promise.reject(new Error('host gone')),
      write: () => Promise.reject(new Error('host gone')),
    };
    const pp = new FakePowerPoint(presentationWith([]));
    pp.model.tags.set(ENVELOPE_TAG, writeEnvelopeText(envelope('Tag', '2027-01-01T00:00:00Z')));
    const store = createPlanStore([broken, presentationTagBackend(pp.run)]);
    const opened = await store.open();
    expect(opened.envelope?.plan.account.name).toBe('Tag');
    expect(opened.failures).toEqual([
      { de: 'kaputt: nicht lesbar (host gone).', en: 'broken: could not be read (host gone).' },
    ]);
    // One copy saved, one store not: a failure, store by store, not a success.
    const saved = await store.save(envelope('Tag2', '2027-01-02T00:00:00Z'));
    expect(saved).toMatchObject({
      ok: false,
      copies: 1,
      stores: [
        { where: { en: 'broken' }, ok: false, retry: true },
        { where: { en: 'presentation tag' }, ok: true },
      ],
    });
    if (!saved.ok) expect(saved.message.en).toMatch(/saved in the document, but not everywhere/);
  });
});

describe('the stored plan never loses data', () => {
  // A later build with format version 3: it migrates version 2 by adding a field.
  const toV3: Migration[] = [
    ...MIGRATIONS,
    { from: 2, up: (e) => ({ ...e, extra: 'added by v3' }) },
  ];
  const readAsV3 = (text: string) => readEnvelopeText(text, toV3, 3);
  const v3Text = (name: string, iso: string, revision: number) =>
    JSON.stringify({ ...envelope(name, iso), version: 3, revision });

  it('takes a newer format version’s copy over a younger copy an older release wrote', async () => {
    // Version 3 saved the plan; then version 2 opened the document, could not read that copy,
    // and saved its own — later, and with a higher revision.
    const word = new FakeWord(documentWith([]));
    word.model.store.parts.push(
      { id: '{v3}', xml: envelopeToXml(v3Text('Written by v3', '2027-01-01T00:00:00Z', 4)) },
      {
        id: '{v2}',
        xml: envelopeToXml(writeEnvelopeText(envelope('Written by v2', '2027-03-01T00:00:00Z', 9))),
      },
    );
    const store = createPlanStore([commonXmlBackend(asCustomXmlParts(word.customXmlParts))], {
      read: readAsV3,
      version: 3,
    });
    const opened = await store.open();
    expect(opened.envelope?.plan.account.name).toBe('Written by v3');
    expect(opened.migratedFrom).toBeUndefined();
  });

  it('never deletes a copy of a newer version, however often it saves', async () => {
    const word = new FakeWord(documentWith([]));
    const v3 = envelopeToXml(v3Text('From the future', '2027-01-01T00:00:00Z', 1));
    word.model.store.parts.push({ id: '{v3}', xml: v3 });
    const store = wordStore(word);
    await store.open();
    for (const second of ['01', '02', '03']) {
      await store.save(envelope('Older release', `2027-02-01T00:00:${second}Z`));
    }
    expect(word.model.store.parts.filter((p) => p.xml === v3)).toHaveLength(1);
    expect(word.model.store.parts).toHaveLength(2);
  });

  it('does not let a copy from a wrong clock win: the revision decides', async () => {
    // An older plan saved on a computer whose clock says 2099, then newer work saved later.
    const pp = new FakePowerPoint(presentationWith([]));
    pp.model.tags.set(
      ENVELOPE_TAG,
      writeEnvelopeText(envelope('Older, clock in 2099', '2099-01-01T00:00:00Z', 1)),
    );
    pp.model.store.settings.set(
      SETTINGS_KEY,
      writeEnvelopeText(envelope('Newer work', '2027-01-02T00:00:00Z', 2)),
    );
    const store = powerPointStore(pp);
    expect((await store.open()).envelope?.plan.account.name).toBe('Newer work');
    // And a save from here outranks the 2099 copy too.
    await store.save(envelope('Saved today', '2027-01-03T00:00:00Z'));
    pp.model.store.settings.clear();
    const reopened = await powerPointStore(new FakePowerPoint(pp.model)).open();
    expect(reopened.envelope?.plan.account.name).toBe('Saved today');
    expect(reopened.envelope?.revision).toBe(3);
  });

  it('keeps a copy another window wrote after opening, and reports it as a conflict', async () => {
    const word = new FakeWord(documentWith([]));
    const mine = wordStore(word);
    await mine.open();
    await mine.save(envelope('Mine', '2027-01-01T00:00:00Z'));
    // A second window opens the document, then both save.
    const theirs = wordStore(new FakeWord(word.model));
    await theirs.open();
    await theirs.save(envelope('Theirs', '2027-01-01T00:00:05Z'));
    const saved = await mine.save(envelope('Mine again', '2027-01-01T00:00:06Z'));
    expect(saved.ok).toBe(true);
    expect(saved.conflicts.map((c) => c.envelope.plan.account.name)).toEqual(['Theirs']);
    const names = () =>
      word.model.store.parts.map((p) => {
        const text = envelopeFromXml(p.xml)!;
        return (JSON.parse(text) as { plan: { account: { name: string } } }).plan.account.name;
      });
    expect(names().sort()).toEqual(['Mine again', 'Theirs']);
    // Once the user has decided to keep their own, the next save replaces the other copy.
    mine.settle(saved.conflicts);
    expect((await mine.save(envelope('Mine, decided', '2027-01-01T00:00:07Z'))).conflicts).toEqual(
      [],
    );
    expect(names()).toEqual(['Mine, decided']);
  });

  it('does not overwrite settings or a tag that another window saved since opening', async () => {
    const pp = new FakePowerPoint(presentationWith([]));
    const mine = powerPointStore(pp);
    await mine.open();
    await mine.save(envelope('Mine', '2027-01-01T00:00:00Z'));
    const other = new FakePowerPoint(pp.model);
    const theirs = powerPointStore(other);
    await theirs.open();
    await theirs.save(envelope('Theirs', '2027-01-01T00:00:05Z'));
    const theirText = pp.model.store.settings.get(SETTINGS_KEY);
    const saved = await mine.save(envelope('Mine again', '2027-01-01T00:00:06Z'));
    expect(saved).toMatchObject({
      ok: false,
      copies: 0,
      stores: [
        { ok: false, retry: false },
        { ok: false, retry: false },
      ],
    });
    expect(saved.conflicts.map((c) => c.where.en)).toEqual([
      'document settings',
      'presentation tag',
    ]);
    expect(pp.model.store.settings.get(SETTINGS_KEY)).toBe(theirText);
    expect(pp.model.tags.get(ENVELOPE_TAG)).toBe(theirText);
  });

  it('escapes U+FFFE and U+FFFF, which make a custom XML part malformed', async () => {
    const odd = makePlan({
      facts: [makeFact({ text: 'a\uFFFEb\uFFFFc' }), ...makePlan().facts.slice(1)],
    });
    const word = new FakeWord(documentWith([]));
    const store = wordStore(word);
    await store.open();
    const saved = await store.save(makeEnvelope(odd, 'plan-1', at('2027-01-01T00:00:00Z')));
    expect(saved.ok).toBe(true);
    const back = await wordStore(new FakeWord(word.model)).open();
    expect(back.envelope?.plan.facts[0]!.text).toBe('a\uFFFEb\uFFFFc');
  });

  it('does not let a copy it could not read at open lose later to its own younger save', async () => {
    // The tag holds the newest plan (revision 3); at open the host fails to read it, twice.
    const pp = new FakePowerPoint(presentationWith([]));
    pp.model.store.settings.set(
      SETTINGS_KEY,
      writeEnvelopeText(envelope('Old', '2027-01-01T00:00:00Z', 1)),
    );
    pp.model.tags.set(
      ENVELOPE_TAG,
      writeEnvelopeText(envelope('Newest', '2027-01-01T00:00:00Z', 3)),
    );
    const tag = presentationTagBackend(pp.run);
    let reads = 0;
    const flaky: StorageBackend = {
      ...tag,
      read: () => (reads++ < 2 ? Promise.reject(new Error('busy')) : tag.read()),
    };
    const store = createPlanStore([settingsBackend(asSettings(pp.settings)), flaky]);
    const opened = await store.open();
    expect(opened.envelope?.plan.account.name).toBe('Old');
    expect(opened.failures).toHaveLength(1);
    // The pane saves the old plan it was given: the newest copy is found, kept and reported.
    const saved = await store.save(envelope('Old, edited', '2027-01-02T00:00:00Z'));
    expect(saved.conflicts.map((c) => c.envelope.plan.account.name)).toEqual(['Newest']);
    expect(pp.model.tags.get(ENVELOPE_TAG)).toContain('Newest');
    // Reopened, the newest copy still wins: the save did not rank above a copy it had not seen.
    const reopened = await powerPointStore(new FakePowerPoint(pp.model)).open();
    expect(reopened.envelope?.plan.account.name).toBe('Newest');
  });

  it('reads a plan back after a reload with the settings lost, from the second copy', async () => {
    for (const sets of [
      undefined,
      ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'].map((v) => `PowerPointApi ${v}`),
    ]) {
      const pp = new FakePowerPoint(presentationWith([]), sets ? { sets } : {});
      const store = powerPointStore(pp);
      await store.open();
      await store.save(envelope('Kept', '2027-01-01T00:00:00Z'));
      pp.model.store.settings.clear();
      const reopened = await powerPointStore(
        new FakePowerPoint(pp.model, sets ? { sets } : {}),
      ).open();
      expect(reopened.envelope?.plan.account.name).toBe('Kept');
    }
  });

  it('keeps two copies where two serve: the tag is emptied once a custom XML part holds the plan', async () => {
    const older = new FakePowerPoint(presentationWith([]));
    const first = powerPointStore(older);
    await first.open();
    await first.save(envelope('Saved without 1.7', '2027-01-01T00:00:00Z'));
    expect(older.model.tags.get(ENVELOPE_TAG)).toBeDefined();
    const sets = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7'].map((v) => `PowerPointApi ${v}`);
    const newer = new FakePowerPoint(older.model, { sets });
    const store = createPlanStore([
      settingsBackend(asSettings(newer.settings)),
      presentationXmlBackend(newer.run),
      presentationTagBackend(newer.run, true),
    ]);
    expect((await store.open()).envelope?.plan.account.name).toBe('Saved without 1.7');
    expect(await store.save(envelope('Saved with 1.7', '2027-01-02T00:00:00Z'))).toMatchObject({
      ok: true,
      copies: 2,
    });
    expect(newer.model.tags.size).toBe(0);
    expect(newer.model.store.parts).toHaveLength(1);
  });

  it('splits a long envelope over several tags and reads it back whole', async () => {
    const facts = Array.from({ length: 300 }, (_, i) =>
      makeFact({
        id: `F${i + 1}`,
        text: `Fact ${i + 1}: the customer consolidates suppliers in region ${i % 17} and reviews contracts every few years`,
      }),
    );
    const big = makePlan({ facts });
    const pp = new FakePowerPoint(presentationWith([]));
    const store = powerPointStore(pp);
    await store.open();
    await store.save(makeEnvelope(big, 'plan-1', at('2027-01-01T00:00:00Z')));
    const values = [...pp.model.tags.entries()];
    const longest = Math.max(...values.map(([, v]) => v.length));
    expect(longest).toBeLessThanOrEqual(TAG_VALUE_LIMIT);
    expect(Number(pp.model.tags.get(ENVELOPE_PARTS_TAG))).toBeGreaterThan(1);
    pp.model.store.settings.clear();
    expect((await powerPointStore(new FakePowerPoint(pp.model)).open()).envelope?.plan).toEqual(
      big,
    );
    // A short plan afterwards leaves no stale parts behind.
    await store.save(envelope('Short again', '2027-01-02T00:00:00Z'));
    expect([...pp.model.tags.keys()]).toEqual([ENVELOPE_TAG]);
  });
});
