// Tables on slides. Columns are as wide as their weights ask, but never narrower than the longest
// word they hold, so no word is broken inside; a table whose words cannot all fit is set a size
// smaller. The header repeats on every slide, a group's title (a goal over its actions) returns on
// a slide that continues the group, and repeated texts (excerpt) are shortened at a word boundary
// only when the table would otherwise need another slide.
import type { CellLine, CellTone, TableBlock, TableCell, TableGroup } from '../../story/outline';
import { fitLines, longestWord, paraHeight, parasHeight, splitParas, type Para } from '../measure';
import { COLOR, RAG_COLOR, STATE_COLOR } from '../theme';
import { para, run, type Box, type CellPlan } from './boxes';
import { Flow, type Frame, type Placeable, type Row, type Sequence } from './flow';
import { CELL_PAD_X, CELL_PAD_Y, type Style } from './geometry';

export interface BodyRow {
  readonly cells: readonly CellPlan[];
  /** The row's height when already measured. */
  readonly measured?: number;
  readonly keepWithNext?: boolean;
  /** The group the row belongs to, and whether it is the group's own title row. */
  readonly group?: number;
  readonly isGroup?: boolean;
}

export interface TableRow extends Row, BodyRow {}

interface Extra {
  readonly rows: CellPlan[][];
  readonly height: number;
}

export function cellHeight(cell: CellPlan, width: number): number {
  return parasHeight(cell.paras, width - 2 * CELL_PAD_X) + 2 * CELL_PAD_Y;
}

export function rowHeight(cells: readonly CellPlan[], widths: readonly number[]): number {
  let column = 0;
  let height = 0;
  for (const cell of cells) {
    const span = cell.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((s, v) => s + v, 0);
    height = Math.max(height, cellHeight(cell, width));
    column += span;
  }
  return height;
}

/** A row too tall for an empty slide becomes several; pieces after the first repeat its label. */
function splitRow(
  cells: readonly CellPlan[],
  widths: readonly number[],
  max: number,
  continued: string,
): CellPlan[][] {
  let column = 0;
  const spans = cells.map((cell) => {
    const span = cell.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((s, v) => s + v, 0);
    column += span;
    return width - 2 * CELL_PAD_X;
  });
  const pieces = cells.map((cell, c) =>
    splitParas(cell.paras, spans[c] ?? 1, max - 2 * CELL_PAD_Y),
  );
  const count = Math.max(...pieces.map((p) => p.length));
  // The first column names the row (a label, a goal): later pieces repeat it, on one line.
  const first = cells[0]?.paras[0]?.runs[0];
  const label = first
    ? [
        para([
          {
            ...first,
            text: `${fitLines(first.text, first.size, (spans[0] ?? 1) - 0.5, 1, first.bold ?? false)} ${continued}`,
          },
        ]),
      ]
    : [];
  return Array.from({ length: count }, (_, i) =>
    cells.map((cell, c) => {
      const paras = pieces[c]?.[i];
      if (paras) return { ...cell, paras };
      return { ...cell, paras: c === 0 ? label : [] };
    }),
  );
}

export function tableSequence(
  widths: readonly number[],
  header: CellPlan[][],
  body: readonly BodyRow[],
  continued: string,
  options: {
    extra?: (row: TableRow | undefined, start: number) => Extra;
    extraMax?: number;
  } = {},
): Sequence<TableRow> {
  const headerHeights = header.map((r) => rowHeight(r, widths));
  const headerHeight = headerHeights.reduce((s, h) => s + h, 0);
  const max = Flow.full - headerHeight - (options.extraMax ?? 0);
  const rows: TableRow[] = body.flatMap((row) => {
    const height = row.measured ?? rowHeight(row.cells, widths);
    const weight = row.isGroup ? 0 : 1;
    if (height <= max) return [{ ...row, height, weight }];
    return splitRow(row.cells, widths, max, continued).map((cells, i) => ({
      ...row,
      cells,
      height: rowHeight(cells, widths),
      weight: i === 0 ? weight : 0,
    }));
  });
  const extra = (start: number): Extra =>
    options.extra ? options.extra(rows[start], start) : { rows: [], height: 0 };
  return {
    rows,
    overhead: (start) => headerHeight + extra(start).height,
    build: (y, start, end, frame) => {
      const more = extra(start);
      const slice = rows.slice(start, end);
      const all = [...header, ...more.rows, ...slice.map((r) => r.cells)];
      // Heights as measured once: a repeated group title is one row of its height.
      const rowH = [
        ...headerHeights,
        ...more.rows.map(() => more.height / Math.max(1, more.rows.length)),
        ...slice.map((r) => r.height),
      ];
      // Measured for the narrowest frame; a wider one spreads the columns in proportion.
      const measured = widths.reduce((s, w) => s + w, 0);
      const box: Box = {
        kind: 'table',
        x: frame.x,
        y,
        w: frame.w,
        colW: widths.map((w) => (w * frame.w) / measured),
        rows: all,
        rowH,
        headerRows: header.length,
      };
      return [box];
    },
  };
}

/**
 * Column widths for a frame: by weight, then every column raised to its minimum (its longest word),
 * the difference taken from the columns with room to spare.
 */
export function fitWidths(
  weights: readonly number[],
  minimums: readonly number[],
  total: number,
): number[] {
  const sum = weights.reduce((s, w) => s + Math.max(w, 0.01), 0);
  const widths = weights.map((w) => (Math.max(w, 0.01) / sum) * total);
  for (let round = 0; round < 5; round++) {
    const deficit = widths.reduce((s, w, i) => s + Math.max(0, (minimums[i] ?? 0) - w), 0);
    if (deficit <= 1e-9) break;
    const spare = widths.map((w, i) => Math.max(0, w - (minimums[i] ?? 0)));
    const spareSum = spare.reduce((s, v) => s + v, 0);
    if (spareSum <= 1e-9) break;
    const take = Math.min(1, deficit / spareSum);
    for (let i = 0; i < widths.length; i++) {
      const min = minimums[i] ?? 0;
      widths[i] =
        (widths[i] as number) < min ? min : (widths[i] as number) - (spare[i] as number) * take;
    }
  }
  return widths;
}

export function headerCell(
  text: string,
  size: number,
  align: 'left' | 'center' = 'left',
): CellPlan {
  return {
    paras: [para([run(text, size, COLOR.onAccent, { bold: true })], 0, { align })],
    fill: COLOR.accent,
  };
}

function toneRun(
  text: string,
  size: number,
  tone: CellTone | undefined,
  state?: TableCell['state'],
  rag?: TableCell['rag'],
) {
  if (rag !== undefined) return run(text, size, RAG_COLOR[rag], { bold: true });
  if (state !== undefined && state !== 'open') {
    return run(text, size, STATE_COLOR[state], { bold: true });
  }
  switch (tone) {
    case 'warning':
      return run(text, size, COLOR.warning, { bold: true });
    case 'muted':
      return run(text, size, COLOR.muted);
    case 'strong':
      return run(text, size, COLOR.title, { bold: true });
    default:
      return run(text, size, COLOR.text);
  }
}

/** The texts of a cell, with its repeated texts shortened to `excerptLines` when given. */
function cellParas(
  cell: TableCell,
  size: number,
  width: number,
  excerptLines: number | undefined,
): Para[] {
  const shorten = (line: { text: string; excerpt?: boolean }, lineSize: number, bold: boolean) =>
    excerptLines !== undefined && line.excerpt
      ? fitLines(line.text, lineSize, width - 2 * CELL_PAD_X, excerptLines, bold)
      : line.text;
  const small = Math.max(size - 1, 8);
  const first = para([
    toneRun(
      shorten(cell, size, cell.tone === 'strong' || cell.tone === 'warning'),
      size,
      cell.tone,
      cell.state,
      cell.rag,
    ),
  ]);
  const lines = (cell.lines ?? []).map((line: CellLine, i) => {
    const excerpt = line.excerpt ?? false;
    const lineSize = excerpt ? size : small;
    // An excerpt starts a new entry (an action, a focus item); its detail line follows it close.
    return para(
      [toneRun(shorten(line, lineSize, false), lineSize, line.tone)],
      excerpt && i > 0 ? 4 : excerpt ? 4 : 0,
    );
  });
  return [first, ...lines];
}

function cellWords(cell: TableCell): { text: string; bold: boolean; small: boolean }[] {
  return [
    {
      text: cell.text,
      bold:
        cell.tone === 'strong' ||
        cell.tone === 'warning' ||
        cell.rag !== undefined ||
        (cell.state !== undefined && cell.state !== 'open'),
      small: false,
    },
    ...(cell.lines ?? []).map((l) => ({
      text: l.text,
      bold: l.tone === 'warning',
      small: !l.excerpt,
    })),
  ];
}

/** The widths of a table's columns at a size, and whether every word fits its column. */
function layoutColumns(
  block: TableBlock,
  frame: Frame,
  size: number,
): { widths: number[]; fits: boolean } {
  const minimums = block.columns.map((column, c) => {
    const words = [
      longestWord(column.header, size, true),
      ...block.rows.flatMap((row) => {
        const cell = row[c];
        return cell
          ? cellWords(cell).map((w) =>
              longestWord(w.text, w.small ? Math.max(size - 1, 8) : size, w.bold),
            )
          : [];
      }),
    ];
    return Math.max(0, ...words) + 2 * CELL_PAD_X + 0.02;
  });
  const widths = fitWidths(
    block.columns.map((c) => c.weight),
    minimums,
    frame.w,
  );
  return { widths, fits: minimums.reduce((s, m) => s + m, 0) <= frame.w + 1e-9 };
}

/** How far the repeated texts of a row are shortened: whole, to two lines, to one. */
const LEVELS = [undefined, 2, 1] as const;

export function tablePlaceable(
  block: TableBlock,
  style: Style,
  frame: Frame,
  continued: string,
): Placeable {
  const hasExcerpts = block.rows.some((row) =>
    row.some((cell) => cell.excerpt || (cell.lines ?? []).some((l) => l.excerpt)),
  );
  // Tighter first, then shorter: a size smaller, then the repeated texts of the rows that gain
  // most, one row at a time, until the table fits the slide it starts on.
  const sizes = hasExcerpts ? [style.table, style.table - 1] : [style.table];
  const tables = sizes.map((size) => new TableVariant(block, frame, continued, size));
  return (flow) => {
    const room = flow.hardRemaining() + 1e-9;
    for (const table of tables) {
      const levels = block.rows.map(() => 0);
      let sequence = table.sequence(levels);
      while (total(sequence) > room && hasExcerpts) {
        // The row whose next shortening saves the most height.
        let best = -1;
        let saving = 1e-6;
        levels.forEach((level, r) => {
          if (level >= LEVELS.length - 1) return;
          const gain = table.rowHeight(r, level) - table.rowHeight(r, level + 1);
          if (gain > saving) {
            saving = gain;
            best = r;
          }
        });
        if (best < 0) break;
        levels[best] = (levels[best] as number) + 1;
        sequence = table.sequence(levels);
      }
      if (total(sequence) <= room) return flow.place(sequence);
    }
    // A table that continues on the next slide anyway keeps every text whole.
    flow.place((tables[0] as TableVariant).sequence(block.rows.map(() => 0)));
  };
}

function total(sequence: Sequence<TableRow>): number {
  return sequence.overhead(0) + sequence.rows.reduce((s, r) => s + r.height, 0);
}

/** A table at one type size, measured once at every level of shortening. */
class TableVariant {
  private readonly widths: number[];
  private readonly size: number;
  private readonly header: CellPlan[][];
  /** Per row, per level: its cells. */
  private readonly cells: CellPlan[][][];
  private readonly heights: number[][];
  private readonly groups: readonly TableGroup[];

  constructor(
    private readonly block: TableBlock,
    private readonly frame: Frame,
    private readonly continued: string,
    preferred: number,
  ) {
    // A size at which every word fits its column, down to 9 pt.
    let size = preferred;
    let columns = layoutColumns(block, frame, size);
    while (!columns.fits && size > 9) {
      size -= 1;
      columns = layoutColumns(block, frame, size);
    }
    this.size = size;
    this.widths = columns.widths;
    this.header = [block.columns.map((c) => headerCell(c.header, size))];
    this.groups = block.groups ?? [];
    const excerpts = (row: readonly TableCell[]) =>
      row.some((cell) => cell.excerpt || (cell.lines ?? []).some((l) => l.excerpt));
    this.cells = block.rows.map((row) => {
      const levels = excerpts(row) ? LEVELS : [undefined];
      const all = levels.map((lines): CellPlan[] =>
        block.columns.map((_, c) => ({
          paras: cellParas(row[c] ?? { text: '' }, size, this.widths[c] ?? 1, lines),
        })),
      );
      // Rows without repeated texts are the same at every level.
      while (all.length < LEVELS.length) all.push(all[0] as CellPlan[]);
      return all;
    });
    this.heights = this.cells.map((levels) => levels.map((cells) => rowHeight(cells, this.widths)));
  }

  rowHeight(row: number, level: number): number {
    return this.heights[row]?.[level] ?? 0;
  }

  private groupRow(title: string): CellPlan[] {
    return [
      {
        paras: [para([run(title, this.size, COLOR.title, { bold: true })])],
        fill: COLOR.accent,
        fillTransparency: 85,
        colspan: this.block.columns.length,
      },
    ];
  }

  sequence(levels: readonly number[]): Sequence<TableRow> {
    const { groups, widths } = this;
    const groupOf = (index: number) => {
      let found = -1;
      groups.forEach((g, i) => {
        if (g.start <= index) found = i;
      });
      return found;
    };
    const body: BodyRow[] = [];
    let stripe = 0;
    this.block.rows.forEach((_, index) => {
      const opens = groups.findIndex((g) => g.start === index);
      if (opens >= 0) {
        body.push({
          cells: this.groupRow(groups[opens]?.title ?? ''),
          keepWithNext: true,
          group: opens,
          isGroup: true,
        });
        stripe = 0;
      }
      const level = levels[index] ?? 0;
      const cells = this.cells[index]?.[level] ?? [];
      const fill = stripe % 2 === 1 ? { fill: COLOR.stripe } : {};
      stripe++;
      const group = groupOf(index);
      body.push({
        cells: cells.map((cell) => ({ ...cell, ...fill })),
        measured: this.rowHeight(index, level),
        ...(group >= 0 ? { group } : {}),
      });
    });
    // Each group's title as repeated on a slide that continues it, measured once.
    const repeated = groups.map((group) => {
      const cells = this.groupRow(
        `${fitLines(group.title, this.size, this.frame.w - 1.2, 1, true)} ${this.continued}`,
      );
      return { rows: [cells], height: rowHeight(cells, widths) };
    });
    const extraMax = Math.max(0, ...repeated.map((r) => r.height));
    return tableSequence(widths, this.header, body, this.continued, {
      extra: (row, start) => {
        if (!row || start === 0 || row.isGroup || row.group === undefined) {
          return { rows: [], height: 0 };
        }
        return repeated[row.group] ?? { rows: [], height: 0 };
      },
      extraMax: groups.length > 0 ? extraMax : 0,
    });
  }
}

/** Height of a single paragraph of text in a cell of the given width. */
export function textCellHeight(text: string, size: number, width: number, bold = false): number {
  return (
    paraHeight(para([run(text, size, COLOR.text, { bold })]), width - 2 * CELL_PAD_X) +
    2 * CELL_PAD_Y
  );
}
