// What a write into the document reports back to the task pane: which steps are now in the
// document as written, and when something failed, in plain words which steps were left as they
// were and which may be incomplete.
import type { Localized } from '../plan/messages';
import type { StoryStep } from '../story/outline';

export type WriteResult =
  | { readonly ok: true; readonly written: readonly StoryStep[] }
  | {
      readonly ok: false;
      readonly message: Localized;
      /** Steps whose content in the document is the new one. */
      readonly written: readonly StoryStep[];
      /** Steps left exactly as they were before the write. */
      readonly unchanged: readonly StoryStep[];
      /** Steps that may be incomplete or missing now: write them again. */
      readonly incomplete: readonly StoryStep[];
    };

/** The story steps, sorted and without repeats: writers work in story order. */
export function storyOrder(steps: Iterable<StoryStep>): StoryStep[] {
  return [...new Set(steps)].sort((a, b) => a - b);
}

export function describeError(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === 'string' && code !== '' ? `${error.message} (${code})` : error.message;
  }
  return String(error);
}

export function stepList(steps: readonly StoryStep[]): string {
  return steps.map(String).join(', ');
}
