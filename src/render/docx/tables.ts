// Tables in Word: the header row repeats on every page, rows never split, a group's title row
// (a goal over its actions) stays with its first row, and columns are never narrower than the
// longest word they hold at 9 pt, so names and compounds are not broken inside.
import type { FileChild } from 'docx';
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
  type ThemeColor,
} from 'docx';
import type { Card, CellTone, TableBlock, TableCell as OutlineCell } from '../../story/outline';
import { longestWord } from '../measure';
import { COLOR, RAG_COLOR, STATE_COLOR } from '../theme';
import { ACCENT, TABLE_SIZE, TITLE, TWIPS } from './styles';
import { textRun, type Writer } from './text';

const border = { style: BorderStyle.SINGLE, size: 4, color: COLOR.rule };
export const BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

/** Left and right cell margin, twips. */
export const CELL_MARGIN = 80;
const CELL_MARGINS = { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN };
const TIGHT_MARGINS = { top: 30, bottom: 30, left: 20, right: 20 };
/** The paragraph style of cell text (styles.ts): 9 pt, no space around. */
export const CELL_STYLE = 'KapCell';

export interface Line {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: string | ThemeColor;
  readonly size?: number;
  /** Space above, twips. */
  readonly before?: number;
}

export interface CellSpec {
  readonly lines: readonly Line[];
  readonly fill?: string | ThemeColor;
  readonly align?: 'left' | 'center' | 'right';
  readonly span?: number;
  readonly width: number;
  /** Narrow columns (the timeline's months) need slimmer margins. */
  readonly tight?: boolean;
  /** Keep the row with the next one (a group's title row). */
  readonly keepNext?: boolean;
  readonly borders?: ConstructorParameters<typeof TableCell>[0]['borders'];
  /** Paragraphs built by the caller (runs of several styles), instead of `lines`. */
  readonly paragraphs?: readonly Paragraph[];
}

export function cell(writer: Writer, spec: CellSpec): TableCell {
  const alignment =
    spec.align === 'center'
      ? AlignmentType.CENTER
      : spec.align === 'right'
        ? AlignmentType.RIGHT
        : AlignmentType.LEFT;
  const lines = spec.lines.length > 0 ? spec.lines : [{ text: '' }];
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, fill: spec.fill } } : {}),
    ...(spec.borders ? { borders: spec.borders } : {}),
    // The usual margins are the table's (grid); only narrow columns set their own.
    ...(spec.tight ? { margins: TIGHT_MARGINS } : {}),
    children: spec.paragraphs
      ? [...spec.paragraphs]
      : lines.flatMap((line) =>
          line.text.split('\n').map(
            (text, i) =>
              new Paragraph({
                style: CELL_STYLE,
                ...(alignment === AlignmentType.LEFT ? {} : { alignment }),
                ...(i === 0 && line.before ? { spacing: { before: line.before } } : {}),
                ...(spec.keepNext ? { keepNext: true } : {}),
                // An empty cell (most of a Gantt chart's) needs a paragraph but no run.
                children:
                  text === ''
                    ? []
                    : [
                        textRun(writer, {
                          text,
                          ...(line.bold ? { bold: true } : {}),
                          ...(line.color ? { color: line.color } : {}),
                          ...(line.size !== undefined && line.size !== TABLE_SIZE
                            ? { size: line.size }
                            : {}),
                        }),
                      ],
              }),
          ),
        ),
  });
}

export function grid(widths: readonly number[], rows: TableRow[], total: number): Table {
  return new Table({
    width: { size: total, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    margins: CELL_MARGINS,
    rows,
  });
}

export function headerRow(
  writer: Writer,
  cells: readonly Omit<CellSpec, 'lines'>[],
  texts: readonly string[],
  size = TABLE_SIZE,
): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((c, i) =>
      cell(writer, {
        ...c,
        lines: [{ text: texts[i] ?? '', bold: true, color: 'FFFFFF', size: c.tight ? 14 : size }],
        fill: ACCENT,
      }),
    ),
  });
}

/** Widths by weight, every column raised to its minimum, the difference taken where there is room. */
export function fitWidths(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(w, 0.01), 0);
  const widths = weights.map((w) => (Math.max(w, 0.01) / sum) * total);
  for (let round = 0; round < 5; round++) {
    const deficit = widths.reduce((s, w, i) => s + Math.max(0, (minimums[i] ?? 0) - w), 0);
    if (deficit <= 0.5) break;
    const spare = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)));
    const spareSum = spare.reduce((s, v) => s + v, 0);
    if (spareSum <= 0.5) break;
    const take = Math.min(1, deficit / spareSum);
    for (let i = 0; i < widths.length; i++) {
      const min = minimums[i] ?? 0;
      widths[i] =
        (widths[i] as number) < min ? min : (widths[i] as number) - (spare[i] as number) * take;
    }
  }
  const rounded = widths.map((w) => Math.floor(w));
  // The rounding remainder goes to the widest column, so the table fills the text width exactly.
  const widest = rounded.indexOf(Math.max(...rounded));
  rounded[widest] = (rounded[widest] as number) + total - rounded.reduce((s, w) => s + w, 0);
  return rounded;
}

/** The width in twips a word needs at a size in half-points, with the cell's margins. */
export function wordTwips(text: string, halfPoints: number, bold = false): number {
  return Math.ceil(longestWord(text, halfPoints / 2, bold) * TWIPS) + 2 * CELL_MARGIN + 20;
}

function toneLine(
  text: string,
  tone: CellTone | undefined,
  state?: OutlineCell['state'],
  rag?: OutlineCell['rag'],
): Line {
  if (rag !== undefined) return { text, bold: true, color: RAG_COLOR[rag] };
  if (state !== undefined && state !== 'open')
    return { text, bold: true, color: STATE_COLOR[state] };
  switch (tone) {
    case 'warning':
      return { text, bold: true, color: COLOR.warning };
    case 'muted':
      return { text, color: COLOR.muted };
    case 'strong':
      return { text, bold: true, color: TITLE };
    default:
      return { text };
  }
}

function cellLines(source: OutlineCell, size = TABLE_SIZE): Line[] {
  return [
    { ...toneLine(source.text, source.tone, source.state, source.rag), size },
    ...(source.lines ?? []).map((line) => ({
      ...toneLine(line.text, line.tone),
      // A repeated item opens a new entry in the cell; its details follow close, a size smaller.
      ...(line.excerpt ? { before: 60, size } : { size: size - 2 }),
    })),
  ];
}

/** The narrowest each column may be at a size: its longest word, with the cell's margins. */
function minimums(block: TableBlock, size: number): number[] {
  return block.columns.map((column, c) =>
    Math.max(
      wordTwips(column.header, size, true),
      ...block.rows.flatMap((row) =>
        row[c]
          ? cellLines(row[c], size).map((l) => wordTwips(l.text, l.size ?? size, l.bold ?? false))
          : [],
      ),
    ),
  );
}

/** Sizes a table may be set in, in half-points: 9 pt, then 8 pt when its words need the room. */
const SIZES = [TABLE_SIZE, TABLE_SIZE - 2];

export function table(writer: Writer, block: TableBlock): FileChild[] {
  const size = SIZES.find((s) => minimums(block, s).reduce((a, b) => a + b, 0) <= writer.width);
  // Words too long for this many columns side by side: one record per row instead.
  if (size === undefined) return records(writer, block);
  const widths = fitWidths(
    block.columns.map((c) => c.weight),
    minimums(block, size),
    writer.width,
  );
  const header = headerRow(
    writer,
    widths.map((width) => ({ width })),
    block.columns.map((c) => c.header),
    size,
  );
  const rows: TableRow[] = [header];
  const groups = block.groups ?? [];
  let stripe = 0;
  block.rows.forEach((row, r) => {
    const group = groups.find((g) => g.start === r);
    if (group) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell(writer, {
              lines: [{ text: group.title, bold: true, color: TITLE, size }],
              span: block.columns.length,
              width: writer.width,
              fill: { theme: 'accent1', lighter: 85 },
              keepNext: true,
            }),
          ],
        }),
      );
      stripe = 0;
    }
    rows.push(
      new TableRow({
        cantSplit: true,
        children: block.columns.map((_, i) =>
          cell(writer, {
            lines: cellLines(row[i] ?? { text: '' }, size),
            width: widths[i] ?? 0,
            ...(stripe % 2 === 1 ? { fill: COLOR.stripe } : {}),
          }),
        ),
      }),
    );
    stripe++;
  });
  return [grid(widths, rows, writer.width), new Paragraph({ spacing: { after: 0 }, children: [] })];
}

/**
 * A table as one record per row: the row's first cell as its title, every other column as a
 * labelled line beneath. For tables whose words are too long to stand side by side on the page.
 */
function records(writer: Writer, block: TableBlock): FileChild[] {
  const labelWidth = Math.max(
    Math.round(writer.width * 0.22),
    ...block.columns.slice(1).map((c) => wordTwips(c.header, TABLE_SIZE, true)),
  );
  const widths = [labelWidth, writer.width - labelWidth];
  const out: FileChild[] = [];
  const groups = block.groups ?? [];
  block.rows.forEach((row, r) => {
    const group = groups.find((g) => g.start === r);
    if (group) {
      out.push(
        new Paragraph({
          style: 'KapListTitle',
          keepNext: true,
          children: [textRun(writer, group.title)],
        }),
      );
    }
    const [first, ...rest] = row;
    const head = new TableRow({
      cantSplit: true,
      children: [
        cell(writer, {
          lines: cellLines(first ?? { text: '' }),
          span: 2,
          width: writer.width,
          fill: { theme: 'accent1', lighter: 80 },
          keepNext: true,
        }),
      ],
    });
    const fields = rest.map(
      (source, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(writer, {
              lines: [{ text: block.columns[i + 1]?.header ?? '', bold: true, color: COLOR.muted }],
              width: widths[0] ?? 0,
              keepNext: i < rest.length - 1,
            }),
            cell(writer, {
              lines: cellLines(source),
              width: widths[1] ?? 0,
              keepNext: i < rest.length - 1,
            }),
          ],
        }),
    );
    out.push(grid(widths, [head, ...fields], writer.width));
    out.push(new Paragraph({ spacing: { after: 80 }, children: [] }));
  });
  return out;
}

export function cards(writer: Writer, list: readonly Card[]): FileChild[] {
  const labelWidth = Math.max(
    Math.round(writer.width * 0.22),
    ...list.flatMap((card) => card.fields.map((f) => wordTwips(f.label, TABLE_SIZE, true))),
  );
  const widths = [labelWidth, writer.width - labelWidth];
  const out: FileChild[] = [];
  for (const card of list) {
    const head = new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: 2,
          width: { size: writer.width, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: { theme: 'accent1', lighter: 80 } },
          margins: { top: 60, bottom: 60, left: CELL_MARGIN, right: CELL_MARGIN },
          children: [
            new Paragraph({
              keepNext: true,
              children: [
                textRun(writer, {
                  text: `${card.label}\u00A0\u00A0`,
                  bold: true,
                  color: ACCENT,
                  size: 26,
                }),
                textRun(writer, { text: card.title, bold: true, color: TITLE, size: 26 }),
              ],
            }),
          ],
        }),
      ],
    });
    const fields = card.fields.map(
      (field, i) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell(writer, {
              lines: [{ text: field.label, bold: true, color: COLOR.muted }],
              width: widths[0] ?? 0,
              keepNext: i < card.fields.length - 1,
            }),
            cell(writer, {
              lines: [
                field.rag === undefined
                  ? { text: field.value }
                  : { text: field.value, bold: true, color: RAG_COLOR[field.rag] },
              ],
              width: widths[1] ?? 0,
              keepNext: i < card.fields.length - 1,
            }),
          ],
        }),
    );
    out.push(grid(widths, [head, ...fields], writer.width));
    out.push(new Paragraph({ spacing: { after: 120 }, children: [] }));
  }
  return out;
}
