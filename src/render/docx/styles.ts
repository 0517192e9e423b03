// The Word document's page and styles. Built-in heading styles (the navigation pane and the table
// of contents find them), a few styles of its own for the kinds of text the story has, and the
// plan's language on the defaults, so Word checks spelling and hyphenates in it.
import type { IStylesOptions, ThemeColor } from 'docx';
import { COLOR } from '../theme';

/** Twentieths of a point per inch. */
export const TWIPS = 1440;

/** A4 with 2 cm margins; the width text and tables are laid out in. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 };
export const PORTRAIT_WIDTH = PAGE.width - 2 * PAGE.margin;
export const LANDSCAPE_WIDTH = PAGE.height - 2 * PAGE.margin;
export const HANGING = 567;

/** Table text in half-points: 9 pt holds five or six columns on a portrait page. */
export const TABLE_SIZE = 18;

export const ACCENT: ThemeColor = { theme: 'accent1' };
export const TITLE: ThemeColor = { theme: 'dark2' };

/** A colour of the shared theme as Word writes it: theme slots by name, fixed ones as RRGGBB. */
export function wordColor(color: string): string | ThemeColor {
  if (color === COLOR.accent) return ACCENT;
  if (color === COLOR.title) return TITLE;
  if (color === COLOR.text) return { theme: 'dark1' };
  return color;
}

export function documentStyles(language: string): IStylesOptions {
  return {
    default: {
      document: {
        run: { size: 21, font: { theme: 'body' }, language: { value: language } },
        paragraph: { spacing: { after: 80 } },
      },
      title: {
        run: { size: 56, bold: true, color: TITLE },
        paragraph: { spacing: { before: 2400, after: 160 } },
      },
      heading1: {
        run: { size: 34, bold: true, color: TITLE, font: { theme: 'headings' } },
        paragraph: { spacing: { before: 360, after: 120 }, keepNext: true, outlineLevel: 0 },
      },
      heading2: {
        run: { size: 28, bold: true, color: TITLE, font: { theme: 'headings' } },
        paragraph: { spacing: { before: 280, after: 80 }, keepNext: true, outlineLevel: 1 },
      },
      heading3: {
        run: { size: 23, bold: true, color: ACCENT, font: { theme: 'headings' } },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 },
      },
    },
    paragraphStyles: [
      {
        id: 'Subtitle',
        name: 'Subtitle',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 30, color: ACCENT },
        paragraph: { spacing: { after: 480 } },
      },
      {
        id: 'KapKicker',
        name: 'KAP Step',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 20, bold: true, color: ACCENT },
        paragraph: { spacing: { after: 160 }, keepNext: true },
      },
      {
        id: 'KapLead',
        name: 'KAP Lead',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 24, color: TITLE },
        // A lead introduces what follows it: never the last line of a page.
        paragraph: { spacing: { before: 120, after: 120 }, keepNext: true },
      },
      {
        id: 'KapNote',
        name: 'KAP Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 18, italics: true, color: COLOR.muted },
      },
      {
        id: 'KapWarning',
        name: 'KAP Warning',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 18, bold: true, color: COLOR.warning },
      },
      {
        id: 'KapDetail',
        name: 'KAP Detail',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 18, color: COLOR.muted },
        paragraph: { spacing: { after: 40 } },
      },
      {
        id: 'KapListTitle',
        name: 'KAP List Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 22, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true },
      },
      {
        // The text of table cells: every cell's paragraph takes its size and spacing from here,
        // not from properties of its own (the large plan's tables hold over a thousand cells,
        // and each property is an element Word and the renderer have to write and read).
        id: 'KapCell',
        name: 'KAP Cell',
        basedOn: 'Normal',
        next: 'KapCell',
        run: { size: TABLE_SIZE },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
      {
        id: 'KapHeader',
        name: 'KAP Header',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 16, color: COLOR.muted },
        paragraph: { spacing: { after: 0 } },
      },
      {
        id: 'KapContentsTitle',
        name: 'KAP Contents Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 34, bold: true, color: TITLE, font: { theme: 'headings' } },
        paragraph: { spacing: { after: 240 } },
      },
    ],
  };
}
