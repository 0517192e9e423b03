import * as fs from 'fs';
import * as path from 'path';
import { makeEnvelope, writeEnvelopeText } from '../../src/plan/envelope';
import {
  commonXmlBackend,
  createPlanStore,
  presentationTagBackend,
  presentationXmlBackend,
  settingsBackend,
  ENVELOPE_TAG,
  SETTINGS_KEY,
  type StorageBackend,
} from '../../src/office/storage';
import { envelopeFromXml, envelopeToXml, ENVELOPE_NAMESPACE } from '../../src/office/xml';
import { makeFact, makePlan } from '../builders';
import { asCustomXmlParts, asSettings } from './fakes/common';
import { FakePowerPoint, presentationWith } from './fakes/powerpoint';
import { FakeWord, documentWith } from './fakes/word';

const newer = fs.readFileSync(
  path.resolve(__dirname, '../fixtures/envelopes/v2-newer.json'),
  'utf8',
);
const at = (iso: string): Date => new Date(iso);
const envelope = (name: string, iso: string) =>
  makeEnvelope(makePlan({ account: { ...makePlan().account, name } }), 'plan-1', at(iso));

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
    expect(await store.save(envelope('First', '2027-01-01T10:00:00Z'))).toEqual({
      ok: true,
      copies: 1,
    });
    expect(await store.save(envelope('Second', '2027-01-01T10:00:01Z'))).toEqual({
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

  it('does not save into a part store whose reading failed: what it holds is unknown', async () => {
    const word = new FakeWord(documentWith([]));
    word.model.store.parts.push({ id: '{old}', xml: envelopeToXml(newer) });
    const xml = commonXmlBackend(asCustomXmlParts(word.customXmlParts));
    let reads = 0;
    // The host fails on the first read only, as after a transient error.
    const flaky: StorageBackend = {
      ...xml,
      read: () => (reads++ === 0 ? Promise.reject(new Error('busy')) : xml.read()),
    };
    const store = createPlanStore([flaky]);
    expect((await store.open()).failures).toHaveLength(1);
    const saved = await store.save(envelope('Mine', '2027-01-02T00:00:00Z'));
    expect(saved.ok).toBe(false);
    expect(word.model.store.parts).toEqual([{ id: '{old}', xml: envelopeToXml(newer) }]);
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
    expect(await store.save(envelope('Deck', '2027-01-01T00:00:00Z'))).toEqual({
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
    expect(await store.save(envelope('Safe', '2027-01-01T00:00:00Z'))).toEqual({
      ok: true,
      copies: 1,
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
    expect(await store.save(envelope('Tag2', '2027-01-02T00:00:00Z'))).toEqual({
      ok: true,
      copies: 1,
    });
  });
});
