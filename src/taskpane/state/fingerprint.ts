// "Changed since written": per written step, a fingerprint of the plan's content that step
// shows. When the plan's fingerprint for a step differs from the one recorded at the last write,
// the document's copy of that step is older than the plan.
import type { Collection, Plan } from '../../plan';
import type { StoryStep } from '../../story/outline';
import type { Fingerprints } from './editor';

/**
 * What each written step shows, besides the account: its own items and the items it names
 * (labels move when items are added, removed or ranked, so the cited collections count too).
 */
const SHOWN: Readonly<Record<StoryStep, readonly Collection[]>> = {
  0: ['facts', 'gaps', 'soWhats', 'opportunities', 'risks', 'goals', 'strategies', 'actions'],
  1: ['facts', 'gaps', 'soWhats', 'actions'],
  2: ['soWhats', 'facts'],
  3: ['opportunities', 'risks', 'soWhats', 'goals'],
  4: ['goals', 'opportunities', 'risks'],
  5: ['strategies', 'goals', 'facts'],
  6: ['actions', 'strategies', 'goals', 'gaps'],
};

export const STORY_STEPS: readonly StoryStep[] = [0, 1, 2, 3, 4, 5, 6];

/** 32-bit FNV-1a of a string, as 8 hex digits: equal content, equal fingerprint. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * What version 2 adds to a step: the summary and the message titles on the cover and overview,
 * a step's own message title, the buying centre where people are shown or named. Only what a
 * plan has counts, so a plan without them keeps the fingerprint its steps were written with.
 */
function additions(plan: Plan, step: StoryStep): unknown[] {
  const out: unknown[] = [];
  if (step === 0) {
    if (plan.summary) out.push(plan.summary);
    if (plan.headlines) out.push(plan.headlines);
  } else {
    const headline: unknown = plan.headlines?.[String(step) as '1'];
    if (typeof headline === 'string') out.push(headline);
  }
  if ((step === 1 || step === 6) && plan.people.length > 0) out.push(plan.people);
  return out;
}

export function fingerprint(plan: Plan, step: StoryStep): string {
  return hash(
    JSON.stringify([plan.account, ...SHOWN[step].map((c) => plan[c]), ...additions(plan, step)]),
  );
}

export function fingerprints(plan: Plan, steps: readonly StoryStep[]): Fingerprints {
  return Object.fromEntries(steps.map((step) => [step, fingerprint(plan, step)]));
}

/** The written steps whose document copy no longer matches the plan. */
export function changedSinceWritten(plan: Plan, written: Fingerprints): StoryStep[] {
  return STORY_STEPS.filter((step) => {
    const then = written[step];
    return then !== undefined && then !== fingerprint(plan, step);
  });
}
