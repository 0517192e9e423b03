// Outline → .docx bytes with the docx library. Word flows and paginates the text itself, so this
// renderer only chooses structure: built-in headings (the navigation pane and a table of contents
// find them), tables whose header row repeats on every page, and one block-level content control
// per part whose tag names step and part, so the add-in can find and replace a part later.
import {
  AlignmentType,
  BorderStyle,
  BuilderElement,
  Document,
  FileChild,
  Footer,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  StringValueElement,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  XmlComponent,
  type ThemeColor,
} from 'docx';
import type {
  Block,
  Card,
  ListBlock,
  Outline,
  Part,
  StoryStep,
  TableBlock,
  TableCell as OutlineCell,
  TimelineBlock,
} from '../story/outline';
import { partTag, prepareOutline } from './prepare';
import { MARKERS } from './slides';
import { ellipsize } from './text';

export interface DocxOptions {
  readonly steps?: readonly StoryStep[];
}

const ACCENT: ThemeColor = { theme: 'accent1' };
const TITLE: ThemeColor = { theme: 'dark2' };
const MUTED = '595959';
const WARNING = 'C00000';
const RULE = 'BFBFBF';
const STRIPE = 'F2F2F2';

/** A4 portrait with 2 cm margins; the width tables are laid out in, in twentieths of a point. */
const PAGE = { width: 11906, height: 16838, margin: 1134 };
const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;
const HANGING = 567;

// Word shows the content control's title in its frame; very long titles only clutter it.
const ALIAS_MAX = 120;

/**
 * A block-level content control (w:sdt) around a part. docx 9 writes content controls only for
 * its own features (table of contents, check boxes), so this one is built from its elements.
 */
class PartControl extends FileChild {
  constructor(tag: string, alias: string, id: number, children: readonly FileChild[]) {
    super('w:sdt');
    this.root.push(
      new BuilderElement({
        name: 'w:sdtPr',
        children: [
          new StringValueElement('w:alias', alias),
          new StringValueElement('w:tag', tag),
          new BuilderElement<{ val: number }>({
            name: 'w:id',
            attributes: { val: { key: 'w:val', value: id } },
          }),
        ],
      }),
    );
    this.root.push(new ControlContent(children));
  }
}

/**
 * The control's content, its children added one by one: docx's BuilderElement spreads them into
 * push(), which overflows the stack for a part of tens of thousands of paragraphs.
 */
class ControlContent extends XmlComponent {
  constructor(children: readonly FileChild[]) {
    super('w:sdtContent');
    for (const child of children) this.root.push(child);
  }
}

const border = { style: BorderStyle.SINGLE, size: 4, color: RULE };
const BORDERS = {
  top: border,
  bottom: border,
  left: border,
  right: border,
  insideHorizontal: border,
  insideVertical: border,
};

function paragraph(block: Extract<Block, { kind: 'paragraph' }>): Paragraph {
  switch (block.tone) {
    case 'lead':
      return new Paragraph({ style: 'KapLead', children: [new TextRun(block.text)] });
    case 'note':
      return new Paragraph({ style: 'KapNote', children: [new TextRun(block.text)] });
    case 'warning':
      return new Paragraph({ style: 'KapWarning', children: [new TextRun(`⚠ ${block.text}`)] });
    default:
      return new Paragraph({ children: [new TextRun(block.text)] });
  }
}

function list(block: ListBlock): Paragraph[] {
  const out: Paragraph[] = [];
  if (block.title) out.push(new Paragraph({ style: 'KapListTitle', text: block.title }));
  block.items.forEach((item, index) => {
    const label = item.label ?? (block.ordered ? `${index + 1}.` : undefined);
    out.push(
      label === undefined
        ? new Paragraph({
            bullet: { level: 0 },
            keepNext: Boolean(item.detail || item.warning),
            children: [new TextRun(item.text)],
          })
        : new Paragraph({
            indent: { left: HANGING, hanging: HANGING },
            spacing: { before: 80 },
            keepNext: Boolean(item.detail || item.warning),
            children: [
              new TextRun({ text: label, bold: true, color: ACCENT }),
              new TextRun({ text: `\t${item.text}` }),
            ],
          }),
    );
    if (item.detail) {
      out.push(
        new Paragraph({
          style: 'KapDetail',
          indent: { left: HANGING },
          keepNext: Boolean(item.warning),
          text: item.detail,
        }),
      );
    }
    if (item.warning) {
      out.push(
        new Paragraph({
          style: 'KapWarning',
          indent: { left: HANGING },
          children: [new TextRun(`⚠ ${item.warning}`)],
        }),
      );
    }
  });
  return out;
}

/** Table text in half-points. */
const TABLE_TEXT_SIZE = 18;

interface CellSpec {
  readonly text: string;
  readonly bold?: boolean;
  readonly color?: string | ThemeColor;
  readonly fill?: string | ThemeColor;
  readonly size?: number;
  readonly align?: 'left' | 'center';
  readonly span?: number;
  readonly width: number;
  /** Narrow columns (the timeline's months) need slimmer cell margins to fit "Mär 27". */
  readonly tight?: boolean;
}

function cell(spec: CellSpec): TableCell {
  return new TableCell({
    width: { size: spec.width, type: WidthType.DXA },
    ...(spec.span && spec.span > 1 ? { columnSpan: spec.span } : {}),
    ...(spec.fill ? { shading: { type: ShadingType.CLEAR, fill: spec.fill } } : {}),
    margins: spec.tight
      ? { top: 40, bottom: 40, left: 20, right: 20 }
      : { top: 40, bottom: 40, left: 80, right: 80 },
    children: spec.text.split('\n').map(
      (line) =>
        new Paragraph({
          alignment: spec.align === 'center' ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [
            new TextRun({
              text: line,
              bold: spec.bold ?? false,
              ...(spec.color ? { color: spec.color } : {}),
              // 9 pt: a portrait page holds five or six columns without breaking words.
              size: spec.size ?? TABLE_TEXT_SIZE,
            }),
          ],
        }),
    ),
  });
}

function headerRow(cells: readonly CellSpec[]): TableRow {
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: cells.map((c) => cell({ ...c, bold: true, color: 'FFFFFF', fill: ACCENT })),
  });
}

function grid(widths: readonly number[], rows: TableRow[]): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows,
  });
}

function scaled(weights: readonly number[]): number[] {
  const total = weights.reduce((s, w) => s + Math.max(w, 0.01), 0);
  const widths = weights.map((w) => Math.floor((Math.max(w, 0.01) / total) * TEXT_WIDTH));
  return widths;
}

function toneSpec(source: OutlineCell): Partial<CellSpec> {
  switch (source.tone) {
    case 'warning':
      return { color: WARNING, bold: true };
    case 'muted':
      return { color: MUTED };
    case 'strong':
      return { color: TITLE, bold: true };
    default:
      return {};
  }
}

function table(block: TableBlock): Table {
  const widths = scaled(block.columns.map((c) => c.weight));
  const header = headerRow(
    block.columns.map((c, i) => ({ text: c.header, width: widths[i] ?? 0 })),
  );
  const rows = block.rows.map(
    (row, r) =>
      new TableRow({
        children: block.columns.map((_, i) => {
          const source = row[i] ?? { text: '' };
          return cell({
            text: source.text,
            width: widths[i] ?? 0,
            ...toneSpec(source),
            ...(r % 2 === 1 ? { fill: STRIPE } : {}),
          });
        }),
      }),
  );
  return grid(widths, [header, ...rows]);
}

function cards(cardsToShow: readonly Card[]): FileChild[] {
  const labelWidth = Math.round(TEXT_WIDTH * 0.25);
  const widths = [labelWidth, TEXT_WIDTH - labelWidth];
  const out: FileChild[] = [];
  for (const card of cardsToShow) {
    const head = new TableRow({
      cantSplit: true,
      children: [
        new TableCell({
          columnSpan: 2,
          width: { size: TEXT_WIDTH, type: WidthType.DXA },
          shading: { type: ShadingType.CLEAR, fill: { theme: 'accent1', lighter: 80 } },
          margins: { top: 60, bottom: 60, left: 80, right: 80 },
          children: [
            new Paragraph({
              keepNext: true,
              children: [
                new TextRun({ text: `${card.label}  `, bold: true, color: ACCENT, size: 26 }),
                new TextRun({ text: card.title, bold: true, color: TITLE, size: 26 }),
              ],
            }),
          ],
        }),
      ],
    });
    const fields = card.fields.map(
      (field) =>
        new TableRow({
          children: [
            cell({ text: field.label, width: widths[0] ?? 0, bold: true, color: MUTED }),
            cell({ text: field.value, width: widths[1] ?? 0 }),
          ],
        }),
    );
    out.push(grid(widths, [head, ...fields]));
    out.push(new Paragraph({ spacing: { after: 0 }, text: '' }));
  }
  return out;
}

/** A light version of a signal colour, for the cell behind a timeline marker. */
function tint(hex: string): string {
  const channel = (i: number) => {
    const value = parseInt(hex.slice(i, i + 2), 16);
    return Math.round(value + (255 - value) * 0.8)
      .toString(16)
      .padStart(2, '0');
  };
  return `${channel(0)}${channel(2)}${channel(4)}`.toUpperCase();
}

function timeline(block: TimelineBlock): FileChild[] {
  const month = 540;
  const outside = 960;
  const label = TEXT_WIDTH - 12 * month - outside;
  const widths = [label, ...Array.from({ length: 12 }, () => month), outside];
  const small = 14;
  const header = headerRow([
    { text: '', width: label },
    ...Array.from({ length: 12 }, (_, m) => ({
      text: block.months[m] ?? '',
      width: month,
      size: small,
      align: 'center' as const,
      tight: true,
    })),
    {
      text: block.legend.outside,
      width: outside,
      size: small,
      align: 'center' as const,
      tight: true,
    },
  ]);
  const rows: TableRow[] = [header];
  for (const group of block.groups) {
    rows.push(
      new TableRow({
        cantSplit: true,
        children: [
          cell({
            text: group.title,
            span: 14,
            width: TEXT_WIDTH,
            bold: true,
            color: TITLE,
            fill: { theme: 'accent1', lighter: 85 },
            size: 18,
          }),
        ],
      }),
    );
    for (const entry of group.entries) {
      const marker = MARKERS[entry.state];
      const column = entry.month === undefined || entry.state === 'outside' ? 12 : entry.month;
      const color = marker.color === 'accent1' ? ACCENT : marker.color;
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [
            cell({
              text: `${entry.label} — ${entry.due}`,
              width: label,
              size: 18,
              ...(entry.state === 'overdue' ? { color: WARNING } : {}),
            }),
            ...widths.slice(1).map((width, m) =>
              m === column
                ? cell({
                    text: marker.glyph,
                    width,
                    bold: true,
                    color,
                    size: 20,
                    align: 'center',
                    tight: true,
                    fill:
                      marker.color === 'accent1'
                        ? { theme: 'accent1', lighter: 80 }
                        : tint(marker.color),
                  })
                : cell({ text: '', width, tight: true }),
            ),
          ],
        }),
      );
    }
  }
  const states = ['open', 'in-progress', 'done', 'overdue', 'outside'] as const;
  const legend = new Paragraph({
    style: 'KapNote',
    spacing: { before: 80 },
    children: states.flatMap((state, i) => {
      const marker = MARKERS[state];
      return [
        new TextRun({
          text: `${i === 0 ? '' : '    '}${marker.glyph} `,
          bold: true,
          color: marker.color === 'accent1' ? ACCENT : marker.color,
        }),
        new TextRun(block.legend[state]),
      ];
    }),
  });
  return [grid(widths, rows), legend];
}

function blockChildren(block: Block): FileChild[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          heading: block.level === 1 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3,
          text: block.text,
        }),
      ];
    case 'paragraph':
      return [paragraph(block)];
    case 'list':
      return list(block);
    case 'two-column':
      return [...list(block.left), ...list(block.right)];
    case 'table':
      return [table(block), new Paragraph({ text: '' })];
    case 'cards':
      return cards(block.cards);
    case 'timeline':
      return timeline(block);
  }
}

function partChildren(part: Part, first: boolean): FileChild[] {
  const cover = part.key === 'cover';
  const out: FileChild[] = [];
  if (cover) {
    out.push(new Paragraph({ heading: HeadingLevel.TITLE, text: part.title }));
    if (part.subtitle) out.push(new Paragraph({ style: 'Subtitle', text: part.subtitle }));
  } else {
    out.push(
      new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, text: part.title }),
    );
    if (part.subtitle) out.push(new Paragraph({ style: 'KapKicker', text: part.subtitle }));
  }
  // One by one, not push(...children): a list of tens of thousands of items would pass as many
  // arguments and overflow the stack.
  for (const block of part.blocks) for (const child of blockChildren(block)) out.push(child);
  return out;
}

/** Renders the outline as a Word document; every part sits in a content control tagged with it. */
export async function renderDocx(outline: Outline, options: DocxOptions = {}): Promise<Uint8Array> {
  const clean = prepareOutline(outline, options);
  const children = clean.parts.map(
    (part, index) =>
      new PartControl(
        partTag(part),
        ellipsize(part.title, ALIAS_MAX) || part.key,
        index + 1,
        partChildren(part, index === 0),
      ),
  );
  const document = new Document({
    creator: 'Key Account Planner',
    title: clean.title,
    description: clean.language === 'de' ? 'Key-Account-Plan' : 'Key account plan',
    styles: {
      default: {
        document: {
          run: { size: 21, font: { theme: 'body' } },
          paragraph: { spacing: { after: 80 } },
        },
        title: {
          run: { size: 52, bold: true, color: TITLE },
          paragraph: { spacing: { after: 120 } },
        },
        heading1: {
          run: { size: 36, bold: true, color: TITLE, font: { theme: 'headings' } },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { size: 28, bold: true, color: TITLE, font: { theme: 'headings' } },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 1 },
        },
        heading3: {
          run: { size: 24, bold: true, color: ACCENT, font: { theme: 'headings' } },
          paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, outlineLevel: 2 },
        },
      },
      paragraphStyles: [
        {
          id: 'Subtitle',
          name: 'Subtitle',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 28, color: ACCENT },
          paragraph: { spacing: { after: 240 } },
        },
        {
          id: 'KapKicker',
          name: 'KAP Step',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 20, bold: true, color: ACCENT },
          paragraph: { spacing: { after: 200 } },
        },
        {
          id: 'KapLead',
          name: 'KAP Lead',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 25, color: TITLE },
          paragraph: { spacing: { before: 120, after: 120 } },
        },
        {
          id: 'KapNote',
          name: 'KAP Note',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, italics: true, color: MUTED },
        },
        {
          id: 'KapWarning',
          name: 'KAP Warning',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, bold: true, color: WARNING },
        },
        {
          id: 'KapDetail',
          name: 'KAP Detail',
          basedOn: 'Normal',
          next: 'Normal',
          run: { size: 18, color: MUTED },
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
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: {
              top: PAGE.margin,
              bottom: PAGE.margin,
              left: PAGE.margin,
              right: PAGE.margin,
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'KapNote',
                children: [
                  new TextRun(`${ellipsize(clean.title, 90)} · `),
                  new TextRun({ children: [PageNumber.CURRENT] }),
                ],
              }),
            ],
          }),
        },
        children: children.length > 0 ? children : [new Paragraph({ text: clean.title })],
      },
    ],
  });
  return Packer.pack(document, 'uint8array');
}
