// What a slide is made of, as plain data: the layout decides every box before pptxgenjs sees
// it, so tests can check the pagination without reading XML, and drawing stays a translation.
import type { StoryStep } from '../../story/outline';
import type { Locale } from '../../story/typography';
import type { Para, Run } from '../measure';

export interface TextBox {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paras: readonly Para[];
  readonly valign?: 'top' | 'middle';
}

export interface CardBox {
  readonly kind: 'card';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paras: readonly Para[];
}

/** A drawn shape, optionally with text in it (the funnel's chevrons, the Gantt's bars). */
export interface ShapeBox {
  readonly kind: 'shape';
  readonly shape: 'rect' | 'diamond' | 'chevron' | 'homePlate' | 'line';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly fill?: string;
  readonly fillTransparency?: number;
  readonly line?: { readonly color: string; readonly width: number; readonly dash?: boolean };
  readonly paras?: readonly Para[];
  /** Inner margin in points when the shape holds text. */
  readonly inset?: number;
}

export interface CellPlan {
  readonly paras: readonly Para[];
  readonly fill?: string;
  readonly fillTransparency?: number;
  readonly colspan?: number;
}

export interface TableBox {
  readonly kind: 'table';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly colW: readonly number[];
  readonly rows: readonly (readonly CellPlan[])[];
  readonly rowH: readonly number[];
  /** How many leading rows are the header (repeated on every slide of the table). */
  readonly headerRows: number;
}

export type Box = TextBox | CardBox | ShapeBox | TableBox;

export interface SlidePlan {
  readonly step: StoryStep;
  readonly key: string;
  readonly cover: boolean;
  readonly kicker?: string;
  readonly title: string;
  readonly titleSize: number;
  readonly titleH: number;
  readonly boxes: Box[];
  /** How many rows of content (items, table rows) the slide holds: a slide with few is a widow. */
  rows: number;
}

export interface DeckPlan {
  readonly locale: Locale;
  readonly footer: string;
  readonly slides: readonly SlidePlan[];
}

export const run = (text: string, size: number, color: string, extra: Partial<Run> = {}): Run => ({
  text,
  size,
  color,
  ...extra,
});

export const para = (
  runs: Run[],
  spaceBefore = 0,
  extra: { bullet?: boolean; align?: 'left' | 'center' | 'right' } = {},
): Para => ({
  runs,
  spaceBefore,
  ...(extra.bullet ? { bullet: true } : {}),
  ...(extra.align && extra.align !== 'left' ? { align: extra.align } : {}),
});

/** The first paragraph of a box needs no space above it: the box already sits where it should. */
export function dropLeadingSpace(paras: readonly Para[]): Para[] {
  const [first, ...rest] = paras;
  return first ? [{ ...first, spaceBefore: 0 }, ...rest] : [];
}

/** The text of a box, for tests and for the slide count's sanity checks. */
export function boxText(box: Box): string {
  const text = (paras: readonly Para[] = []) =>
    paras.map((p) => p.runs.map((r) => r.text).join('')).join(' ');
  if (box.kind === 'table') {
    return box.rows.map((r) => r.map((c) => text(c.paras)).join(' ')).join(' ');
  }
  return text(box.paras);
}
