// The twelve-month action plan as a Gantt chart in Word, on a landscape page: quarters over
// months, a lane per goal, each action with owner and date and a diamond in its status colour in
// the month it is due (placed left, centre or right by the day), a line for today, a column for
// what lies outside the window only when something does, and a legend of only what occurs.
import type { FileChild } from 'docx';
import { BorderStyle, Paragraph, TableRow, type TableCell } from 'docx';
import type { TimelineBlock, TimelineEntry, TimelineState } from '../../story/outline';
import { textWidth } from '../measure';
import { COLOR, STATE_COLOR, STATE_GLYPH, STATES, TODAY_COLOR, tint } from '../theme';
import { ACCENT, TABLE_SIZE, TITLE, TWIPS } from './styles';
import { CELL_STYLE, cell, fitWidths, grid, wordTwips, type CellSpec } from './tables';
import { textRun, type Writer } from './text';

const SMALL = 16;
const LABEL_WEIGHT = 6;

interface Layout {
  readonly widths: number[];
  readonly label: number;
  readonly owner: number;
  readonly due: number;
  readonly month: number;
  readonly outside: number;
}

function layout(writer: Writer, block: TimelineBlock): Layout {
  const entries = block.groups.flatMap((g) => g.entries);
  const outside = entries.some((e) => e.at === undefined)
    ? Math.max(900, wordTwips(block.legend.outside, 12, true))
    : 0;
  const owner = Math.min(
    Math.max(
      wordTwips(block.words.owner, SMALL, true),
      ...entries.map((e) => wordTwips(e.owner, SMALL)),
      1300,
    ),
    2200,
  );
  const due = Math.max(
    ...entries.map((e) => wordTwips(e.due, SMALL)),
    Math.ceil(textWidth('00.00.0000', SMALL / 2) * TWIPS) + 180,
  );
  const rest = writer.width - owner - due - outside;
  // The months take what the label column can spare beyond its words, at least 480 twips each.
  const label = Math.max(
    3000,
    ...entries.map((e) => wordTwips(`${e.label}\u00A0\u00A0${e.text}`, TABLE_SIZE)),
  );
  const [, month = 0] = fitWidths([LABEL_WEIGHT, 12 * 0.6], [label, 12 * 400], rest);
  const perMonth = Math.floor(month / 12);
  const labelWidth = rest - perMonth * 12;
  return {
    widths: [
      labelWidth,
      owner,
      due,
      ...Array.from({ length: 12 }, () => perMonth),
      ...(outside > 0 ? [outside] : []),
    ],
    label: labelWidth,
    owner,
    due,
    month: perMonth,
    outside,
  };
}

function marker(state: TimelineState, width: number, align: CellSpec['align']): CellSpec {
  return {
    lines: [{ text: STATE_GLYPH[state], bold: true, color: STATE_COLOR[state], size: 26 }],
    width,
    tight: true,
    align,
  };
}

export function gantt(writer: Writer, block: TimelineBlock): FileChild[] {
  const l = layout(writer, block);
  const columns = l.widths.length;
  const todayMonth = block.today === undefined ? undefined : Math.floor(block.today);
  // Today's line: the border of its month's cell on the side of the half-month it falls in.
  const todaySide =
    block.today === undefined
      ? undefined
      : block.today - Math.floor(block.today) < 0.5
        ? 'left'
        : 'right';
  const todayBorder = { style: BorderStyle.SINGLE, size: 12, color: TODAY_COLOR };
  const monthCell = (m: number, spec: Omit<CellSpec, 'width'>): CellSpec => ({
    ...spec,
    width: l.month,
    ...(m === todayMonth && todaySide ? { borders: { [todaySide]: todayBorder } } : {}),
  });
  const head = (text: string, width: number, extra: Partial<CellSpec> = {}): CellSpec => ({
    lines: [{ text, bold: true, color: 'FFFFFF', size: SMALL }],
    width,
    fill: ACCENT,
    ...extra,
  });
  const quarters = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(writer, head('', l.label + l.owner + l.due, { span: 3 })),
      ...block.quarters.map((q) =>
        cell(writer, {
          ...head(
            q.span * l.month >= wordTwips(q.label, SMALL, true) ? q.label : '',
            q.span * l.month,
            {
              align: 'center',
              tight: true,
            },
          ),
          span: q.span,
        }),
      ),
      ...(l.outside > 0 ? [cell(writer, head('', l.outside))] : []),
    ],
  });
  const months = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell(writer, head(block.words.action, l.label)),
      cell(writer, head(block.words.owner, l.owner)),
      cell(writer, head(block.words.due, l.due)),
      ...block.monthNames.map((name, m) =>
        cell(writer, monthCell(m, { ...head(name, l.month), align: 'center', tight: true })),
      ),
      ...(l.outside > 0
        ? [cell(writer, head(block.legend.outside, l.outside, { tight: true, align: 'center' }))]
        : []),
    ],
  });
  const rows: TableRow[] = [quarters, months];
  for (const group of block.groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell(writer, {
            lines: [{ text: group.title, bold: true, color: TITLE }],
            span: columns,
            width: writer.width,
            fill: { theme: 'accent1', lighter: 85 },
            keepNext: group.entries.length > 0,
          }),
        ],
      }),
    );
    group.entries.forEach((entry, i) =>
      rows.push(actionRow(writer, entry, l, monthCell, i % 2 === 1, todayMonth)),
    );
  }
  return [grid(l.widths, rows, writer.width), legend(writer, block)];
}

/**
 * An action's twelve months. An action with a start has its months from start to due shaded as a
 * bar, Word's tables having no shapes to draw one with. Neighbouring months that show nothing
 * (no marker, no bar, not today's) are one cell spanning them: a chart of sixty actions would
 * otherwise write over seven hundred empty cells.
 */
function monthCells(
  writer: Writer,
  entry: TimelineEntry,
  l: Layout,
  monthCell: (m: number, spec: Omit<CellSpec, 'width'>) => CellSpec,
  fill: { fill?: string },
  align: CellSpec['align'],
  todayMonth: number | undefined,
): TableCell[] {
  const inBar = (m: number) =>
    entry.from !== undefined &&
    entry.month !== undefined &&
    m >= Math.floor(entry.from) &&
    m <= entry.month;
  const plain = (m: number) =>
    !inBar(m) && !(entry.month === m && entry.at !== undefined) && m !== todayMonth;
  const out: TableCell[] = [];
  for (let m = 0; m < 12;) {
    if (plain(m)) {
      let end = m + 1;
      while (end < 12 && plain(end)) end++;
      const span = end - m;
      out.push(cell(writer, { lines: [], tight: true, width: l.month * span, span, ...fill }));
      m = end;
      continue;
    }
    const bar = inBar(m) ? { fill: tint(STATE_COLOR[entry.state], 0.55) } : fill;
    out.push(
      cell(
        writer,
        monthCell(
          m,
          entry.month === m && entry.at !== undefined
            ? { ...marker(entry.state, l.month, align), ...bar }
            : { lines: [], tight: true, ...bar },
        ),
      ),
    );
    m++;
  }
  return out;
}

function actionRow(
  writer: Writer,
  entry: TimelineEntry,
  l: Layout,
  monthCell: (m: number, spec: Omit<CellSpec, 'width'>) => CellSpec,
  stripe: boolean,
  todayMonth: number | undefined,
): TableRow {
  const fill = stripe ? { fill: COLOR.stripe } : {};
  const late = entry.state === 'overdue';
  const frac = entry.at === undefined ? 0 : entry.at - Math.floor(entry.at);
  const align: CellSpec['align'] = frac < 1 / 3 ? 'left' : frac < 2 / 3 ? 'center' : 'right';
  const label = new Paragraph({
    style: CELL_STYLE,
    children: [
      textRun(writer, { text: `${entry.label}\u00A0\u00A0`, bold: true, color: ACCENT }),
      textRun(writer, { text: entry.text, ...(late ? { color: COLOR.warning } : {}) }),
    ],
  });
  const labelCell = cell(writer, { lines: [], paragraphs: [label], width: l.label, ...fill });
  return new TableRow({
    cantSplit: true,
    children: [
      labelCell,
      cell(writer, { lines: [{ text: entry.owner, size: SMALL }], width: l.owner, ...fill }),
      cell(writer, {
        lines: [
          { text: entry.due, size: SMALL, color: late ? COLOR.warning : COLOR.muted, bold: late },
        ],
        width: l.due,
        ...fill,
      }),
      ...monthCells(writer, entry, l, monthCell, fill, align, todayMonth),
      ...(l.outside > 0
        ? [
            cell(
              writer,
              entry.at === undefined
                ? { ...marker(entry.state, l.outside, 'center'), ...fill }
                : { lines: [], width: l.outside, tight: true, ...fill },
            ),
          ]
        : []),
    ],
  });
}

function legend(writer: Writer, block: TimelineBlock): Paragraph {
  const occurring = new Set(block.groups.flatMap((g) => g.entries.map((e) => e.state)));
  const items = STATES.filter((s) => occurring.has(s));
  return new Paragraph({
    style: 'KapNote',
    spacing: { before: 80 },
    children: [
      ...items.flatMap((state, i) => [
        textRun(writer, {
          text: `${i === 0 ? '' : '     '}${STATE_GLYPH[state]} `,
          bold: true,
          color: STATE_COLOR[state],
        }),
        textRun(writer, block.legend[state]),
      ]),
      ...(block.today === undefined
        ? []
        : [
            textRun(writer, {
              text: `${items.length > 0 ? '     ' : ''}| `,
              bold: true,
              color: TODAY_COLOR,
            }),
            textRun(writer, block.words.today),
          ]),
    ],
  });
}
