// Writes the plan's steps into the open presentation, in place. Each step's slides are rendered
// as a small deck, inserted with insertSlidesFromBase64 (PowerPointApi 1.2), found by comparing
// slide ids before and after (the call returns nothing) and tagged (PowerPointApi 1.3). Writing
// a step again inserts the new slides right after the old ones, then deletes the old ones, so
// the step keeps its place. Slides without this plan's tags are the user's: never touched.
//
// What PowerPoint really does shapes the details:
// - Duplicating a slide copies its tags. Each written slide is also tagged with its own id; a
//   slide with the plan's tags under another id is the user's copy: it is untagged, not deleted.
// - Others may change the deck while a write runs (a co-author, a second window). Only slides
//   this write inserted — the new slides found right where they were inserted — and slides
//   found tagged as its own are ever deleted; a failure report says only what is known.
// - On PowerPoint on the web inserted slides may show up late (office-js#2903, #2427, #3087):
//   the deck is looked at again a few times, with growing pauses, before the write gives up.
//
// Round trips: whatever the plan's size, 4 syncs — read ids, read tags, insert + read ids,
// tag + delete — plus one per extra look while inserted slides are late. Loops only queue work.
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
  /** Pauses between looks for late slides; tests pass their own. */
  readonly wait?: (ms: number) => Promise<void>;
}

export interface SlideWriteOptions {
  readonly formatting?: 'UseDestinationTheme' | 'KeepSourceFormatting';
}

/** Tag keys; PowerPoint stores keys in capitals whatever is passed. */
export const SLIDE_TAGS = {
  plan: 'KAP_PLAN',
  step: 'KAP_STEP',
  format: 'KAP_FORMAT',
  /** The id the slide had when it was written: a duplicate carries the original's. */
  slide: 'KAP_SLIDE',
} as const;
export const SLIDE_TAG_FORMAT = '1';

/** Pauses before each further look at a deck whose inserted slides have not all shown up. */
export const LATE_SLIDE_PAUSES_MS: readonly number[] = [250, 500, 1000, 2000];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The part of a slide id that names the slide: "267" of "267#763315295". Hosts report the id
 * with or without the creation id ("267#"); the number before "#" is the same in both.
 */
export function slideKey(id: string): string {
  const at = id.indexOf('#');
  return at > 0 ? id.slice(0, at) : id;
}

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

/** The placements that share a target, in story order: inserted together, they form one run. */
function runs(placements: readonly Placement[]): Map<string | undefined, StoryStep[]> {
  const groups = new Map<string | undefined, StoryStep[]>();
  for (const { step, target } of placements) {
    groups.set(target, [...(groups.get(target) ?? []), step]);
  }
  return groups;
}

/**
 * Finds this write's new slides: for each target, the run of slides right after it that were
 * not there before, split between its steps in story order (they are inserted in reverse).
 * New slides anywhere else are someone else's and are left out. Returns undefined when a run is
 * not (yet) complete: then nothing may be tagged or deleted.
 */
export function assignNewSlides(
  before: ReadonlySet<string>,
  after: readonly string[],
  placements: readonly Placement[],
  counts: ReadonlyMap<StoryStep, number>,
): Map<StoryStep, string[]> | undefined {
  const assigned = new Map<StoryStep, string[]>();
  const taken = new Set<string>();
  for (const [target, steps] of runs(placements)) {
    const start = target === undefined ? 0 : after.indexOf(target) + 1;
    if (target !== undefined && start === 0) return undefined;
    let at = start;
    for (const step of steps) {
      const count = counts.get(step) ?? 0;
      const ids = after.slice(at, at + count);
      if (ids.length !== count || ids.some((id) => before.has(id) || taken.has(id))) {
        return undefined;
      }
      for (const id of ids) taken.add(id);
      assigned.set(step, ids);
      at += count;
    }
  }
  return assigned;
}

/**
 * The new slides that can only be this write's, when the runs are not whole: those found in an
 * unbroken line of new slides right after a target, at most as many as were inserted there.
 */
function ownNewSlides(
  before: ReadonlySet<string>,
  after: readonly string[],
  placements: readonly Placement[],
  counts: ReadonlyMap<StoryStep, number>,
): string[] {
  const own: string[] = [];
  for (const [target, steps] of runs(placements)) {
    const start = target === undefined ? 0 : after.indexOf(target) + 1;
    if (target !== undefined && start === 0) continue;
    const total = steps.reduce<number>((sum, step) => sum + (counts.get(step) ?? 0), 0);
    for (let at = start; at < start + total && at < after.length; at++) {
      const id = after[at]!;
      if (before.has(id)) break;
      own.push(id);
    }
  }
  return own;
}

/** What the write knows once its slides are in: needed to clean up after a failure. */
interface Inserted {
  readonly beforeIds: ReadonlySet<string>;
  readonly placements: readonly Placement[];
  readonly counts: ReadonlyMap<StoryStep, number>;
  readonly oldSlides: ReadonlyMap<StoryStep, readonly string[]>;
  /** The new slides by step, once found. */
  readonly assigned?: ReadonlyMap<StoryStep, readonly string[]>;
  /** False when the insert itself failed: some of the slides may not have gone in. */
  readonly insertDone: boolean;
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
  const wait = target.wait ?? pause;
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

    // The user's copies of plan slides: tagged as the plan's, but under another slide's id.
    const copies: string[] = [];
    // Plan slides written before slides were marked with their own id: marked now.
    const unmarked: string[] = [];
    const deck: DeckSlide[] = slides.items.map((slide, index) => {
      const tags = new Map(
        (tagLists[index]?.items ?? []).map((t) => [t.key.toUpperCase(), t.value]),
      );
      const step =
        tags.get(SLIDE_TAGS.plan) === planId ? parseStep(tags.get(SLIDE_TAGS.step)) : undefined;
      if (step === undefined) return { id: slide.id };
      const own = tags.get(SLIDE_TAGS.slide);
      if (own === undefined) unmarked.push(slide.id);
      else if (slideKey(own) !== slideKey(slide.id)) {
        copies.push(slide.id);
        return { id: slide.id };
      }
      return { id: slide.id, step };
    });
    const beforeIds = new Set(deck.map((s) => s.id));
    const selectedIds = selection ? selection.items.map((s) => s.id) : [];
    const oldSlides = new Map(
      order.map((step) => [step, deck.filter((s) => s.step === step).map((s) => s.id)]),
    );
    const placements = placeSteps(deck, order, selectedIds);
    const counts = new Map(order.map((step) => [step, rendered.get(step)?.slideCount ?? 0]));
    const known = { beforeIds, placements, counts, oldSlides };

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
      return cleanUp(context, { ...known, insertDone: false }, order, error);
    }

    // Inserted slides may show up late on the web: look again, a bounded number of times.
    const find = async (looks: number): Promise<Map<StoryStep, string[]> | undefined> => {
      const found = assignNewSlides(
        beforeIds,
        slides.items.map((s) => s.id),
        placements,
        counts,
      );
      const pauseMs = LATE_SLIDE_PAUSES_MS[looks];
      if (found || pauseMs === undefined) return found;
      await wait(pauseMs);
      slides.load('items/id');
      await context.sync();
      return find(looks + 1);
    };
    let assigned: Map<StoryStep, string[]> | undefined;
    try {
      assigned = await find(0);
    } catch (error) {
      return cleanUp(context, { ...known, insertDone: true }, order, error);
    }
    if (!assigned) {
      return cleanUp(
        context,
        { ...known, insertDone: true },
        order,
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
        tags?.add(SLIDE_TAGS.slide, id);
      }
    }
    const deleted = new Set([...oldSlides.values()].flat());
    for (const id of unmarked) {
      if (!deleted.has(id)) byId.get(id)?.tags.add(SLIDE_TAGS.slide, id);
    }
    // The user's copy stays where it is, as theirs: none of the plan's tags any more.
    for (const id of copies) {
      const tags = byId.get(id)?.tags;
      for (const key of Object.values(SLIDE_TAGS)) tags?.delete(key);
    }
    for (const id of deleted) byId.get(id)?.delete();
    try {
      await context.sync();
    } catch (error) {
      return cleanUp(context, { ...known, assigned, insertDone: true }, order, error);
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
 * After a failure once slides were inserted: removes this write's new slides — never a slide
 * someone else added meanwhile — and reports what is known: which steps kept their old slides,
 * and whether new slides may be left over or still show up. Two extra syncs, only on this path.
 */
async function cleanUp(
  context: PowerPoint.RequestContext,
  known: Inserted,
  order: readonly StoryStep[],
  cause: unknown,
): Promise<WriteResult> {
  const reason = describeError(cause);
  try {
    const slides = context.presentation.slides;
    slides.load('items/id');
    await context.sync();
    const after = slides.items.map((s) => s.id);
    const own = known.assigned
      ? [...known.assigned.values()].flat()
      : ownNewSlides(known.beforeIds, after, known.placements, known.counts);
    const ownSet = new Set(own);
    for (const slide of slides.items) if (ownSet.has(slide.id)) slide.delete();
    slides.load('items/id');
    await context.sync();
    const remaining = new Set(slides.items.map((s) => s.id));
    const unchanged = order.filter((step) =>
      (known.oldSlides.get(step) ?? []).every((id) => remaining.has(id)),
    );
    const incomplete = order.filter((step) => !unchanged.includes(step));
    const others = [...remaining].filter((id) => !known.beforeIds.has(id)).length;
    const inserted = [...known.counts.values()].reduce((sum, n) => sum + n, 0);
    // Slides PowerPoint took but has not shown yet may still appear, without the plan's mark.
    const missing = known.insertDone ? Math.max(0, inserted - own.length) : 0;

    const notes: Localized[] = [];
    if (incomplete.length > 0) {
      notes.push({
        de: `Die Folien von Schritt ${stepList(incomplete)} fehlen jetzt ganz oder teilweise: bitte diese Schritte noch einmal schreiben.`,
        en: `The slides of step ${stepList(incomplete)} are now missing in whole or in part: please write these steps again.`,
      });
    }
    if (missing > 0) {
      notes.push({
        de: `PowerPoint hat ${missing} neue Folien noch nicht angezeigt (bekannt von PowerPoint im Web, office-js#2903). Erscheinen sie noch, tragen sie keine Markierung des Plans: bitte löschen und den Schritt ${stepList(order)} noch einmal schreiben.`,
        en: `PowerPoint has not shown ${missing} new slides yet (known on PowerPoint on the web, office-js#2903). Should they still appear, they carry no mark of the plan: please delete them and write step ${stepList(order)} again.`,
      });
    }
    if (others > 0) {
      notes.push({
        de: `${others} Folien, die jemand anders währenddessen eingefügt hat, sind unberührt geblieben.`,
        en: `${others} slides someone else added meanwhile were left alone.`,
      });
    }
    if (incomplete.length === 0 && missing === 0) {
      const back: Localized =
        others === 0
          ? {
              de: 'Die Präsentation ist wieder wie vorher.',
              en: 'The presentation is back as it was.',
            }
          : {
              de: 'Die Folien des Plans und Ihre eigenen sind wie vorher.',
              en: 'The slides of the plan are as they were, and so are your own.',
            };
      notes.unshift(back);
    }
    // Late slides may still land beside any step's slides: no step can be called unchanged.
    return failure([], missing > 0 ? [] : unchanged, missing > 0 ? order : incomplete, {
      de: `Das Schreiben ist fehlgeschlagen (${reason}). ${notes.map((n) => n.de).join(' ')}`,
      en: `The write failed (${reason}). ${notes.map((n) => n.en).join(' ')}`,
    });
  } catch (second) {
    return failure([], [], order, {
      de: `Das Schreiben ist fehlgeschlagen (${reason}), und das Aufräumen auch (${describeError(second)}). Neue Folien ohne Markierung können in der Präsentation stehen; die eigenen Folien sind unberührt. Bitte die Schritte ${stepList(order)} prüfen und noch einmal schreiben.`,
      en: `The write failed (${reason}), and so did the clean-up (${describeError(second)}). New unmarked slides may be in the presentation; your own slides are untouched. Please check steps ${stepList(order)} and write them again.`,
    });
  }
}
