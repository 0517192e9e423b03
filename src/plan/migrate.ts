// Upgrades a stored envelope (the plan kept inside an Office document) to the version this build
// writes, one step at a time, and refuses what it cannot know — a newer version (written by a
// newer add-in: overwriting it would lose that add-in's data) and any other format.
// Envelope version 2 holds plans of format version 2. Its number went up with the plan's so
// that an add-in of the first release, which reads envelope 1 only, refuses a version 2 plan
// and leaves it alone instead of failing to validate it and saving over it.
import type { Localized } from './messages';

export const ENVELOPE_FORMAT = 'kap-envelope';
export const ENVELOPE_VERSION = 2;

/** One step of the chain: turns an envelope of version `from` into one of version `from + 1`. */
export interface Migration {
  readonly from: number;
  readonly up: (envelope: Readonly<Record<string, unknown>>) => Record<string, unknown>;
}

/** A stored plan of format version 1 as version 2: the same plan, every new field absent. */
function planToVersion2(plan: unknown): unknown {
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan)) return plan;
  const record = plan as Record<string, unknown>;
  return record.version === 1 ? { ...record, version: 2 } : record;
}

/** Every migration this build knows, oldest first. */
export const MIGRATIONS: readonly Migration[] = [
  {
    from: 1,
    up: (envelope) => {
      const previous = envelope.previous;
      const out: Record<string, unknown> = { ...envelope, plan: planToVersion2(envelope.plan) };
      if (typeof previous === 'object' && previous !== null && !Array.isArray(previous)) {
        const record = previous as Record<string, unknown>;
        out.previous = { ...record, plan: planToVersion2(record.plan) };
      }
      return out;
    },
  },
];

export type MigrationRefusal = 'not-an-object' | 'format' | 'version' | 'newer';

export type MigrateResult =
  | {
      readonly ok: true;
      readonly envelope: Record<string, unknown>;
      /** The version found in the document (equals the current one when nothing was done). */
      readonly from: number;
    }
  | { readonly ok: false; readonly kind: MigrationRefusal; readonly message: Localized };

/**
 * Brings a parsed envelope to `current`. Never changes its input. `migrations` and `current`
 * are parameters so that tests can prove the chain works before a real second version exists.
 */
export function migrateEnvelope(
  value: unknown,
  migrations: readonly Migration[] = MIGRATIONS,
  current: number = ENVELOPE_VERSION,
): MigrateResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return {
      ok: false,
      kind: 'not-an-object',
      message: {
        de: 'Die gespeicherten Daten sind kein JSON-Objekt.',
        en: 'The stored data is not a JSON object.',
      },
    };
  }
  const record = value as Record<string, unknown>;
  if (record.format !== ENVELOPE_FORMAT) {
    const found = JSON.stringify(record.format) ?? 'nothing';
    return {
      ok: false,
      kind: 'format',
      message: {
        de: `Die gespeicherten Daten haben ein unbekanntes Format (${found === 'nothing' ? 'keins' : found} statt "${ENVELOPE_FORMAT}").`,
        en: `The stored data has an unknown format (${found} instead of "${ENVELOPE_FORMAT}").`,
      },
    };
  }
  const version = record.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    const found = JSON.stringify(version) ?? 'nothing';
    return {
      ok: false,
      kind: 'version',
      message: {
        de: `Die gespeicherten Daten haben keine gültige Versionsnummer (gefunden: ${found === 'nothing' ? 'keine' : found}).`,
        en: `The stored data has no valid version number (found: ${found}).`,
      },
    };
  }
  if (version > current) {
    return {
      ok: false,
      kind: 'newer',
      message: {
        de: `Der Plan in diesem Dokument wurde von einer neueren Version des Add-ins gespeichert (Format-Version ${version}, diese kennt bis ${current}). Er bleibt unverändert; bitte das Add-in aktualisieren.`,
        en: `The plan in this document was saved by a newer version of the add-in (format version ${version}; this one knows up to ${current}). It is left unchanged; please update the add-in.`,
      },
    };
  }
  let envelope: Record<string, unknown> = { ...record };
  for (let at = version; at < current; at++) {
    const step = migrations.find((m) => m.from === at);
    if (!step) {
      return {
        ok: false,
        kind: 'version',
        message: {
          de: `Für die Format-Version ${at} der gespeicherten Daten gibt es keinen Weg zur aktuellen Version ${current}.`,
          en: `There is no way from format version ${at} of the stored data to the current version ${current}.`,
        },
      };
    }
    envelope = { ...step.up(envelope), format: ENVELOPE_FORMAT, version: at + 1 };
  }
  return { ok: true, envelope, from: version };
}
