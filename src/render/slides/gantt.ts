// The twelve-month action plan as a Gantt chart: quarters over months with the year once, a lane
// per goal (and one for closing data gaps), the actions of a lane by date, each with its owner and
// a diamond at its due date in its status colour, a line for today, a column for what lies outside
// the window only when something does, and a legend of only what occurs. Up to about fourteen
// actions fit one slide; more are split by goal, a lane too long for a slide into balanced parts
// that repeat the lane's title.
import type { TimelineBlock, TimelineEntry, TimelineState } from '../../story/outline';
import { fitLines, paraHeight, textWidth, type Para } from '../measure';
import { COLOR, STATE_COLOR, STATES, TODAY_COLOR, tint } from '../theme';
import { para, run, type Box, type ShapeBox } from './boxes';
import { Flow, type Frame, type Placeable, type Row } from './flow';
import { CELL_PAD_X } from './geometry';

const SIZE = 10;
const SMALL = 8;
const HEAD = 9;
const PAD_Y = 0.035;
const QUARTER_H = 0.24;
const MONTH_H = 0.22;
const LANE_H = 0.27;
const MARK = 0.15;
/** The height of the bar from an action's start to its due date. */
const BAR = 0.08;
const LABEL_W = 4.0;
const OUTSIDE_W = 1.0;
const LEGEND_GAP = 0.08;
const LINE = (SIZE * 1.2) / 72;

interface Columns {
  readonly label: number;
  readonly owner: number;
  readonly chart: number;
  readonly month: number;
  readonly outside: number;
}

/** One row of a lane: an action and its label's lines at this variant's length. */
interface ActionRow {
  readonly entry: TimelineEntry;
  readonly label: Para;
  readonly height: number;
}

interface Lane {
  readonly title: string;
  readonly rows: readonly ActionRow[];
}

/** A piece of the chart the flow can place: a whole lane, or a balanced part of a long one. */
interface Chunk extends Row {
  readonly lane: number;
  readonly from: number;
  readonly to: number;
  readonly continued: boolean;
}

function columnsFor(block: TimelineBlock, frame: Frame): Columns {
  const entries = block.groups.flatMap((g) => g.entries);
  const outside = entries.some((e) => e.at === undefined) ? OUTSIDE_W : 0;
  const ownerWidest = Math.max(
    textWidth(block.words.owner, HEAD, true),
    ...entries.map((e) => textWidth(e.owner, SIZE - 1)),
  );
  const owner = Math.min(Math.max(ownerWidest + 2 * CELL_PAD_X + 0.05, 1.0), 1.9);
  const chart = frame.w - LABEL_W - owner - outside;
  return { label: LABEL_W, owner, chart, month: chart / 12, outside };
}

function labelPara(entry: TimelineEntry, width: number, lines: number): Para {
  const labelText = `${entry.label}\u00A0\u00A0`;
  // The text is shortened only to the lines this variant allows; the action table has it whole.
  const first = fitLines(`${labelText}${entry.text}`, SIZE, width, lines);
  const text = first.startsWith(labelText) ? first.slice(labelText.length) : entry.text;
  return para([
    run(labelText, SIZE, COLOR.accent, { bold: true }),
    run(text, SIZE, entry.state === 'overdue' ? COLOR.warning : COLOR.text),
  ]);
}

/** How densely the chart is set: label lines per action, padding of a row, height of a lane. */
interface Density {
  readonly lines: number;
  readonly pad: number;
  readonly lane: number;
}

const DENSITIES: readonly Density[] = [
  { lines: 2, pad: PAD_Y, lane: LANE_H },
  { lines: 1, pad: PAD_Y, lane: LANE_H },
  { lines: 1, pad: 0.012, lane: 0.22 },
];

function lanesFor(
  block: TimelineBlock,
  columns: Columns,
  density: Density,
  labels: Map<TimelineEntry, Map<number, Para>>,
): Lane[] {
  const width = columns.label - 2 * CELL_PAD_X;
  const labelOf = (entry: TimelineEntry): Para => {
    let byLines = labels.get(entry);
    if (!byLines) {
      byLines = new Map();
      labels.set(entry, byLines);
    }
    const found = byLines.get(density.lines);
    if (found) return found;
    const made = labelPara(entry, width, density.lines);
    byLines.set(density.lines, made);
    return made;
  };
  return block.groups.map((group) => ({
    title: group.title,
    rows: group.entries.map((entry) => {
      const label = labelOf(entry);
      return { entry, label, height: Math.max(paraHeight(label, width), LINE) + 2 * density.pad };
    }),
  }));
}

function legendStates(block: TimelineBlock): TimelineState[] {
  const occurring = new Set(block.groups.flatMap((g) => g.entries.map((e) => e.state)));
  return STATES.filter((s) => occurring.has(s));
}

function headerHeight(columns: Columns): number {
  return QUARTER_H + MONTH_H + (columns.outside > 0 ? 0.04 : 0);
}

function diamond(x: number, y: number, state: TimelineState): ShapeBox {
  const color = STATE_COLOR[state];
  return {
    kind: 'shape',
    shape: 'diamond',
    x: x - MARK / 2,
    y: y - MARK / 2,
    w: MARK,
    h: MARK,
    // Open actions are drawn hollow and dropped ones pale, so the states differ by more than
    // their colour.
    fill: state === 'open' ? 'FFFFFF' : state === 'dropped' ? COLOR.grid : color,
    line: { color, width: 1 },
  };
}

function text(
  x: number,
  y: number,
  w: number,
  h: number,
  paras: Para[],
  valign: 'top' | 'middle' = 'middle',
): Box {
  return { kind: 'text', x, y, w, h, paras, valign };
}

class Chart {
  constructor(
    private readonly block: TimelineBlock,
    private readonly frame: Frame,
    private readonly columns: Columns,
    private readonly lanes: readonly Lane[],
    private readonly continued: string,
    private readonly laneH: number,
  ) {}

  private get chartX(): number {
    return this.frame.x + this.columns.label + this.columns.owner;
  }

  private monthX(at: number): number {
    return this.chartX + at * this.columns.month;
  }

  header(y: number): Box[] {
    const { block, columns, frame } = this;
    const boxes: Box[] = [];
    const h = headerHeight(columns);
    boxes.push({
      kind: 'shape',
      shape: 'rect',
      x: frame.x,
      y,
      w: frame.w,
      h,
      fill: COLOR.accent,
    });
    const white = (t: string, size = HEAD, align: 'left' | 'center' = 'center') =>
      para([run(t, size, COLOR.onAccent, { bold: true })], 0, { align });
    for (const quarter of block.quarters) {
      const x = this.monthX(quarter.from);
      const w = quarter.span * columns.month;
      // A quarter cut short by the window's start or end shows its label only where it fits.
      const label = textWidth(quarter.label, HEAD, true) + 0.06 <= w ? quarter.label : '';
      boxes.push(text(x, y, w, QUARTER_H, [white(label)]));
    }
    block.monthNames.forEach((name, m) => {
      boxes.push(
        text(this.monthX(m), y + QUARTER_H, columns.month, MONTH_H, [white(name, HEAD - 1)]),
      );
    });
    boxes.push(
      text(frame.x + CELL_PAD_X, y + QUARTER_H, columns.label - CELL_PAD_X, MONTH_H, [
        white(block.words.action, HEAD, 'left'),
      ]),
      text(
        frame.x + columns.label + CELL_PAD_X,
        y + QUARTER_H,
        columns.owner - CELL_PAD_X,
        MONTH_H,
        [white(block.words.owner, HEAD, 'left')],
      ),
    );
    if (columns.outside > 0) {
      const x = this.chartX + columns.chart;
      boxes.push(
        text(x + 0.03, y, columns.outside - 0.06, h, [
          white(
            fitLines(block.legend.outside, SMALL - 1, columns.outside - 0.06, 3, true),
            SMALL - 1,
          ),
        ]),
      );
    }
    return boxes;
  }

  /** Rows of lane `lane` from `from` to `to`, with its title row; returns boxes and height. */
  lane(y: number, chunk: Chunk): { boxes: Box[]; height: number } {
    const { frame, columns } = this;
    const lane = this.lanes[chunk.lane] as Lane;
    const boxes: Box[] = [];
    const title = chunk.continued ? `${lane.title} ${this.continued}` : lane.title;
    const shown = fitLines(
      chunk.continued
        ? `${fitLines(lane.title, SIZE, frame.w - 1.4, 1, true)} ${this.continued}`
        : title,
      SIZE,
      frame.w - 2 * CELL_PAD_X,
      1,
      true,
    );
    boxes.push(
      {
        kind: 'shape',
        shape: 'rect',
        x: frame.x,
        y,
        w: frame.w,
        h: this.laneH,
        fill: COLOR.accent,
        fillTransparency: 85,
      },
      text(frame.x + CELL_PAD_X, y, frame.w - 2 * CELL_PAD_X, this.laneH, [
        para([run(shown, SIZE, COLOR.title, { bold: true })]),
      ]),
    );
    let cursor = y + this.laneH;
    lane.rows.slice(chunk.from, chunk.to).forEach((row, i) => {
      const { entry } = row;
      if (i % 2 === 1) {
        boxes.push({
          kind: 'shape',
          shape: 'rect',
          x: frame.x,
          y: cursor,
          w: frame.w,
          h: row.height,
          fill: COLOR.stripe,
        });
      }
      boxes.push(
        text(frame.x + CELL_PAD_X, cursor, columns.label - 2 * CELL_PAD_X, row.height, [row.label]),
        text(
          frame.x + columns.label + CELL_PAD_X,
          cursor,
          columns.owner - 2 * CELL_PAD_X,
          row.height,
          [
            para([
              run(
                fitLines(entry.owner, SIZE - 1, columns.owner - 2 * CELL_PAD_X, 1),
                SIZE - 1,
                COLOR.text,
              ),
            ]),
          ],
        ),
      );
      const middle = cursor + row.height / 2;
      const date = para([
        run(entry.due, SMALL, entry.state === 'overdue' ? COLOR.warning : COLOR.muted),
      ]);
      const dateW = textWidth(entry.due, SMALL) + 0.05;
      if (entry.at === undefined) {
        const x = this.chartX + columns.chart;
        boxes.push(diamond(x + 0.14, middle, entry.state));
        boxes.push(text(x + 0.26, cursor, columns.outside - 0.28, row.height, [date]));
      } else {
        const x = this.monthX(entry.at);
        // An action with a start is a bar from its start to its due date, the marker at its end.
        if (entry.from !== undefined && entry.from < entry.at) {
          const from = this.monthX(entry.from);
          boxes.push({
            kind: 'shape',
            shape: 'rect',
            x: from,
            y: middle - BAR / 2,
            w: x - from,
            h: BAR,
            fill: tint(STATE_COLOR[entry.state], 0.55),
          });
        }
        boxes.push(diamond(x, middle, entry.state));
        const right = x + MARK / 2 + 0.04;
        // The date goes right of its marker, unless the chart ends or today's line runs there.
        const today = this.block.today === undefined ? undefined : this.monthX(this.block.today);
        const crossesToday = today !== undefined && today > right - 0.02 && today < right + dateW;
        const fitsRight = right + dateW <= this.chartX + columns.chart && !crossesToday;
        boxes.push(
          text(fitsRight ? right : x - MARK / 2 - 0.04 - dateW, cursor, dateW, row.height, [
            para([run(entry.due, SMALL, date.runs[0]?.color ?? COLOR.muted)], 0, {
              align: fitsRight ? 'left' : 'right',
            }),
          ]),
        );
      }
      cursor += row.height;
    });
    return { boxes, height: cursor - y };
  }

  /** Month and quarter lines over the rows, and today's line; drawn under the markers. */
  grid(top: number, bottom: number): Box[] {
    const boxes: Box[] = [];
    for (let m = 1; m < 12; m++) {
      const quarterStart = this.block.quarters.some((q) => q.from === m);
      boxes.push({
        kind: 'shape',
        shape: 'line',
        x: this.monthX(m),
        y: top,
        w: 0,
        h: bottom - top,
        line: { color: quarterStart ? COLOR.rule : COLOR.grid, width: quarterStart ? 1 : 0.5 },
      });
    }
    return boxes;
  }

  today(top: number, bottom: number): Box[] {
    if (this.block.today === undefined) return [];
    const x = this.monthX(this.block.today);
    const w = textWidth(this.block.words.today, SMALL, true) + 0.1;
    return [
      {
        kind: 'shape',
        shape: 'line',
        x,
        y: top,
        w: 0,
        h: bottom - top,
        line: { color: TODAY_COLOR, width: 1.5, dash: true },
      },
      text(x - w / 2, bottom + 0.01, w, 0.18, [
        para([run(this.block.words.today, SMALL, TODAY_COLOR, { bold: true })], 0, {
          align: 'center',
        }),
      ]),
    ];
  }

  legend(y: number): Box[] {
    const boxes: Box[] = [];
    let x = this.frame.x;
    const items: { draw: (x: number) => Box; label: string; color: string }[] = legendStates(
      this.block,
    ).map((state) => ({
      draw: (at: number) => diamond(at + MARK / 2, y + 0.1, state),
      label: this.block.legend[state],
      color: COLOR.muted,
    }));
    if (this.block.today !== undefined) {
      items.push({
        draw: (at: number) => ({
          kind: 'shape',
          shape: 'line',
          x: at + MARK / 2,
          y: y + 0.02,
          w: 0,
          h: 0.16,
          line: { color: TODAY_COLOR, width: 1.5, dash: true },
        }),
        label: this.block.words.today,
        color: COLOR.muted,
      });
    }
    for (const item of items) {
      const w = textWidth(item.label, SMALL + 1) + 0.08;
      boxes.push(
        item.draw(x),
        text(x + MARK + 0.06, y, w, 0.2, [para([run(item.label, SMALL + 1, item.color)])]),
      );
      x += MARK + 0.06 + w + 0.2;
    }
    return boxes;
  }
}

const LEGEND_H = 0.2;
const TODAY_LABEL_H = 0.2;

export function ganttPlaceable(block: TimelineBlock, frame: Frame, continued: string): Placeable {
  const columns = columnsFor(block, frame);
  const overhead = headerHeight(columns) + TODAY_LABEL_H + LEGEND_GAP + LEGEND_H;
  const labels = new Map<TimelineEntry, Map<number, Para>>();
  const variants = DENSITIES.map((density) => {
    const lanes = lanesFor(block, columns, density, labels);
    const chart = new Chart(block, frame, columns, lanes, continued, density.lane);
    return { lanes, chart, chunks: chunks(lanes, Flow.full - overhead, density.lane) };
  });
  const total = (v: (typeof variants)[number]) =>
    overhead + v.chunks.reduce((s, c) => s + c.height, 0);
  const [densest] = variants.slice(-1);
  if (!densest) throw new Error('gantt: no density to set the chart in');
  return (flow) => {
    const variant = variants.find((v) => total(v) <= flow.hardRemaining() + 1e-9) ?? densest;
    const { chart } = variant;
    flow.place({
      rows: variant.chunks,
      overhead: () => overhead,
      build: (y, start, end) => {
        const boxes: Box[] = [];
        const top = y + headerHeight(columns);
        let cursor = top;
        const laneBoxes: Box[] = [];
        for (const chunk of variant.chunks.slice(start, end)) {
          const drawn = chart.lane(cursor, chunk);
          laneBoxes.push(...drawn.boxes);
          cursor += drawn.height;
        }
        // Backgrounds first, then grid and today's line, then texts and markers on top.
        const backgrounds = laneBoxes.filter((b) => b.kind === 'shape' && b.shape === 'rect');
        const rest = laneBoxes.filter((b) => !(b.kind === 'shape' && b.shape === 'rect'));
        boxes.push(...chart.header(y), ...backgrounds, ...chart.grid(top, cursor));
        boxes.push(...chart.today(y + QUARTER_H, cursor), ...rest);
        boxes.push(...chart.legend(cursor + TODAY_LABEL_H + LEGEND_GAP));
        return boxes;
      },
    });
  };
}

/**
 * Lanes as placeable chunks: a lane that fits a slide is one chunk; a longer one is cut into the
 * fewest chunks that fit, with the rows spread evenly over them (7 + 6, never 12 + 1).
 */
function chunks(lanes: readonly Lane[], room: number, laneH: number): Chunk[] {
  const out: Chunk[] = [];
  lanes.forEach((lane, index) => {
    const heights = lane.rows.map((r) => r.height);
    const whole = laneH + heights.reduce((s, h) => s + h, 0);
    if (whole <= room || heights.length <= 1) {
      out.push({
        lane: index,
        from: 0,
        to: heights.length,
        continued: false,
        height: whole,
        weight: heights.length,
      });
      return;
    }
    const perRow = Math.max(...heights);
    const fit = Math.max(1, Math.floor((room - laneH) / perRow));
    const parts = Math.ceil(heights.length / fit);
    const size = Math.ceil(heights.length / parts);
    for (let from = 0; from < heights.length; from += size) {
      const to = Math.min(heights.length, from + size);
      out.push({
        lane: index,
        from,
        to,
        continued: from > 0,
        height: laneH + heights.slice(from, to).reduce((s, h) => s + h, 0),
        weight: to - from,
      });
    }
  });
  return out;
}
