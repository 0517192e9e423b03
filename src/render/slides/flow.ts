// The flow of a part over its slides: blocks become sequences of measured rows, and the flow puts
// rows on the current slide until the space runs out, then opens a continuation slide that repeats
// the part's title, the open section's heading and the block's own header. Measuring happens once
// per part and style; placing is cheap, so deck.ts can lay a part out again and again with lower
// bottoms until its rows are balanced over its slides.
import type { Part } from '../../story/outline';
import { fitLines, paraHeight, type Para } from '../measure';
import { para, run, type Box, type SlidePlan } from './boxes';
import {
  CONTENT_BOTTOM,
  CONTENT_H,
  CONTENT_TOP,
  CONTENT_W,
  MARGIN_X,
  SIZE,
  TITLE_GAP,
  TITLE_Y,
  type Style,
} from './geometry';
import { COLOR } from '../theme';

/** A placeable piece of a block: its height, and whether it must not end a slide. */
export interface Row {
  readonly height: number;
  /** A row that must not end a slide when more rows follow (a title, a group row). */
  readonly keepWithNext?: boolean;
  /** Rows of content it counts as (0 for titles and headers); 1 when absent. */
  readonly weight?: number;
}

export interface Sequence<R extends Row> {
  readonly rows: readonly R[];
  /** Extra height a slice starting at `start` needs (a repeated header, a repeated title). */
  overhead(start: number): number;
  /** The boxes of rows [start, end) at y, in the frame of the slide they land on. */
  build(y: number, start: number, end: number, frame: Frame): Box[];
}

/** Where a part's content goes across the slide: the full width, or a column beside an aside. */
export interface Frame {
  readonly x: number;
  readonly w: number;
}

export const FULL: Frame = { x: MARGIN_X, w: CONTENT_W };

export interface Heading {
  readonly title: string;
  readonly size: number;
  readonly height: number;
  readonly kicker?: string;
}

interface ContinuedHeading {
  readonly title: string;
  readonly size: number;
  readonly height: number;
}

const continuations = new WeakMap<Heading, ContinuedHeading>();

/** A block made ready to place: measured once, placed on as many flows as deck.ts tries. */
export type Placeable = (flow: Flow) => void;

const EPSILON = 1e-9;

export function titleHeight(text: string, size: number): number {
  return paraHeight(para([run(text, size, COLOR.title, { bold: true })]), CONTENT_W);
}

export function coverContentTop(titleH: number): number {
  return 2.3 + titleH + 0.35;
}

export class Flow {
  readonly slides: SlidePlan[] = [];
  private y = CONTENT_TOP;
  private fresh = true;
  /** The open section's heading, repeated at the top of a slide that continues it. */
  private section: { paras: Para[]; height: number } | undefined;
  /** Height of the rows on the slides before this one, and on this one. */
  private placed = 0;
  private onSlide = 0;
  /** When set, each slide takes an even share of the rows still to come. */
  private balance: { total: number; slides: number } | undefined;
  /** A heading just placed at the foot of a slide: it moves on with what follows if that must. */
  private held:
    { slide: SlidePlan; boxes: Box[]; height: number; build: (y: number) => Box[] } | undefined;

  constructor(
    private readonly part: Part,
    private readonly heading: Heading,
    readonly continued: string,
    readonly style: Style,
    /** The lowest the content may reach on this try; never below CONTENT_BOTTOM. */
    private readonly bottom: number,
    /** Where the content goes on the part's first slide (narrower beside an aside). */
    private readonly firstFrame: Frame,
    cover: boolean,
    /** Where it goes on the slides that continue the part. */
    private readonly nextFrame: Frame = firstFrame,
  ) {
    this.open(cover);
  }

  /** The title of a continuation slide, measured once per part, whatever layouts are tried. */
  private continuation(): ContinuedHeading {
    const known = continuations.get(this.heading);
    if (known) return known;
    const title = continuedTitle(this.heading.title, this.continued);
    const size = Math.min(this.heading.size, SIZE.title);
    const made = { title, size, height: titleHeight(title, size) };
    continuations.set(this.heading, made);
    return made;
  }

  /** The current slide's frame. Rows are measured for the first frame, the narrower one. */
  get frame(): Frame {
    return this.slides.length <= 1 ? this.firstFrame : this.nextFrame;
  }

  /** Spreads the part's rows (`total` high) evenly over `slides` slides. */
  balanceOver(total: number, slides: number): void {
    this.balance = { total, slides };
  }

  /** The height of all rows placed so far. */
  get rowsHeight(): number {
    return this.placed + this.onSlide;
  }

  /** How much more row height this slide should take for an even spread; unlimited when not set. */
  private share(): number {
    if (!this.balance) return Infinity;
    const left = this.balance.slides - (this.slides.length - 1);
    if (left <= 1) return Infinity;
    return (this.balance.total - this.placed) / left - this.onSlide;
  }

  private open(cover: boolean): void {
    this.placed += this.onSlide;
    this.onSlide = 0;
    const first = this.slides.length === 0;
    const next = first ? undefined : this.continuation();
    const title = next?.title ?? this.heading.title;
    const titleSize = next?.size ?? this.heading.size;
    const titleH = next?.height ?? this.heading.height;
    const slide: SlidePlan = {
      step: this.part.step,
      key: this.part.key,
      cover: cover && first,
      ...(this.heading.kicker === undefined ? {} : { kicker: this.heading.kicker }),
      title,
      titleSize,
      titleH,
      boxes: [],
      rows: 0,
    };
    this.slides.push(slide);
    this.y = slide.cover
      ? coverContentTop(titleH)
      : Math.min(CONTENT_TOP, TITLE_Y + titleH + TITLE_GAP);
    this.fresh = true;
  }

  get isFresh(): boolean {
    return this.fresh;
  }

  get cursor(): number {
    return this.y;
  }

  get current(): SlidePlan {
    return this.slides[this.slides.length - 1] as SlidePlan;
  }

  /** Room left on this slide for this try's balance. */
  remaining(): number {
    return Math.min(this.bottom, CONTENT_BOTTOM) - this.y;
  }

  /** Room left before the content area ends, whatever the balance. */
  hardRemaining(): number {
    return CONTENT_BOTTOM - this.y;
  }

  /** The height available on an empty slide: what every row is cut to fit. */
  static get full(): number {
    return CONTENT_H;
  }

  gap(): void {
    if (!this.fresh) this.y += this.style.blockGap;
  }

  /** Opens a section (a goal's strategy): its heading returns on every slide that continues it. */
  openSection(paras: Para[], height: number): void {
    this.section = { paras, height };
  }

  closeSection(): void {
    this.section = undefined;
  }

  /** A new slide; a section still open repeats its heading there. */
  next(): void {
    this.open(false);
    if (this.section) {
      const { paras, height } = this.section;
      this.add(
        [{ kind: 'text', x: this.frame.x, y: this.y, w: this.frame.w, h: height, paras }],
        height,
        0,
        true,
      );
      this.y += this.style.blockGap;
    }
  }

  /** Puts boxes on the current slide; a repeated heading leaves the slide fresh for content. */
  add(boxes: Box[], height: number, rows: number, keepFresh = false, rowsHeight = 0): void {
    this.current.boxes.push(...boxes);
    this.current.rows += rows;
    this.y += height;
    this.onSlide += rowsHeight;
    if (!keepFresh) this.fresh = false;
  }

  /**
   * Places a heading that belongs with the block after it: when none of that block fits below
   * the heading, the heading moves on to the next slide with it instead of ending this one alone.
   */
  placeHeading<R extends Row>(sequence: Sequence<R>): void {
    const slide = this.current;
    const count = slide.boxes.length;
    const top = this.y;
    const fresh = this.fresh;
    this.place(sequence);
    if (fresh || this.current !== slide) return;
    const end = sequence.rows.length;
    this.held = {
      slide,
      boxes: slide.boxes.slice(count),
      height: this.y - top,
      build: (y) => sequence.build(y, 0, end, this.frame),
    };
  }

  /** Moves the held heading to a new slide, when the row after it fits there below it. */
  private carryHeading(next: Row, overhead: number): boolean {
    const held = this.held;
    this.held = undefined;
    if (!held || held.slide !== this.current) return false;
    if (held.height + overhead + next.height > Flow.full + EPSILON) return false;
    const gone = new Set(held.boxes);
    for (let i = held.slide.boxes.length - 1; i >= 0; i--) {
      if (gone.has(held.slide.boxes[i] as Box)) held.slide.boxes.splice(i, 1);
    }
    this.onSlide -= held.height;
    this.next();
    this.add(held.build(this.y), held.height, 0, false, held.height);
    this.y += this.style.blockGap;
    return true;
  }

  place<R extends Row>(sequence: Sequence<R>): void {
    const { rows } = sequence;
    let start = 0;
    while (start < rows.length) {
      const available = this.remaining() - sequence.overhead(start);
      const share = this.share();
      let end = start;
      let used = 0;
      // A row goes on this slide if it fits, and, when balancing, if at least half of it falls
      // within this slide's share, so the rows are spread evenly rather than front-loaded.
      while (
        end < rows.length &&
        used + (rows[end] as R).height <= available + EPSILON &&
        (end === start && this.fresh ? true : used + (rows[end] as R).height / 2 <= share + EPSILON)
      ) {
        used += (rows[end] as R).height;
        end++;
      }
      while (end > start + 1 && end < rows.length && (rows[end - 1] as R).keepWithNext) {
        end--;
        used -= (rows[end] as R).height;
      }
      // A title or group row alone at the foot of a slide belongs with what follows it.
      const orphan =
        end > start && end < rows.length && rows.slice(start, end).every((r) => r.keepWithNext);
      if (end === start || (orphan && !this.fresh)) {
        // Not a fresh slide, or the cover with its smaller room: move on to an empty slide, with
        // the heading that introduces these rows, if it stands right above them.
        if (!this.fresh || this.current.cover) {
          if (!this.carryHeading(rows[start] as R, sequence.overhead(start))) this.next();
          continue;
        }
        // Rows are cut to fit an empty slide, so this is a row taller than this try's balance
        // allows: it takes the slide to itself.
        used = (rows[start] as R).height;
        end = start + 1;
      }
      const height = sequence.overhead(start) + used;
      const weight = rows.slice(start, end).reduce((s, r) => s + (r.weight ?? 1), 0);
      this.add(sequence.build(this.y, start, end, this.frame), height, weight, false, used);
      this.held = undefined;
      start = end;
      if (start < rows.length) this.next();
    }
  }
}

function continuedTitle(title: string, continued: string): string {
  const short = fitLines(title, SIZE.title, CONTENT_W - 1.4, 1, true);
  return `${short} ${continued}`;
}
