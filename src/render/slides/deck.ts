// Outline → slide plan. Each part is laid out on as many slides as it needs, then made to look
// set rather than spilled: a part that would leave a few rows alone on its last slide is tried in
// a tighter style, and a part over several slides has its rows balanced across them (6 + 5, never
// 10 + 1). A few data gaps go beside the facts instead of onto a slide of their own.
import type { Block, Outline, Part } from '../../story/outline';
import { fitLines, fitsLines, parasHeight, type Para } from '../measure';
import { COLOR } from '../theme';
import { para, run, type Box, type DeckPlan, type SlidePlan } from './boxes';
import { cardsPlaceable, funnelPlaceable } from './cards';
import {
  coverContentTop,
  Flow,
  FULL,
  titleHeight,
  type Frame,
  type Heading,
  type Placeable,
} from './flow';
import { ganttPlaceable } from './gantt';
import {
  COLUMN_GAP,
  CONTENT_BOTTOM,
  CONTENT_H,
  CONTENT_TOP,
  CONTENT_W,
  MARGIN_X,
  SIZE,
  STYLES,
  TITLE_GAP,
  TITLE_Y,
  type Style,
} from './geometry';
import { tablePlaceable } from './table';
import {
  headingPlaceable,
  listPlaceable,
  listRows,
  paragraphParas,
  paragraphPlaceable,
  twoColumnPlaceable,
} from './text';

// Placeables hold measured rows and no state of a flow: a block measured once in a style and a
// frame serves every layout tried (facts alone, facts with the gaps, balanced or not).
const measuredBlocks = new WeakMap<Block, Map<string, Placeable>>();

function placeable(block: Block, style: Style, frame: Frame, continued: string): Placeable {
  const key = `${STYLES.indexOf(style)}|${frame.x}|${frame.w}|${continued}`;
  let cache = measuredBlocks.get(block);
  if (!cache) {
    cache = new Map();
    measuredBlocks.set(block, cache);
  }
  const found = cache.get(key);
  if (found) return found;
  const made = measure(block, style, frame, continued);
  cache.set(key, made);
  return made;
}

function measure(block: Block, style: Style, frame: Frame, continued: string): Placeable {
  switch (block.kind) {
    case 'heading':
      return headingPlaceable(block, frame);
    case 'paragraph':
      return paragraphPlaceable(block, style, frame);
    case 'funnel':
      return funnelPlaceable(block, frame);
    case 'list':
      return listPlaceable(block, style, frame, continued);
    case 'two-column':
      return twoColumnPlaceable(block, style, frame, continued);
    case 'table':
      return tablePlaceable(block, style, frame, continued);
    case 'cards':
      return cardsPlaceable(block, style, frame);
    case 'timeline':
      return ganttPlaceable(block, frame, continued);
  }
}

/** Fits a title in at most `lines` lines, shrinking first; `overflow` when text was cut. */
function fitTitle(
  text: string,
  size: number,
  minSize: number,
  lines: number,
): { title: string; size: number; height: number; overflow: boolean } {
  for (const candidate of [size, Math.round((size + minSize) / 2), minSize]) {
    if (fitsLines(text, candidate, CONTENT_W, lines, true)) {
      return {
        title: text,
        size: candidate,
        height: titleHeight(text, candidate),
        overflow: false,
      };
    }
  }
  const cut = fitLines(text, minSize, CONTENT_W, lines, true);
  return { title: cut, size: minSize, height: titleHeight(cut, minSize), overflow: true };
}

/** A continuation slide with fewer than three rows of content: what balancing is for. */
function widowed(slides: readonly SlidePlan[]): boolean {
  return slides.slice(1).some((s) => s.rows < 3);
}

interface PartLayout {
  readonly heading: Heading;
  readonly cover: boolean;
  readonly blocks: readonly Block[];
}

function prepare(part: Part): PartLayout {
  const cover = part.key === 'cover';
  const fitted = cover
    ? fitTitle(part.title, SIZE.coverTitle, SIZE.coverTitleMin, 3)
    : fitTitle(part.title, SIZE.title, SIZE.titleMin, 2);
  const kicker =
    part.subtitle === undefined
      ? undefined
      : fitLines(part.subtitle, SIZE.kicker, CONTENT_W, 1, true);
  const blocks: Block[] = [];
  // Texts cut to fit the title area are told in full at the top of the content.
  if (fitted.overflow) blocks.push({ kind: 'paragraph', tone: 'lead', text: part.title });
  if (part.subtitle !== undefined && kicker !== part.subtitle) {
    blocks.push({ kind: 'paragraph', tone: 'note', text: part.subtitle });
  }
  blocks.push(...part.blocks);
  return {
    heading: {
      title: fitted.title,
      size: fitted.size,
      height: fitted.height,
      ...(kicker === undefined ? {} : { kicker }),
    },
    cover,
    blocks,
  };
}

/** A part measured in one style: lay it out with any bottom, as often as needed. */
type Layout = (
  bottom: number,
  balance?: { total: number; slides: number },
) => {
  slides: SlidePlan[];
  rows: number;
};

function measured(
  part: Part,
  layout: PartLayout,
  style: Style,
  frames: readonly [Frame, Frame],
  continued: string,
): Layout {
  const [first, next] = frames;
  const placeables = layout.blocks.map((block) => placeable(block, style, first, continued));
  return (bottom, balance) => {
    const flow = new Flow(
      part,
      layout.heading,
      continued,
      style,
      bottom,
      first,
      layout.cover,
      next,
    );
    if (balance) flow.balanceOver(balance.total, balance.slides);
    for (const place of placeables) {
      flow.gap();
      place(flow);
    }
    return { slides: flow.slides, rows: flow.rowsHeight };
  };
}

/**
 * The part's slides: in the normal style, or a tighter one when that saves a slide a few rows
 * would otherwise sit on alone; then with the rows balanced over the slides.
 */
function partSlides(
  part: Part,
  continued: string,
  frames: readonly [Frame, Frame] = [FULL, FULL],
): SlidePlan[] {
  const layout = prepare(part);
  let lay = measured(part, layout, STYLES[0] as Style, frames, continued);
  let first = lay(CONTENT_BOTTOM);
  if (layout.cover || first.slides.length === 1) return first.slides;
  if (widowed(first.slides)) {
    for (const style of STYLES.slice(1)) {
      const tighter = measured(part, layout, style, frames, continued);
      const tried = tighter(CONTENT_BOTTOM);
      if (tried.slides.length < first.slides.length) {
        lay = tighter;
        first = tried;
        break;
      }
    }
  }
  const count = first.slides.length;
  if (count === 1) return first.slides;
  // Each slide an even share of the rows still to come: 7 + 7 + 7, not 10 + 10 + 1.
  const even = lay(CONTENT_BOTTOM, { total: first.rows, slides: count });
  if (even.slides.length === count) return even.slides;
  // Rows too uneven to share out: the lowest bottom that still needs no more slides.
  let low = CONTENT_TOP + CONTENT_H * 0.3;
  let high = CONTENT_BOTTOM;
  for (let i = 0; i < 9; i++) {
    const mid = (low + high) / 2;
    if (lay(mid).slides.length <= count) high = mid;
    else low = mid;
  }
  return lay(high).slides;
}

const ASIDE_SHARE = 0.34;
const ASIDE_PAD = 0.15;
/** At most this many data gaps go beside the facts. */
const ASIDE_ITEMS = 3;

/**
 * The facts with a few data gaps on the same slides, when that saves the gaps a slide of their
 * own: in a column beside the facts when the facts fit one slide beside it, else following the
 * facts as one more list.
 */
function factsWithGaps(facts: Part, gaps: Part, continued: string): SlidePlan[] | undefined {
  const items = gaps.blocks.reduce((n, b) => n + (b.kind === 'list' ? b.items.length : 0), 0);
  if (items > ASIDE_ITEMS || gaps.blocks.some((b) => b.kind !== 'list' && b.kind !== 'paragraph')) {
    return undefined;
  }
  const alone = partSlides(facts, continued);
  const separate = alone.length + partSlides(gaps, continued).length;
  const asideW = CONTENT_W * ASIDE_SHARE;
  const main: Frame = { x: MARGIN_X, w: CONTENT_W - asideW - COLUMN_GAP };
  const style = STYLES[0] as Style;
  const inner = asideW - 2 * ASIDE_PAD;
  const paras: Para[] = [para([run(gaps.title, style.listTitle, COLOR.accent, { bold: true })])];
  for (const block of gaps.blocks) {
    if (block.kind === 'paragraph') {
      paras.push(
        ...paragraphParas(block, style, style.detail).map((p) => ({ ...p, spaceBefore: 6 })),
      );
    } else if (block.kind === 'list') {
      paras.push(...listRows(block, inner, style, continued).rows.flatMap((r) => r.paras));
    }
  }
  const height = parasHeight(paras, inner) + 2 * ASIDE_PAD;
  // Beside the facts only when they fit one slide in the narrower column: at full width first.
  const beside = alone.length === 1 ? partSlides(facts, continued, [main, main]) : [];
  const first = beside[0];
  const top = first ? Math.min(CONTENT_TOP, TITLE_Y + first.titleH + TITLE_GAP) : CONTENT_BOTTOM;
  if (first && beside.length === 1 && top + height <= CONTENT_BOTTOM) {
    const x = MARGIN_X + main.w + COLUMN_GAP;
    const aside: Box[] = [
      { kind: 'shape', shape: 'rect', x, y: top, w: asideW, h: height, fill: COLOR.stripe },
      {
        kind: 'text',
        x: x + ASIDE_PAD,
        y: top + ASIDE_PAD,
        w: inner,
        h: height - 2 * ASIDE_PAD,
        paras,
      },
    ];
    first.boxes.unshift(...aside);
    first.rows += items;
    return beside;
  }
  // The gaps following the facts, under their own heading.
  const following = partSlides(
    {
      ...facts,
      blocks: [...facts.blocks, { kind: 'heading', level: 1, text: gaps.title }, ...gaps.blocks],
    },
    continued,
  );
  return following.length < separate ? following : undefined;
}

/** Lays out every part of the (already cleaned) outline on 16:9 slides. */
export function planDeck(outline: Outline): DeckPlan {
  const continued = outline.furniture.continued;
  const slides: SlidePlan[] = [];
  const parts = outline.parts;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as Part;
    const next = parts[i + 1];
    if (part.key === 'facts' && next?.key === 'gaps' && next.step === part.step) {
      const beside = factsWithGaps(part, next, continued);
      if (beside) {
        slides.push(...beside);
        i++;
        continue;
      }
    }
    slides.push(...partSlides(part, continued));
  }
  return {
    locale: outline.locale,
    footer: fitLines(outline.title, SIZE.footer, CONTENT_W - 1.5, 1),
    slides,
  };
}

export { coverContentTop };
