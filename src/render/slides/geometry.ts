// The 16:9 slide in inches, the type sizes, and the two densities a part may be set in.
export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN_X = 0.6;
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
export const KICKER_Y = 0.35;
export const TITLE_Y = 0.62;
/** The lowest the content starts: below a title of two lines. */
export const CONTENT_TOP = 1.95;
/** Space from the title's last line to the content: the accent rule sits in it. */
export const TITLE_GAP = 0.4;
export const CONTENT_BOTTOM = 6.85;
export const CONTENT_H = CONTENT_BOTTOM - CONTENT_TOP;
export const FOOTER_Y = 7.0;
export const COLUMN_GAP = 0.4;
export const CARD_GAP = 0.25;
export const CARD_PAD = 0.15;
/** Inner padding of a table cell, inches: top/bottom and left/right. */
export const CELL_PAD_Y = 0.05;
export const CELL_PAD_X = 0.08;

export const GEOMETRY = { KICKER_Y, TITLE_Y, CONTENT_TOP, CONTENT_BOTTOM, FOOTER_Y };

export const SIZE = {
  coverTitle: 40,
  coverTitleMin: 28,
  title: 28,
  titleMin: 22,
  kicker: 12,
  heading1: 22,
  heading2: 18,
  footer: 10,
} as const;

/**
 * Type sizes and spacing of the content. A part is set in the first style; a part that would
 * leave a few rows alone on its last slide is tried again tighter (deck.ts).
 */
export interface Style {
  readonly body: number;
  readonly lead: number;
  readonly note: number;
  readonly item: number;
  readonly detail: number;
  readonly listTitle: number;
  readonly cardTitle: number;
  readonly table: number;
  /** Space above a list item, points. */
  readonly itemGap: number;
  /** Space between blocks, inches. */
  readonly blockGap: number;
}

export const STYLES: readonly Style[] = [
  {
    body: 16,
    lead: 16,
    note: 12,
    item: 14,
    detail: 12,
    listTitle: 14,
    cardTitle: 16,
    table: 12,
    itemGap: 8,
    blockGap: 0.2,
  },
  {
    body: 14,
    lead: 15,
    note: 11,
    item: 13,
    detail: 11,
    listTitle: 13,
    cardTitle: 15,
    table: 11,
    itemGap: 5,
    blockGap: 0.15,
  },
  {
    body: 13,
    lead: 14,
    note: 10,
    item: 12,
    detail: 10,
    listTitle: 12,
    cardTitle: 14,
    table: 10,
    itemGap: 3,
    blockGap: 0.12,
  },
];
