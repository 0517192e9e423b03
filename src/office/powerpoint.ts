// Writes the plan's steps into the open presentation, in place. Each step's slides are rendered
// as a small deck, inserted with insertSlidesFromBase64 (PowerPointApi 1.2), found by comparing
// slide ids before and after (the call returns nothing) and tagged (PowerPointApi 1.3). Writing
// a step again inserts the new slides right after the old ones, then deletes the old ones, so
// the step keeps its place. Slides without this plan's tags are the user's: never touched.
//
// Round trips: whatever the plan's size, 4 syncs — read ids, read tags, insert + read ids,
// tag + delete. Loops only queue work; no sync runs inside one.
import type { Localized } from '../plan/messages';
import type { StoryStep } from '../story/outline';
import { describeError, stepList, storyOrder, type WriteResult } from './result';

export type PowerPointRun = <T>(
  batch: (context: PowerPoint.RequestContext) => Promise<T>,
) => Promise<T>;

export interface RenderedStep {
  readonly base64: string;
  /** How many slides the deck holds: needed to split a run of new slides between steps. */
  readonly slideCount: number;
}

export type RenderStep = (step: StoryStep) => Promise<RenderedStep>;

export interface SlideTarget {
  readonly run: PowerPointRun;
  /** getSelectedSlides (PowerPointApi 1.5) exists: the first write goes after the selection. */
  readonly canReadSelection: boolean;
}

export interface SlideWriteOptions {
  readonly formatting?: 'UseDestinationTheme' | 'KeepSourceFormatting';
}

/** Tag keys; PowerPoint stores keys in capitals whatever is passed. */
export const SLIDE_TAGS = { plan: 'KAP_PLAN', step: 'KAP_STEP', format: 'KAP_FORMAT' } as const;
export const SLIDE_TAG_FORMAT = '1';

interface DeckSlide {
  readonly id: string;
  /** The plan step this slide belongs to, when it carries this plan's tags. */
  readonly step?: StoryStep;
}

function parseStep(value: string | undefined): StoryStep | undefined {
  if (value === undefined || !/^[0-6]$/.test(value)) return undefined;
  return Number(value) as StoryStep;
}

/** Where each written step's new slides go: after `target` (undefined: at the beginning). */
interface Placement {
  readonly step: StoryStep;
  readonly target: string | undefined;
}

/**
 * Decides where each step goes so that the plan's slides stay in story order whatever order
 * the steps are written in: a step already present goes after its old slides (which are then
 * deleted); a new step goes after the nearest earlier step present, else before the nearest
 * later one, else — the first write — after the selected slide or at the end.
 */
export function placeSteps(
  deck: readonly DeckSlide[],
  steps: readonly StoryStep[],
  selectedIds: readonly string[],
): Placement[] {
  const slidesOf = (step: StoryStep): DeckSlide[] => deck.filter((s) => s.step === step);
  const present = storyOrder(deck.flatMap((s) => (s.step === undefined ? [] : [s.step])));
  return storyOrder(steps).map((step) => {
    const own = slidesOf(step);
    if (own.length > 0) return { step, target: own[own.length - 1]!.id };
    const earlier = present.filter((p) => p < step).pop();
    if (earlier !== undefined) {
      const slides = slidesOf(earlier);
      return { step, target: slides[slides.length - 1]!.id };
    }
    const later = present.find((p) => p > step);
    if (later !== undefined) {
      const first = deck.indexOf(slidesOf(later)[0]!);
      return { step, target: first > 0 ? deck[first - 1]!.id : undefined };
    }
    const selected = deck.filter((s) => selectedIds.includes(s.id)).pop();
    return { step, target: (selected ?? deck[deck.length - 1])?.id };
  });
}

/**
 * Splits the slides that are new after the insertions between the steps. Steps with the same
 * target form one contiguous run right after it, in story order (they are inserted in reverse).
 * Returns undefined when the deck does not look as expected: then nothing is tagged or deleted.
 */
export function assignNewSlides(
  before: ReadonlySet<string>,
  after: readonly string[],
  placements: readonly Placement[],
  counts: ReadonlyMap<StoryStep, number>,
): Map<StoryStep, string[]> | undefined {
  const fresh = after.filter((id) => !before.has(id));
  const groups = new Map<string | undefined, StoryStep[]>();
  for (const { step, target } of placements)
    groups.set(target, [...(groups.get(target) ?? []), step]);
  const assigned = new Map<StoryStep, string[]>();
  let total = 0;
  for (const [target, steps] of groups) {
    const start = target === undefined ? 0 : after.indexOf(target) + 1;
    if (target !== undefined && start === 0) return undefined;
    let at = start;
    for (const step of steps) {
      const count = counts.get(step) ?? 0;
      const ids = after.slice(at, at + count);
      if (ids.length !== count || ids.some((id) => before.has(id))) return undefined;
      assigned.set(step, ids);
      at += count;
      total += count;
    }
  }
  return total === fresh.length ? assigned : undefined;
}

export async function writeSlides(
  target: SlideTarget,
  planId: string,
  steps: readonly StoryStep[],
  render: RenderStep,
  options: SlideWriteOptions = {},
): Promise<WriteResult> {
  const order = storyOrder(steps);
  const formatting = options.formatting ?? 'UseDestinationTheme';
  let rendered: Map<StoryStep, RenderedStep>;
  try {
    // Rendering needs no document: done first, so a rendering failure changes nothing.
    const decks = await Promise.all(order.map(async (step) => [step, await render(step)] as const));
    rendered = new Map(decks);
  } catch (error) {
    return failure([], order, [], {
      de: `Die Folien konnten nicht erzeugt werden (${describeError(error)}). Die Präsentation ist unverändert.`,
      en: `The slides could not be made (${describeError(error)}). The presentation is unchanged.`,
    });
  }

  return target.run(async (context) => {
    const presentation = context.presentation;
    const slides = presentation.slides;
    slides.load('items/id');
    const selection = target.canReadSelection ? presentation.getSelectedSlides() : undefined;
    selection?.load('items/id');
    try {
      await context.sync();
    } catch (error) {
      return unchangedFailure(order, error);
    }

    const tagLists = slides.items.map((slide) => {
      const tags = slide.tags;
      tags.load('items/key,items/value');
      return tags;
    });
    try {
      await context.sync();
    } catch (error) {
      return unchangedFailure(order, error);
    }

    const deck: DeckSlide[] = slides.items.map((slide, index) => {
      const tags = new Map(
        (tagLists[index]?.items ?? []).map((t) => [t.key.toUpperCase(), t.value]),
      );
      const step =
        tags.get(SLIDE_TAGS.plan) === planId ? parseStep(tags.get(SLIDE_TAGS.step)) : undefined;
      return step === undefined ? { id: slide.id } : { id: slide.id, step };
    });
    const beforeIds = new Set(deck.map((s) => s.id));
    const selectedIds = selection ? selection.items.map((s) => s.id) : [];
    const oldSlides = new Map(
      order.map((step) => [step, deck.filter((s) => s.step === step).map((s) => s.id)]),
    );
    const placements = placeSteps(deck, order, selectedIds);

    // Steps sharing a target are inserted in reverse so that they end up in story order.
    for (const { step, target: after } of [...placements].reverse()) {
      const deckOfStep = rendered.get(step);
      if (!deckOfStep || deckOfStep.slideCount === 0) continue;
      presentation.insertSlidesFromBase64(
        deckOfStep.base64,
        after === undefined ? { formatting } : { formatting, targetSlideId: after },
      );
    }
    slides.load('items/id');
    try {
      await context.sync();
    } catch (error) {
      return cleanUp(context, beforeIds, order, oldSlides, error);
    }

    const afterIds = slides.items.map((s) => s.id);
    const counts = new Map(order.map((step) => [step, rendered.get(step)?.slideCount ?? 0]));
    const assigned = assignNewSlides(beforeIds, afterIds, placements, counts);
    if (!assigned) {
      return cleanUp(
        context,
        beforeIds,
        order,
        oldSlides,
        new Error('the inserted slides were not where they were expected'),
      );
    }
    const byId = new Map(slides.items.map((slide) => [slide.id, slide]));
    for (const [step, ids] of assigned) {
      for (const id of ids) {
        const tags = byId.get(id)?.tags;
        tags?.add(SLIDE_TAGS.plan, planId);
        tags?.add(SLIDE_TAGS.step, String(step));
        tags?.add(SLIDE_TAGS.format, SLIDE_TAG_FORMAT);
      }
    }
    for (const ids of oldSlides.values()) for (const id of ids) byId.get(id)?.delete();
    try {
      await context.sync();
    } catch (error) {
      return cleanUp(context, beforeIds, order, oldSlides, error);
    }
    return { ok: true, written: order };
  });
}

function failure(
  written: readonly StoryStep[],
  unchanged: readonly StoryStep[],
  incomplete: readonly StoryStep[],
  message: Localized,
): WriteResult {
  return { ok: false, message, written, unchanged, incomplete };
}

function unchangedFailure(order: readonly StoryStep[], error: unknown): WriteResult {
  return failure([], order, [], {
    de: `PowerPoint hat das Schreiben abgelehnt (${describeError(error)}). Die Präsentation ist unverändert.`,
    en: `PowerPoint refused the write (${describeError(error)}). The presentation is unchanged.`,
  });
}

/**
 * After a failure once slides were inserted: removes every slide that was not there before (they
 * are this write's, untagged or half-tagged) and reports which steps kept their old slides.
 * Two extra syncs, only on this path.
 */
async function cleanUp(
  context: PowerPoint.RequestContext,
  beforeIds: ReadonlySet<string>,
  order: readonly StoryStep[],
  oldSlides: ReadonlyMap<StoryStep, readonly string[]>,
  cause: unknown,
): Promise<WriteResult> {
  const reason = describeError(cause);
  try {
    const slides = context.presentation.slides;
    slides.load('items/id');
    await context.sync();
    for (const slide of slides.items) if (!beforeIds.has(slide.id)) slide.delete();
    slides.load('items/id');
    await context.sync();
    const remaining = new Set(slides.items.map((s) => s.id));
    const unchanged = order.filter((step) =>
      (oldSlides.get(step) ?? []).every((id) => remaining.has(id)),
    );
    const incomplete = order.filter((step) => !unchanged.includes(step));
    if (incomplete.length === 0) {
      return failure([], unchanged, [], {
        de: `Das Schreiben ist fehlgeschlagen (${reason}). Die Präsentation ist wieder wie vorher.`,
        en: `The write failed (${reason}). The presentation is back as it was.`,
      });
    }
    return failure([], unchanged, incomplete, {
      de: `Das Schreiben ist fehlgeschlagen (${reason}). Die Folien von Schritt ${stepList(incomplete)} fehlen jetzt ganz oder teilweise: bitte diese Schritte noch einmal schreiben. Alle anderen Folien sind wie vorher.`,
      en: `The write failed (${reason}). The slides of step ${stepList(incomplete)} are now missing in whole or in part: please write these steps again. All other slides are as they were.`,
    });
  } catch (second) {
    return failure([], [], order, {
      de: `Das Schreiben ist fehlgeschlagen (${reason}), und das Aufräumen auch (${describeError(second)}). Neue Folien ohne Markierung können in der Präsentation stehen; die eigenen Folien sind unberührt. Bitte die Schritte ${stepList(order)} prüfen und noch einmal schreiben.`,
      en: `The write failed (${reason}), and so did the clean-up (${describeError(second)}). New unmarked slides may be in the presentation; your own slides are untouched. Please check steps ${stepList(order)} and write them again.`,
    });
  }
}
