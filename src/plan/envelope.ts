// The plan as it is stored inside an Office document: a versioned envelope around the plan file,
// so that a later build can tell what an earlier one wrote (migrate.ts) and so that data it
// cannot read is recognised as such and kept, not overwritten.
import type { Localized } from './messages';
import {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  migrateEnvelope,
  type Migration,
  type MigrationRefusal,
} from './migrate';
import { validatePlanValue, type InputProblem } from './read';
import type { Plan } from './schema';

export { ENVELOPE_FORMAT, ENVELOPE_VERSION } from './migrate';

/** A plan that another one replaced in the document (a plan file opened over it), kept to undo. */
export interface PreviousPlan {
  /** ISO 8601 instant when it was replaced. */
  readonly replacedAt: string;
  readonly plan: Plan;
}

export interface Envelope {
  readonly format: typeof ENVELOPE_FORMAT;
  readonly version: typeof ENVELOPE_VERSION;
  /** ISO 8601 instant of the save, by the saving computer's clock: only a tie-breaker. */
  readonly savedAt: string;
  /**
   * Counts the saves of the plan in this document: each save writes one more than the highest
   * it has seen, so the newest copy wins on open whatever the computers' clocks say. Copies
   * written before it existed count as 0.
   */
  readonly revision: number;
  /**
   * Identifies the plan the document's slides and sections belong to: slides pasted in from
   * another plan's deck carry another id and are treated as the user's own.
   */
  readonly planId: string;
  readonly plan: Plan;
  readonly previous?: PreviousPlan;
  /**
   * Per written step (0–6), a fingerprint of the plan's content the document shows: the task
   * pane compares it with the plan to mark steps "changed since written". Optional: a copy
   * without it simply marks nothing.
   */
  readonly written?: Readonly<Record<string, string>>;
}

export type EnvelopeProblemKind = 'syntax' | MigrationRefusal | 'shape' | 'plan';

export type EnvelopeRead =
  | { readonly ok: true; readonly envelope: Envelope; readonly migratedFrom?: number }
  | {
      readonly ok: false;
      readonly kind: EnvelopeProblemKind;
      readonly message: Localized;
      /** The plan's own problems when the plan inside fails validation. */
      readonly problems?: readonly InputProblem[];
    };

export function makeEnvelope(
  plan: Plan,
  planId: string,
  savedAt: Date,
  revision = 1,
  previous?: PreviousPlan,
  written?: Readonly<Record<string, string>>,
): Envelope {
  const envelope: Envelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    savedAt: savedAt.toISOString(),
    revision,
    planId,
    plan,
    ...(written && Object.keys(written).length > 0 ? { written } : {}),
  };
  return previous ? { ...envelope, previous } : envelope;
}

/** The written-step fingerprints of a stored envelope, when they have the expected shape. */
function writtenOf(value: unknown): Readonly<Record<string, string>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] => /^[0-6]$/.test(entry[0]) && typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

/**
 * The envelope as JSON that every store can hold. JSON.stringify already escapes control
 * characters and lone surrogates; U+FFFE and U+FFFF it leaves as they are, and XML 1.0 cannot
 * hold them in any form, so a custom XML part with them is malformed and Office refuses it.
 * They can only occur inside JSON strings, where a \u escape means the same character.
 */
export function writeEnvelopeText(envelope: Envelope): string {
  return JSON.stringify(envelope).replace(
    /[\uFFFE\uFFFF]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16)}`,
  );
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Reads stored text; migrates older versions; validates the plan inside. Never throws.
 * `migrations` and `current` let tests read as a later build would.
 */
export function readEnvelopeText(
  text: string,
  migrations?: readonly Migration[],
  current?: number,
): EnvelopeRead {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    return {
      ok: false,
      kind: 'syntax',
      message: {
        de: 'Die gespeicherten Daten sind beschädigt (kein gültiges JSON).',
        en: 'The stored data is damaged (not valid JSON).',
      },
    };
  }
  return readEnvelopeValue(value, migrations, current);
}

export function readEnvelopeValue(
  value: unknown,
  migrations?: readonly Migration[],
  current?: number,
): EnvelopeRead {
  const migrated = migrateEnvelope(value, migrations, current);
  if (!migrated.ok) return migrated;
  const { savedAt, planId, plan, revision = 0, previous, written } = migrated.envelope;
  if (
    typeof savedAt !== 'string' ||
    !ISO_INSTANT.test(savedAt) ||
    Number.isNaN(Date.parse(savedAt))
  ) {
    return shapeProblem('savedAt', {
      de: 'ein Zeitpunkt (ISO 8601)',
      en: 'an instant (ISO 8601)',
    });
  }
  if (typeof planId !== 'string' || planId === '') {
    return shapeProblem('planId', { de: 'eine nicht leere Id', en: 'a non-empty id' });
  }
  if (typeof revision !== 'number' || !Number.isSafeInteger(revision) || revision < 0) {
    return shapeProblem('revision', {
      de: 'eine ganze Zahl ab 0',
      en: 'a whole number from 0',
    });
  }
  const read = validatePlanValue(plan);
  if (!read.ok) {
    const first = read.problems[0]?.message;
    return {
      ok: false,
      kind: 'plan',
      problems: read.problems,
      message: {
        de: `Der gespeicherte Plan ist ungültig${first ? `: ${first.de}` : '.'}`,
        en: `The stored plan is not valid${first ? `: ${first.en}` : '.'}`,
      },
    };
  }
  const kept = readPrevious(previous);
  const fingerprints = writtenOf(written);
  const envelope: Envelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    savedAt,
    revision,
    planId,
    plan: read.plan,
    ...(kept ? { previous: kept } : {}),
    ...(fingerprints ? { written: fingerprints } : {}),
  };
  return migrated.from === (current ?? ENVELOPE_VERSION)
    ? { ok: true, envelope }
    : { ok: true, envelope, migratedFrom: migrated.from };
}

/**
 * The replaced plan kept beside the current one. It only offers an undo: when it is damaged
 * the current plan still opens, without the offer.
 */
function readPrevious(value: unknown): PreviousPlan | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { replacedAt, plan } = value as { replacedAt?: unknown; plan?: unknown };
  if (typeof replacedAt !== 'string' || !ISO_INSTANT.test(replacedAt)) return undefined;
  const read = validatePlanValue(plan);
  return read.ok ? { replacedAt, plan: read.plan } : undefined;
}

function shapeProblem(field: string, expected: Localized): EnvelopeRead {
  return {
    ok: false,
    kind: 'shape',
    message: {
      de: `Die gespeicherten Daten sind unvollständig: "${field}" muss ${expected.de} sein.`,
      en: `The stored data is incomplete: "${field}" must be ${expected.en}.`,
    },
  };
}
