// Outline → slide plan: where every box of every slide goes, decided before pptxgenjs sees it.
// Keeping the geometry as plain data lets tests check the pagination (nothing below the content
// area, every text present) without reading XML, and keeps pptx.ts a thin translation.
import type {
  Block,
  Card,
  ListBlock,
  ListItem,
  Outline,
  Part,
  StoryStep,
  TableBlock,
  TimelineBlock,
  TimelineState,
  TwoColumnBlock,
} from '../story/outline';
import {
  fitLines,
  fitsLines,
  LINE_FACTOR,
  paraHeight,
  parasHeight,
  splitParas,
  type Para,
  type Run,
} from './measure';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
export const MARGIN_X = 0.6;
export const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
const KICKER_Y = 0.35;
const TITLE_Y = 0.62;
/** The lowest the content starts: below a title of two lines. Rows are cut to fit below it. */
export const CONTENT_TOP = 1.95;
/** Space from the title's last line to the content: the accent rule sits in it. */
const TITLE_GAP = 0.4;
export const CONTENT_BOTTOM = 6.85;
const CONTENT_H = CONTENT_BOTTOM - CONTENT_TOP;
export const FOOTER_Y = 7.0;
const BLOCK_GAP = 0.2;
const COLUMN_GAP = 0.4;
const CARD_GAP = 0.25;
const CARD_PAD = 0.15;
/** Inner padding of a table cell, inches: top/bottom and left/right. */
export const CELL_PAD_Y = 0.05;
export const CELL_PAD_X = 0.08;

/** Colours: theme slots where the meaning is "the brand", fixed values where it is a signal. */
export const COLOR = {
  title: 'tx2',
  text: 'tx1',
  accent: 'accent1',
  muted: '595959',
  warning: 'C00000',
  done: '2E7D32',
  outside: 'B35C00',
  onAccent: 'FFFFFF',
  rule: 'BFBFBF',
  stripe: 'F2F2F2',
} as const;

export const SIZE = {
  coverTitle: 40,
  coverTitleMin: 28,
  title: 28,
  titleMin: 22,
  kicker: 12,
  heading1: 22,
  heading2: 18,
  cardTitle: 16,
  body: 16,
  lead: 16,
  note: 12,
  item: 14,
  itemMin: 12,
  detail: 12,
  listTitle: 14,
  table: 12,
  timeline: 11,
  footer: 10,
} as const;

// Glyphs from the WGL4 set, which Arial and Liberation Sans both carry: every marker is drawn by
// the theme font at the same size, instead of by whatever fallback font a machine picks. Shape
// and colour both differ, so the states stay apart in greyscale prints too.
export const MARKERS: Readonly<Record<TimelineState, { glyph: string; color: string }>> = {
  open: { glyph: '○', color: COLOR.accent },
  'in-progress': { glyph: '●', color: COLOR.accent },
  done: { glyph: '■', color: COLOR.done },
  overdue: { glyph: '♦', color: COLOR.warning },
  outside: { glyph: '▲', color: COLOR.outside },
};

export interface TextBox {
  readonly kind: 'text';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paras: readonly Para[];
}

export interface CardBox {
  readonly kind: 'card';
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
  readonly paras: readonly Para[];
}

export interface CellPlan {
  readonly text: string;
  readonly color: string;
  readonly bold?: boolean;
  readonly fill?: string;
  readonly fillTransparency?: number;
  readonly align?: 'left' | 'center';
  readonly colspan?: number;
  readonly size: number;
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

export type Box = TextBox | CardBox | TableBox;

export interface SlidePlan {
  readonly step: StoryStep;
  readonly key: string;
  readonly cover: boolean;
  readonly kicker?: string;
  readonly title: string;
  readonly titleSize: number;
  readonly titleH: number;
  readonly boxes: Box[];
}

export interface DeckPlan {
  readonly footer: string;
  readonly slides: readonly SlidePlan[];
}

const CONTINUED = { de: '(Forts.)', en: '(cont.)' } as const;

const run = (text: string, size: number, color: string, extra: Partial<Run> = {}): Run => ({
  text,
  size,
  color,
  ...extra,
});
const para = (runs: Run[], spaceBefore = 0, bullet = false): Para => ({
  runs,
  spaceBefore,
  ...(bullet ? { bullet: true } : {}),
});

/** A placeable piece of a block: its height and the boxes it becomes at a given y. */
interface Row {
  readonly height: number;
  /** A row that must not end a slide when more rows follow (a title, a group row). */
  readonly keepWithNext?: boolean;
}

interface Sequence<R extends Row> {
  readonly rows: readonly R[];
  /** Extra height a slice starting at `start` needs (a repeated header, a repeated title). */
  overhead(start: number): number;
  build(y: number, start: number, end: number): Box[];
}

class Flow {
  readonly slides: SlidePlan[] = [];
  private y = CONTENT_TOP;
  private fresh = true;
  private top = CONTENT_TOP;

  constructor(
    private readonly part: Part,
    private readonly heading: { title: string; size: number; height: number; kicker?: string },
    private readonly continued: string,
    cover: boolean,
  ) {
    this.open(cover);
  }

  private open(cover: boolean): void {
    const first = this.slides.length === 0;
    const title = first ? this.heading.title : continuedTitle(this.heading.title, this.continued);
    const slide: SlidePlan = {
      step: this.part.step,
      key: this.part.key,
      cover: cover && first,
      ...(this.heading.kicker === undefined ? {} : { kicker: this.heading.kicker }),
      title,
      titleSize: first ? this.heading.size : Math.min(this.heading.size, SIZE.title),
      titleH: first ? this.heading.height : titleHeight(title, SIZE.title),
      boxes: [],
    };
    this.slides.push(slide);
    this.top = slide.cover
      ? coverContentTop(slide)
      : Math.min(CONTENT_TOP, TITLE_Y + slide.titleH + TITLE_GAP);
    this.y = this.top;
    this.fresh = true;
  }

  get isFresh(): boolean {
    return this.fresh;
  }

  remaining(): number {
    return CONTENT_BOTTOM - this.y;
  }

  /** The height available on an empty slide: what every row is cut to fit. */
  static get full(): number {
    return CONTENT_H;
  }

  gap(): void {
    if (!this.fresh) this.y += BLOCK_GAP;
  }

  next(): void {
    this.open(false);
  }

  add(boxes: Box[], height: number): void {
    const slide = this.slides[this.slides.length - 1] as SlidePlan;
    slide.boxes.push(...boxes);
    this.y += height;
    this.fresh = false;
  }

  get cursor(): number {
    return this.y;
  }

  place<R extends Row>(sequence: Sequence<R>): void {
    const { rows } = sequence;
    let start = 0;
    while (start < rows.length) {
      const available = this.remaining() - sequence.overhead(start);
      let end = start;
      let used = 0;
      while (end < rows.length && used + (rows[end] as R).height <= available + 1e-9) {
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
        // The cover has less room than a content slide: what does not fit moves on.
        if (!this.fresh || this.remaining() < Flow.full - 1e-9) {
          this.next();
          continue;
        }
        // Rows are cut to fit an empty slide, so this only happens by rounding: place one.
        used = (rows[start] as R).height;
        end = start + 1;
      }
      const height = sequence.overhead(start) + used;
      this.add(sequence.build(this.y, start, end), height);
      start = end;
      if (start < rows.length) this.next();
    }
  }
}

function continuedTitle(title: string, continued: string): string {
  const short = fitLines(title, SIZE.title, CONTENT_W - 1.4, 1, true);
  return `${short} ${continued}`;
}

function titleHeight(text: string, size: number): number {
  return paraHeight(para([run(text, size, COLOR.title, { bold: true })]), CONTENT_W);
}

function coverContentTop(slide: SlidePlan): number {
  return 2.3 + slide.titleH + 0.35;
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

// ---- blocks → sequences -------------------------------------------------------------------

function textSequence(
  x: number,
  w: number,
  rows: readonly { height: number; paras: Para[]; keepWithNext?: boolean }[],
  repeat?: { paras: Para[]; height: number },
): Sequence<Row & { paras: Para[] }> {
  return {
    rows,
    overhead: (start) =>
      start > 0 && repeat && !(rows[start]?.keepWithNext ?? false) ? repeat.height : 0,
    build: (y, start, end) => {
      const head = start > 0 && repeat && !(rows[start]?.keepWithNext ?? false) ? repeat.paras : [];
      const paras = [...head, ...rows.slice(start, end).flatMap((r) => r.paras)];
      const h =
        (start > 0 && repeat && head.length > 0 ? repeat.height : 0) +
        rows.slice(start, end).reduce((s, r) => s + r.height, 0);
      return [{ kind: 'text', x, y, w, h, paras: dropLeadingSpace(paras) }];
    },
  };
}

/** The first paragraph of a box needs no space above it: the box already sits where it should. */
function dropLeadingSpace(paras: Para[]): Para[] {
  const [first, ...rest] = paras;
  return first ? [{ ...first, spaceBefore: 0 }, ...rest] : [];
}

/** Cuts a group of paragraphs into rows no taller than an empty slide allows. */
function rowsOf(
  paras: Para[],
  width: number,
  max: number,
  keepWithNext = false,
): { height: number; paras: Para[]; keepWithNext?: boolean }[] {
  const height = parasHeight(paras, width);
  if (height <= max) return [{ height, paras, ...(keepWithNext ? { keepWithNext } : {}) }];
  return splitParas(paras, width, max).map((group) => ({
    height: parasHeight(group, width),
    paras: group,
  }));
}

function paragraphParas(block: Extract<Block, { kind: 'paragraph' }>, size?: number): Para[] {
  switch (block.tone) {
    case 'lead':
      return [para([run(block.text, size ?? SIZE.lead, COLOR.title)])];
    case 'note':
      return [para([run(block.text, size ?? SIZE.note, COLOR.muted, { italic: true })])];
    case 'warning':
      return [para([run(`⚠ ${block.text}`, size ?? SIZE.item, COLOR.warning, { bold: true })])];
    default:
      return [para([run(block.text, size ?? SIZE.body, COLOR.text)])];
  }
}

function placeParagraph(
  flow: Flow,
  block: Extract<Block, { kind: 'paragraph' }>,
  x = MARGIN_X,
  w = CONTENT_W,
): void {
  let paras = paragraphParas(block);
  // A text too long for one slide is first set smaller, then continued on the next slides.
  if (parasHeight(paras, w) > Flow.full) paras = paragraphParas(block, SIZE.itemMin);
  flow.place(textSequence(x, w, rowsOf(paras, w, Flow.full)));
}

function itemParas(
  item: ListItem,
  size: number,
  ordered: number | undefined,
  first: boolean,
): Para[] {
  const label = item.label ?? (ordered === undefined ? undefined : `${ordered}.`);
  const main = para(
    [
      ...(label ? [run(`${label}  `, size, COLOR.accent, { bold: true })] : []),
      run(item.text, size, COLOR.text),
    ],
    first ? 0 : 8,
    !label,
  );
  const out = [main];
  const small = Math.min(SIZE.detail, size);
  if (item.detail) out.push(para([run(item.detail, small, COLOR.muted)], 1));
  if (item.warning)
    out.push(para([run(`⚠ ${item.warning}`, small, COLOR.warning, { bold: true })], 1));
  return out;
}

function listTitleParas(title: string): Para[] {
  return [para([run(title, SIZE.listTitle, COLOR.accent, { bold: true })], 0)];
}

function listRows(
  list: ListBlock,
  w: number,
  continued: string,
): {
  rows: { height: number; paras: Para[]; keepWithNext?: boolean }[];
  repeat?: { paras: Para[]; height: number };
} {
  const rows: { height: number; paras: Para[]; keepWithNext?: boolean }[] = [];
  let repeat: { paras: Para[]; height: number } | undefined;
  if (list.title) {
    const title = listTitleParas(list.title);
    rows.push(...rowsOf(title, w, Flow.full / 2, true));
    const short = listTitleParas(
      `${fitLines(list.title, SIZE.listTitle, w, 1, true)} ${continued}`,
    );
    repeat = { paras: short, height: parasHeight(short, w) };
  }
  const max = Flow.full - (repeat?.height ?? 0);
  list.items.forEach((item, index) => {
    let paras = itemParas(
      item,
      SIZE.item,
      list.ordered ? index + 1 : undefined,
      index === 0 && !list.title,
    );
    if (parasHeight(paras, w) > max)
      paras = itemParas(item, SIZE.itemMin, list.ordered ? index + 1 : undefined, index === 0);
    rows.push(...rowsOf(paras, w, max));
  });
  return { rows, ...(repeat ? { repeat } : {}) };
}

function placeList(flow: Flow, list: ListBlock, continued: string): void {
  const { rows, repeat } = listRows(list, CONTENT_W, continued);
  flow.place(textSequence(MARGIN_X, CONTENT_W, rows, repeat));
}

function placeTwoColumns(flow: Flow, block: TwoColumnBlock, continued: string): void {
  const w = (CONTENT_W - COLUMN_GAP) / 2;
  const columns = [block.left, block.right].map((list) => listRows(list, w, continued));
  const next = [0, 0];
  while (columns.some((c, i) => (next[i] as number) < c.rows.length)) {
    const boxes: Box[] = [];
    let height = 0;
    columns.forEach((column, i) => {
      let start = next[i] as number;
      if (start >= column.rows.length) return;
      const repeat = start > 0 && column.repeat ? column.repeat : undefined;
      let used = repeat?.height ?? 0;
      let end = start;
      while (
        end < column.rows.length &&
        used + (column.rows[end]?.height ?? 0) <= flow.remaining() + 1e-9
      ) {
        used += column.rows[end]?.height ?? 0;
        end++;
      }
      while (end > start + 1 && end < column.rows.length && column.rows[end - 1]?.keepWithNext) {
        end--;
        used -= column.rows[end]?.height ?? 0;
      }
      if (
        end > start &&
        end < column.rows.length &&
        column.rows.slice(start, end).every((r) => r.keepWithNext)
      ) {
        end = start;
        used = repeat?.height ?? 0;
      }
      if (end === start && flow.isFresh && flow.remaining() >= Flow.full - 1e-9) {
        end = start + 1;
        used += column.rows[start]?.height ?? 0;
      }
      if (end === start) return;
      const paras = [
        ...(repeat?.paras ?? []),
        ...column.rows.slice(start, end).flatMap((r) => r.paras),
      ];
      boxes.push({
        kind: 'text',
        x: MARGIN_X + i * (w + COLUMN_GAP),
        y: flow.cursor,
        w,
        h: used,
        paras: dropLeadingSpace(paras),
      });
      height = Math.max(height, used);
      start = end;
      next[i] = start;
    });
    if (boxes.length > 0) flow.add(boxes, height);
    if (columns.some((c, i) => (next[i] as number) < c.rows.length)) flow.next();
  }
}

function cellPlan(
  text: string,
  size: number,
  color: string,
  extra: Partial<CellPlan> = {},
): CellPlan {
  return { text, size, color, ...extra };
}

function cellHeight(cell: CellPlan, width: number): number {
  return (
    paraHeight(
      para([run(cell.text, cell.size, cell.color, { bold: cell.bold ?? false })]),
      width - 2 * CELL_PAD_X,
    ) +
    2 * CELL_PAD_Y
  );
}

function rowHeight(cells: readonly CellPlan[], widths: readonly number[]): number {
  let column = 0;
  let height = (SIZE.table * LINE_FACTOR) / 72 + 2 * CELL_PAD_Y;
  for (const cell of cells) {
    const span = cell.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((s, v) => s + v, 0);
    height = Math.max(height, cellHeight(cell, width));
    column += span;
  }
  return height;
}

/** A row too tall for an empty slide becomes several rows, each cell continued line by line. */
function splitRow(
  cells: readonly CellPlan[],
  widths: readonly number[],
  max: number,
): CellPlan[][] {
  let column = 0;
  const pieces = cells.map((cell) => {
    const span = cell.colspan ?? 1;
    const width = widths.slice(column, column + span).reduce((s, v) => s + v, 0);
    column += span;
    const p = para([run(cell.text, cell.size, cell.color, { bold: cell.bold ?? false })]);
    return splitParas([p], width - 2 * CELL_PAD_X, max - 2 * CELL_PAD_Y).map((group) =>
      group.map((g) => g.runs.map((r) => r.text).join('')).join(''),
    );
  });
  const count = Math.max(...pieces.map((p) => p.length));
  return Array.from({ length: count }, (_, i) =>
    cells.map((cell, c) => ({ ...cell, text: pieces[c]?.[i] ?? '' })),
  );
}

interface BodyRow {
  readonly cells: readonly CellPlan[];
  readonly keepWithNext?: boolean;
  /** Timeline only: the group the row belongs to, and whether it is the group's own row. */
  readonly group?: number;
  readonly isGroup?: boolean;
}

interface TableRow extends Row, BodyRow {}

interface Extra {
  readonly rows: CellPlan[][];
  readonly height: number;
}

function tableSequence(
  widths: number[],
  header: CellPlan[][],
  body: readonly BodyRow[],
  options: {
    extra?: (row: TableRow | undefined, start: number) => Extra;
    extraMax?: number;
    footer?: { paras: Para[]; height: number };
  } = {},
): Sequence<TableRow> {
  const headerHeight = header.reduce((s, r) => s + rowHeight(r, widths), 0);
  const footerHeight = options.footer ? options.footer.height + 0.1 : 0;
  const max = Flow.full - headerHeight - footerHeight - (options.extraMax ?? 0);
  const rows: TableRow[] = body.flatMap((row) => {
    const height = rowHeight(row.cells, widths);
    if (height <= max) return [{ ...row, height }];
    return splitRow(row.cells, widths, max).map((cells) => ({
      ...row,
      cells,
      height: rowHeight(cells, widths),
    }));
  });
  const extra = (start: number): Extra =>
    options.extra ? options.extra(rows[start], start) : { rows: [], height: 0 };
  return {
    rows,
    overhead: (start) => headerHeight + footerHeight + extra(start).height,
    build: (y, start, end) => {
      const all = [...header, ...extra(start).rows, ...rows.slice(start, end).map((r) => r.cells)];
      const rowH = all.map((cells) => rowHeight(cells, widths));
      const boxes: Box[] = [
        {
          kind: 'table',
          x: MARGIN_X,
          y,
          w: CONTENT_W,
          colW: widths,
          rows: all,
          rowH,
          headerRows: header.length,
        },
      ];
      if (options.footer) {
        const tableH = rowH.reduce((s, v) => s + v, 0);
        boxes.push({
          kind: 'text',
          x: MARGIN_X,
          y: y + tableH + 0.1,
          w: CONTENT_W,
          h: options.footer.height,
          paras: options.footer.paras,
        });
      }
      return boxes;
    },
  };
}

function scaleWidths(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + Math.max(w, 0.01), 0);
  return weights.map((w) => (Math.max(w, 0.01) / total) * CONTENT_W);
}

function headerCell(text: string, size: number): CellPlan {
  return cellPlan(text, size, COLOR.onAccent, { bold: true, fill: COLOR.accent });
}

function placeTable(flow: Flow, block: TableBlock): void {
  const widths = scaleWidths(block.columns.map((c) => c.weight));
  const header = [block.columns.map((c) => headerCell(c.header, SIZE.table))];
  const body = block.rows.map((row, index) => ({
    cells: block.columns.map((_, c) => {
      const cell = row[c] ?? { text: '' };
      const stripe = index % 2 === 1 ? { fill: COLOR.stripe } : {};
      switch (cell.tone) {
        case 'warning':
          return cellPlan(cell.text, SIZE.table, COLOR.warning, { bold: true, ...stripe });
        case 'muted':
          return cellPlan(cell.text, SIZE.table, COLOR.muted, stripe);
        case 'strong':
          return cellPlan(cell.text, SIZE.table, COLOR.title, { bold: true, ...stripe });
        default:
          return cellPlan(cell.text, SIZE.table, COLOR.text, stripe);
      }
    }),
  }));
  flow.place(tableSequence(widths, header, body));
}

const MONTH_W = 0.56;
const OUTSIDE_W = 0.95;

export function legendParas(block: TimelineBlock): Para[] {
  const states: TimelineState[] = ['open', 'in-progress', 'done', 'overdue', 'outside'];
  const runs = states.flatMap((state, i) => [
    run(`${i === 0 ? '' : '     '}${MARKERS[state].glyph} `, SIZE.note, MARKERS[state].color, {
      bold: true,
    }),
    run(block.legend[state], SIZE.note, COLOR.muted),
  ]);
  return [para(runs)];
}

function placeTimeline(flow: Flow, block: TimelineBlock, continued: string): void {
  const labelW = CONTENT_W - 12 * MONTH_W - OUTSIDE_W;
  const widths = [labelW, ...Array.from({ length: 12 }, () => MONTH_W), OUTSIDE_W];
  const size = SIZE.timeline;
  const header = [
    [
      headerCell('', size),
      ...Array.from({ length: 12 }, (_, m) => ({
        ...headerCell(block.months[m] ?? '', size - 1),
        align: 'center' as const,
      })),
      { ...headerCell(block.legend.outside, size - 2), align: 'center' as const },
    ],
  ];
  const groupRow = (title: string): CellPlan[] => [
    cellPlan(title, size, COLOR.title, {
      bold: true,
      fill: COLOR.accent,
      fillTransparency: 85,
      colspan: 14,
    }),
  ];
  const body: BodyRow[] = [];
  block.groups.forEach((group, g) => {
    body.push({
      cells: groupRow(group.title),
      keepWithNext: group.entries.length > 0,
      group: g,
      isGroup: true,
    });
    for (const entry of group.entries) {
      const marker = MARKERS[entry.state];
      const column = entry.month === undefined || entry.state === 'outside' ? 12 : entry.month;
      const cells: CellPlan[] = [
        cellPlan(
          `${entry.label} — ${entry.due}`,
          size,
          entry.state === 'overdue' ? COLOR.warning : COLOR.text,
        ),
      ];
      for (let m = 0; m <= 12; m++) {
        cells.push(
          m === column
            ? cellPlan(marker.glyph, size + 3, marker.color, {
                bold: true,
                align: 'center',
                fill: marker.color,
                fillTransparency: 78,
              })
            : cellPlan('', size, COLOR.text),
        );
      }
      body.push({ cells, group: g });
    }
  });
  const footer = legendParas(block);
  // A slide that starts inside a group repeats the group's name, so every marker has its goal.
  const repeated = (g: number): CellPlan[] =>
    groupRow(`${fitLines(block.groups[g]?.title ?? '', size, labelW * 2, 1, true)} ${continued}`);
  const extraMax = Math.max(0, ...block.groups.map((_, g) => rowHeight(repeated(g), widths)));
  flow.place(
    tableSequence(widths, header, body, {
      extra: (row, start) => {
        if (!row || start === 0 || row.isGroup || row.group === undefined)
          return { rows: [], height: 0 };
        const cells = repeated(row.group);
        return { rows: [cells], height: rowHeight(cells, widths) };
      },
      extraMax,
      footer: { paras: footer, height: parasHeight(footer, CONTENT_W) },
    }),
  );
}

function cardParas(card: Card, continued?: string): Para[] {
  const paras: Para[] = [
    para([
      run(`${card.label}  `, SIZE.cardTitle, COLOR.accent, { bold: true }),
      run(continued ? `${card.title} ${continued}` : card.title, SIZE.cardTitle, COLOR.title, {
        bold: true,
      }),
    ]),
  ];
  for (const field of card.fields) {
    paras.push(para([run(field.label, SIZE.detail, COLOR.muted, { bold: true })], 8));
    paras.push(para([run(field.value, SIZE.item - 1, COLOR.text)], 1));
  }
  return paras;
}

function placeCards(flow: Flow, block: Extract<Block, { kind: 'cards' }>, continued: string): void {
  const perRow = 3;
  const w = (CONTENT_W - (perRow - 1) * CARD_GAP) / perRow;
  const inner = (width: number) => width - 2 * CARD_PAD;
  const rows: (Row & { build: (y: number) => Box[] })[] = [];
  for (let i = 0; i < block.cards.length; i += perRow) {
    const cards = block.cards.slice(i, i + perRow);
    const heights = cards.map((card) => parasHeight(cardParas(card), inner(w)) + 2 * CARD_PAD);
    const height = Math.max(...heights);
    if (height <= Flow.full) {
      rows.push({
        height,
        build: (y) =>
          cards.map((card, c) => ({
            kind: 'card',
            x: MARGIN_X + c * (w + CARD_GAP),
            y,
            w,
            h: height,
            paras: cardParas(card),
          })),
      });
      continue;
    }
    // A card too tall for a slide spreads over the full width and continues on the next slides.
    for (const card of cards) {
      splitParas(cardParas(card), inner(CONTENT_W), Flow.full - 2 * CARD_PAD).forEach((group) => {
        const h = parasHeight(group, inner(CONTENT_W)) + 2 * CARD_PAD;
        rows.push({
          height: h + CARD_GAP,
          build: (y) => [
            { kind: 'card', x: MARGIN_X, y, w: CONTENT_W, h, paras: dropLeadingSpace(group) },
          ],
        });
      });
    }
  }
  void continued;
  flow.place({
    rows,
    overhead: () => 0,
    build: (y, start, end) => {
      const out: Box[] = [];
      let cursor = y;
      for (const row of rows.slice(start, end)) {
        out.push(...row.build(cursor));
        cursor += row.height;
      }
      return out;
    },
  });
}

function placeHeading(flow: Flow, block: Extract<Block, { kind: 'heading' }>): void {
  const size = block.level === 1 ? SIZE.heading1 : SIZE.heading2;
  const paras = [para([run(block.text, size, COLOR.title, { bold: true })])];
  const rows = rowsOf(paras, CONTENT_W, Flow.full / 2, true);
  const height = rows.reduce((s, r) => s + r.height, 0);
  // A heading needs some of its content below it on the same slide.
  if (!flow.isFresh && flow.remaining() < height + 0.8) flow.next();
  flow.place(
    textSequence(
      MARGIN_X,
      CONTENT_W,
      rows.map((r) => ({ ...r, keepWithNext: false })),
    ),
  );
}

function placeBlock(flow: Flow, block: Block, continued: string): void {
  flow.gap();
  switch (block.kind) {
    case 'heading':
      return placeHeading(flow, block);
    case 'paragraph':
      return placeParagraph(flow, block);
    case 'list':
      return placeList(flow, block, continued);
    case 'two-column':
      return placeTwoColumns(flow, block, continued);
    case 'table':
      return placeTable(flow, block);
    case 'cards':
      return placeCards(flow, block, continued);
    case 'timeline':
      return placeTimeline(flow, block, continued);
  }
}

function partSlides(part: Part, continued: string): SlidePlan[] {
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
  if (part.subtitle !== undefined && kicker !== part.subtitle)
    blocks.push({ kind: 'paragraph', tone: 'note', text: part.subtitle });
  blocks.push(...part.blocks);
  const flow = new Flow(
    part,
    {
      title: fitted.title,
      size: fitted.size,
      height: fitted.height,
      ...(kicker === undefined ? {} : { kicker }),
    },
    continued,
    cover,
  );
  blocks.forEach((block) => placeBlock(flow, block, continued));
  return flow.slides;
}

/** Lays out every part of the (already cleaned) outline on 16:9 slides. */
export function planDeck(outline: Outline): DeckPlan {
  const continued = CONTINUED[outline.language];
  return {
    footer: fitLines(outline.title, SIZE.footer, CONTENT_W - 1.5, 1),
    slides: outline.parts.flatMap((part) => partSlides(part, continued)),
  };
}

export const GEOMETRY = { KICKER_Y, TITLE_Y, CONTENT_TOP, CONTENT_BOTTOM, FOOTER_Y };
