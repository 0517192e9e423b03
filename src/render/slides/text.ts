// Text blocks on slides: paragraphs, headings, lists and two lists side by side. A list item too
// tall for a slide continues on the next one under its label, marked as continued; a list title
// returns on every slide its items continue on.
import type {
  HeadingBlock,
  ListBlock,
  ListItem,
  ParagraphBlock,
  TwoColumnBlock,
} from '../../story/outline';
import { fitLines, parasHeight, splitParas, type Para } from '../measure';
import { COLOR } from '../theme';
import { dropLeadingSpace, para, run, type Box } from './boxes';
import { Flow, type Frame, type Placeable, type Row, type Sequence } from './flow';
import { COLUMN_GAP, SIZE, type Style } from './geometry';

export interface TextRow extends Row {
  readonly paras: Para[];
}

export function textSequence(
  rows: readonly TextRow[],
  repeat?: { paras: Para[]; height: number },
): Sequence<TextRow> {
  const repeats = (start: number) =>
    start > 0 && repeat !== undefined && !(rows[start]?.keepWithNext ?? false);
  return {
    rows,
    overhead: (start) => (repeats(start) ? (repeat?.height ?? 0) : 0),
    build: (y, start, end, frame) => {
      const head = repeats(start) ? (repeat?.paras ?? []) : [];
      const paras = [...head, ...rows.slice(start, end).flatMap((r) => r.paras)];
      const h =
        (repeats(start) ? (repeat?.height ?? 0) : 0) +
        rows.slice(start, end).reduce((s, r) => s + r.height, 0);
      return [{ kind: 'text', x: frame.x, y, w: frame.w, h, paras: dropLeadingSpace(paras) }];
    },
  };
}

/**
 * Cuts a group of paragraphs into rows no taller than an empty slide allows; pieces after the
 * first start with `lead` (the item's label, marked as continued).
 */
export function rowsOf(
  paras: Para[],
  width: number,
  max: number,
  options: { keepWithNext?: boolean; lead?: Para[]; weight?: number } = {},
): TextRow[] {
  const height = parasHeight(paras, width);
  const weight = options.weight === undefined ? {} : { weight: options.weight };
  if (height <= max) {
    return [{ height, paras, ...weight, ...(options.keepWithNext ? { keepWithNext: true } : {}) }];
  }
  return splitParas(paras, width, max, options.lead).map((group) => ({
    height: parasHeight(group, width),
    paras: group,
    ...weight,
  }));
}

export function paragraphParas(block: ParagraphBlock, style: Style, size?: number): Para[] {
  switch (block.tone) {
    case 'lead':
      return [para([run(block.text, size ?? style.lead, COLOR.title)])];
    case 'note':
      return [para([run(block.text, size ?? style.note, COLOR.muted, { italic: true })])];
    case 'warning':
      return [para([run(`⚠ ${block.text}`, size ?? style.item, COLOR.warning, { bold: true })])];
    default:
      return [para([run(block.text, size ?? style.body, COLOR.text)])];
  }
}

export function paragraphPlaceable(block: ParagraphBlock, style: Style, frame: Frame): Placeable {
  let paras = paragraphParas(block, style);
  // A text too long for one slide is first set smaller, then continued on the next slides.
  if (parasHeight(paras, frame.w) > Flow.full) paras = paragraphParas(block, style, style.detail);
  const rows = rowsOf(paras, frame.w, Flow.full, { weight: 1 });
  return (flow) => flow.place(textSequence(rows));
}

function itemParas(item: ListItem, size: number, style: Style, ordinal?: number): Para[] {
  const label = item.label ?? (ordinal === undefined ? undefined : `${ordinal}.`);
  const main = para(
    [
      ...(label ? [run(`${label}\u00A0\u00A0`, size, COLOR.accent, { bold: true })] : []),
      run(item.text, size, COLOR.text),
    ],
    style.itemGap,
    { bullet: !label },
  );
  const out = [main];
  const small = Math.min(style.detail, size);
  if (item.detail) out.push(para([run(item.detail, small, COLOR.muted)], 1));
  if (item.note) out.push(para([run(item.note, small, COLOR.muted, { italic: true })], 1));
  if (item.warning) {
    out.push(para([run(`⚠ ${item.warning}`, small, COLOR.warning, { bold: true })], 1));
  }
  return out;
}

function listTitleParas(title: string, style: Style): Para[] {
  return [para([run(title, style.listTitle, COLOR.accent, { bold: true })], 0)];
}

export interface ListRows {
  readonly rows: TextRow[];
  readonly repeat?: { paras: Para[]; height: number };
}

/** A list as rows: its title (kept with the first item) and one row per item or item piece. */
export function listRows(
  list: ListBlock,
  w: number,
  style: Style,
  continued: string,
  excerptLines?: number,
): ListRows {
  const rows: TextRow[] = [];
  let repeat: { paras: Para[]; height: number } | undefined;
  if (list.title) {
    const title = listTitleParas(list.title, style);
    rows.push(...rowsOf(title, w, Flow.full / 2, { keepWithNext: true, weight: 0 }));
    const short = listTitleParas(
      `${fitLines(list.title, style.listTitle, w, 1, true)} ${continued}`,
      style,
    );
    repeat = { paras: short, height: parasHeight(short, w) };
  }
  const max = Flow.full - (repeat?.height ?? 0);
  list.items.forEach((item, index) => {
    const ordinal = list.ordered ? index + 1 : undefined;
    // A repeated text (a fact under its strategy) may be shortened where space is short.
    const shown =
      excerptLines !== undefined && item.excerpt
        ? { ...item, text: fitLines(item.text, style.item, w - 0.6, excerptLines) }
        : item;
    let paras = itemParas(shown, style.item, style, ordinal);
    if (parasHeight(paras, w) > max) paras = itemParas(shown, style.detail, style, ordinal);
    const lead = item.label
      ? [para([run(`${item.label} ${continued}`, style.detail, COLOR.accent, { bold: true })])]
      : [];
    rows.push(...rowsOf(paras, w, max, { lead }));
  });
  return { rows, ...(repeat ? { repeat } : {}) };
}

export function listPlaceable(
  list: ListBlock,
  style: Style,
  frame: Frame,
  continued: string,
): Placeable {
  const { rows, repeat } = listRows(list, frame.w, style, continued);
  return (flow) => flow.place(textSequence(rows, repeat));
}

/**
 * A heading. Level 2 opens a section (a goal's strategy): it starts a fresh slide, and a section
 * that continues repeats it, marked as continued.
 */
export function headingPlaceable(block: HeadingBlock, frame: Frame): Placeable {
  const size = block.level === 1 ? SIZE.heading1 : SIZE.heading2;
  const paras = [para([run(block.text, size, COLOR.title, { bold: true })])];
  const rows = rowsOf(paras, frame.w, Flow.full / 2, { weight: 0 });
  const height = rows.reduce((s, r) => s + r.height, 0);
  return (flow) => {
    if (block.level === 2) {
      flow.closeSection();
      if (!flow.isFresh) flow.next();
      const repeat = [
        para([
          run(
            `${fitLines(block.text, size, frame.w - 1.2, 1, true)} ${flow.continued}`,
            size,
            COLOR.title,
            {
              bold: true,
            },
          ),
        ]),
      ];
      flow.openSection(repeat, parasHeight(repeat, frame.w));
    } else if (!flow.isFresh && flow.remaining() < height + 0.8) {
      // A heading needs some of its content below it on the same slide.
      flow.next();
    }
    const sequence = textSequence(rows.map((r) => ({ ...r, keepWithNext: false })));
    // A section heading opens its own slide; an inline one stays with what follows it.
    if (block.level === 2) flow.place(sequence);
    else flow.placeHeading(sequence);
  };
}

/**
 * Two lists side by side (opportunities and risks; a strategy's levers and facts). Each column
 * flows on its own; a slide ends when either runs out of room. Repeated texts in either column
 * are shortened to two lines, then one, when that keeps the pair on fewer slides.
 */
export function twoColumnPlaceable(
  block: TwoColumnBlock,
  style: Style,
  frame: Frame,
  continued: string,
): Placeable {
  const w = (frame.w - COLUMN_GAP) / 2;
  const hasExcerpts = [block.left, block.right].some((l) => l.items.some((i) => i.excerpt));
  const variants = [undefined, ...(hasExcerpts ? [2, 1] : [])].map((lines) =>
    [block.left, block.right].map((list) => listRows(list, w, style, continued, lines)),
  );
  const height = (columns: ListRows[]) =>
    Math.max(...columns.map((c) => c.rows.reduce((s, r) => s + r.height, 0)));
  const [whole] = variants;
  if (!whole) throw new Error('two columns: nothing to place');
  return (flow) => {
    // Shorten repeated texts only as far as needed to keep the pair on the slide it starts on.
    const columns = variants.find((v) => height(v) <= flow.hardRemaining() + 1e-9) ?? whole;
    placeColumns(flow, columns, w);
  };
}

function placeColumns(flow: Flow, columns: ListRows[], w: number): void {
  const next = columns.map(() => 0);
  while (columns.some((c, i) => (next[i] as number) < c.rows.length)) {
    const boxes: Box[] = [];
    let height = 0;
    let weight = 0;
    columns.forEach((column, i) => {
      const start = next[i] as number;
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
      if (end === start && flow.isFresh) {
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
        x: flow.frame.x + i * (w + COLUMN_GAP),
        y: flow.cursor,
        w,
        h: used,
        paras: dropLeadingSpace(paras),
      });
      weight = Math.max(
        weight,
        column.rows.slice(start, end).reduce((s, r) => s + (r.weight ?? 1), 0),
      );
      height = Math.max(height, used);
      next[i] = end;
    });
    if (boxes.length > 0) flow.add(boxes, height, weight);
    if (columns.some((c, i) => (next[i] as number) < c.rows.length)) flow.next();
  }
}
