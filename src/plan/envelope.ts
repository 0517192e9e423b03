// The plan as it is stored inside an Office document: a versioned envelope around the plan file,
// so that a later build can tell what an earlier one wrote (migrate.ts) and so that data it
// cannot read is recognised as such and kept, not overwritten.
import type { Localized } from './messages';
import {
  ENVELOPE_FORMAT,
  ENVELOPE_VERSION,
  migrateEnvelope,
  type MigrationRefusal,
} from './migrate';
import { validatePlanValue, type InputProblem } from './read';
import type { Plan } from './schema';

export { ENVELOPE_FORMAT, ENVELOPE_VERSION } from './migrate';

export interface Envelope {
  readonly format: typeof ENVELOPE_FORMAT;
  readonly version: typeof ENVELOPE_VERSION;
  /** ISO 8601 instant of the save; the newest valid copy in a document wins on open. */
  readonly savedAt: string;
  /**
   * Identifies the plan the document's slides and sections belong to: slides pasted in from
   * another plan's deck carry another id and are treated as the user's own.
   */
  readonly planId: string;
  readonly plan: Plan;
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
  written?: Readonly<Record<string, string>>,
): Envelope {
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    savedAt: savedAt.toISOString(),
    planId,
    plan,
    ...(written && Object.keys(written).length > 0 ? { written } : {}),
  };
}

/** The written-step fingerprints of a stored envelope, when they have the expected shape. */
function writtenOf(value: unknown): Readonly<Record<string, string>> | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const entries = Object.entries(value as Record<string, unknown>).filter(
    (entry): entry is [string, string] => /^[0-6]$/.test(entry[0]) && typeof entry[1] === 'string',
  );
  return entries.length > 0 ? Object.fromEntries(entries) : undefined;
}

export function writeEnvelopeText(envelope: Envelope): string {
  return JSON.stringify(envelope);
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Reads stored text; migrates older versions; validates the plan inside. Never throws. */
export function readEnvelopeText(text: string): EnvelopeRead {
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
  return readEnvelopeValue(value);
}

export function readEnvelopeValue(value: unknown): EnvelopeRead {
  const migrated = migrateEnvelope(value);
  if (!migrated.ok) return migrated;
  const { savedAt, planId, plan, written } = migrated.envelope;
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
  const fingerprints = writtenOf(written);
  const envelope: Envelope = {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    savedAt,
    planId,
    plan: read.plan,
    ...(fingerprints ? { written: fingerprints } : {}),
  };
  return migrated.from === ENVELOPE_VERSION
    ? { ok: true, envelope }
    : { ok: true, envelope, migratedFrom: migrated.from };
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
