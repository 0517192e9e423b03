import * as fs from 'fs';
import * as path from 'path';
import {
  makeEnvelope,
  readEnvelopeText,
  writeEnvelopeText,
  ENVELOPE_VERSION,
} from '../../src/plan/envelope';
import { migrateEnvelope, MIGRATIONS, type Migration } from '../../src/plan/migrate';
import { makePlan } from '../builders';

const fixtures = path.resolve(__dirname, '../fixtures/envelopes');
const fixture = (name: string): string => fs.readFileSync(path.join(fixtures, name), 'utf8');

describe('stored envelopes from fixtures', () => {
  it('reads a version 1 envelope as it is and keeps unknown fields of the plan', () => {
    const read = readEnvelopeText(fixture('v1-valid.json'));
    if (!read.ok) throw new Error(read.message.en);
    expect(read.migratedFrom).toBe(1);
    expect(read.envelope.version).toBe(2);
    expect(read.envelope.plan.version).toBe(2);
    expect(read.envelope.plan.people).toEqual([]);
    expect(read.envelope.planId).toBe('3f1c2a9e-5b7d-4e1a-9c0f-1a2b3c4d5e6f');
    expect(read.envelope.plan.account.name).toBe('Müller Maschinenbau AG');
    expect(read.envelope.plan.strategies[0]).toMatchObject({ note: 'kept' });
  });

  it.each([
    ['v1-invalid-plan.json', 'plan', /O9/],
    ['v1-missing-plan-id.json', 'shape', /planId/],
    ['v3-newer.json', 'newer', /newer version of the add-in \(format version 3/],
    ['unknown-format.json', 'format', /"something-else"/],
    ['plan-without-envelope.json', 'format', /"kap" instead of "kap-envelope"/],
    ['corrupt.txt', 'syntax', /damaged/],
  ])('refuses %s (%s) with a message in both languages', (name, kind, english) => {
    const read = readEnvelopeText(fixture(name));
    if (read.ok) throw new Error('expected a refusal');
    expect(read.kind).toBe(kind);
    expect(read.message.en).toMatch(english);
    expect(read.message.de).not.toBe('');
    expect(read.message.de).not.toBe(read.message.en);
  });

  it('names every fixture file in the README', () => {
    const readme = fixture('README.md');
    for (const name of fs.readdirSync(fixtures).filter((n) => n !== 'README.md')) {
      expect(readme).toContain(`\`${name}\``);
    }
  });
});

describe('writing and reading back', () => {
  it('round-trips a plan through the envelope text', () => {
    const plan = makePlan();
    const envelope = makeEnvelope(plan, 'plan-1', new Date('2026-11-29T06:00:00Z'));
    const read = readEnvelopeText(writeEnvelopeText(envelope));
    expect(read).toEqual({ ok: true, envelope });
    expect(envelope.version).toBe(ENVELOPE_VERSION);
  });

  it('reads a copy from before revisions as revision 0, and refuses a broken revision', () => {
    const read = readEnvelopeText(fixture('v1-valid.json'));
    expect(read.ok && read.envelope.revision).toBe(0);
    const value = JSON.parse(fixture('v1-valid.json')) as Record<string, unknown>;
    for (const revision of [-1, 1.5, '2']) {
      expect(readEnvelopeText(JSON.stringify({ ...value, revision }))).toMatchObject({
        ok: false,
        kind: 'shape',
      });
    }
  });

  it('writes U+FFFE and U+FFFF as escapes that read back as the same text', () => {
    const plan = makePlan({ account: { ...makePlan().account, name: 'A\uFFFEB\uFFFF' } });
    const text = writeEnvelopeText(makeEnvelope(plan, 'p', new Date('2027-01-01T00:00:00Z')));
    expect(text).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(text).toContain('A\\ufffeB\\uffff');
    const read = readEnvelopeText(text);
    expect(read.ok && read.envelope.plan.account.name).toBe('A\uFFFEB\uFFFF');
  });

  it('keeps a replaced plan beside the current one, and drops only a damaged one', () => {
    const previous = { replacedAt: '2027-01-01T00:00:00.000Z', plan: makePlan() };
    const envelope = makeEnvelope(makePlan(), 'p', new Date('2027-01-02T00:00:00Z'), 3, previous);
    expect(readEnvelopeText(writeEnvelopeText(envelope))).toEqual({ ok: true, envelope });
    const damaged = { ...envelope, previous: { replacedAt: 'then', plan: {} } };
    const read = readEnvelopeText(JSON.stringify(damaged));
    expect(read.ok && read.envelope.previous).toBeUndefined();
    expect(read.ok && read.envelope.revision).toBe(3);
  });

  it('refuses a savedAt that is not an instant', () => {
    const text = JSON.stringify({
      format: 'kap-envelope',
      version: 1,
      savedAt: 'yesterday',
      planId: 'p',
      plan: makePlan(),
    });
    const read = readEnvelopeText(text);
    expect(read).toMatchObject({ ok: false, kind: 'shape' });
  });
});

describe('migration chain', () => {
  it('takes version 1 to 2 in one step: the plans inside become version 2, nothing else changes', () => {
    expect(MIGRATIONS.map((m) => m.from)).toEqual([1]);
    const value = JSON.parse(fixture('v1-valid.json')) as Record<string, unknown>;
    const stored = { ...value, previous: { replacedAt: '2027-01-01T00:00:00Z', plan: value.plan } };
    const result = migrateEnvelope(stored);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.from).toBe(1);
    const plan = value.plan as Record<string, unknown>;
    expect(result.envelope).toEqual({
      ...stored,
      version: 2,
      plan: { ...plan, version: 2 },
      previous: { replacedAt: '2027-01-01T00:00:00Z', plan: { ...plan, version: 2 } },
    });
    // The input is left as it was.
    expect(plan.version).toBe(1);
  });

  it('runs each step in order up to the current version and leaves its input alone', () => {
    const chain: Migration[] = [
      { from: 2, up: (e) => ({ ...e, trail: [...(e.trail as string[]), '2→3'] }) },
      { from: 1, up: (e) => ({ ...e, trail: ['1→2'] }) },
    ];
    const input = Object.freeze({ format: 'kap-envelope', version: 1 });
    const result = migrateEnvelope(input, chain, 3);
    expect(result).toEqual({
      ok: true,
      from: 1,
      envelope: { format: 'kap-envelope', version: 3, trail: ['1→2', '2→3'] },
    });
  });

  it('refuses a version with no path to the current one, a newer one, and a missing one', () => {
    expect(migrateEnvelope({ format: 'kap-envelope', version: 1 }, [], 2)).toMatchObject({
      ok: false,
      kind: 'version',
    });
    expect(migrateEnvelope({ format: 'kap-envelope', version: 7 })).toMatchObject({
      ok: false,
      kind: 'newer',
    });
    for (const version of [undefined, 0, 1.5, '1']) {
      expect(migrateEnvelope({ format: 'kap-envelope', version })).toMatchObject({
        ok: false,
        kind: 'version',
      });
    }
    expect(migrateEnvelope([])).toMatchObject({ ok: false, kind: 'not-an-object' });
  });
});
