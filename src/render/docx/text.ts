// Text blocks in Word: paragraphs, lists, the red thread's funnel line. Every run carries the
// document's language tag: the defaults hold it too, but a part pasted into another document keeps
// only what its runs say.
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
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx';
import type { FunnelBlock, ListBlock, ParagraphBlock, TwoColumnBlock } from '../../story/outline';
import { ACCENT, HANGING } from './styles';

export interface Writer {
  /** The language tag of every run: de-DE, en-GB, en-US. */
  readonly locale: string;
  /** The width of the text on the current page, in twips. */
  readonly width: number;
}

/** A run in the document's language. */
export function textRun(writer: Writer, options: IRunOptions | string): TextRun {
  const base = typeof options === 'string' ? { text: options } : options;
  return new TextRun({ ...base, language: { value: writer.locale } });
}

export function styled(writer: Writer, style: string, text: string, keepNext = false): Paragraph {
  return new Paragraph({ style, keepNext, children: [textRun(writer, text)] });
}

export function paragraph(writer: Writer, block: ParagraphBlock): Paragraph {
  switch (block.tone) {
    case 'lead':
      return styled(writer, 'KapLead', block.text);
    case 'note':
      return styled(writer, 'KapNote', block.text);
    case 'warning':
      return styled(writer, 'KapWarning', `⚠ ${block.text}`);
    default:
      return new Paragraph({ children: [textRun(writer, block.text)] });
  }
}

export function list(writer: Writer, block: ListBlock): Paragraph[] {
  const out: Paragraph[] = [];
  if (block.title) out.push(styled(writer, 'KapListTitle', block.title, true));
  block.items.forEach((item, index) => {
    const label = item.label ?? (block.ordered ? `${index + 1}.` : undefined);
    const more = [item.detail, item.note, item.warning].filter((t) => t !== undefined);
    out.push(
      label === undefined
        ? new Paragraph({
            bullet: { level: 0 },
            keepNext: more.length > 0,
            children: [textRun(writer, item.text)],
          })
        : new Paragraph({
            indent: { left: HANGING, hanging: HANGING },
            spacing: { before: 80 },
            keepNext: more.length > 0,
            // Item and its lines are one unit: never torn from each other across pages.
            keepLines: true,
            children: [
              textRun(writer, { text: label, bold: true, color: ACCENT }),
              textRun(writer, `\t${item.text}`),
            ],
          }),
    );
    const lines: [string, string | undefined][] = [
      ['KapDetail', item.detail],
      ['KapNote', item.note],
      ['KapWarning', item.warning === undefined ? undefined : `⚠ ${item.warning}`],
    ];
    const present = lines.filter((l): l is [string, string] => l[1] !== undefined);
    present.forEach(([style, text], i) => {
      out.push(
        new Paragraph({
          style,
          indent: { left: label === undefined ? 720 : HANGING },
          keepNext: i < present.length - 1,
          children: [textRun(writer, text)],
        }),
      );
    });
  });
  return out;
}

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};

/** Two lists side by side, in a table without borders. */
export function twoColumns(writer: Writer, block: TwoColumnBlock): FileChild[] {
  const gap = 340;
  const half = Math.floor((writer.width - gap) / 2);
  const column = (lists: ListBlock, width: number, right: boolean) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 0, bottom: 0, left: right ? gap : 0, right: right ? 0 : 0 },
      children: list(writer, lists),
    });
  return [
    new Table({
      width: { size: writer.width, type: WidthType.DXA },
      columnWidths: [half, writer.width - half],
      layout: TableLayoutType.FIXED,
      borders: NO_BORDERS,
      rows: [
        new TableRow({
          children: [
            column(block.left, half, false),
            column(block.right, writer.width - half, true),
          ],
        }),
      ],
    }),
    new Paragraph({ spacing: { after: 0 }, children: [] }),
  ];
}

/**
 * The red thread's counts as a band of cells, from the facts to the actions, each stage a shade
 * stronger in the accent colour.
 */
export function funnel(writer: Writer, block: FunnelBlock): FileChild[] {
  const weights = block.stages.map((s) => (s.counts.length > 1 ? 1.7 : 1));
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.floor((w / total) * writer.width));
  const cells = block.stages.map((stage, i) => {
    const lighter = Math.round(70 - (70 * i) / Math.max(1, block.stages.length - 1));
    const color = lighter >= 40 ? 'dark2' : 'light1';
    const themeColor = { theme: color } as const;
    return new TableCell({
      width: { size: widths[i] ?? 0, type: WidthType.DXA },
      shading: {
        type: ShadingType.CLEAR,
        fill: lighter > 0 ? { theme: 'accent1', lighter } : { theme: 'accent1' },
      },
      margins: { top: 60, bottom: 60, left: 60, right: 60 },
      children: [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 0 },
          keepNext: true,
          children: [
            textRun(writer, {
              text: stage.counts.map((c) => String(c.value)).join(' · '),
              bold: true,
              size: 28,
              color: themeColor,
            }),
          ],
        }),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 0 },
          children: [
            textRun(writer, {
              text: stage.counts.map((c) => c.noun).join(' · '),
              size: 16,
              color: themeColor,
            }),
          ],
        }),
      ],
    });
  });
  const white = { style: BorderStyle.SINGLE, size: 12, color: 'FFFFFF' };
  return [
    new Table({
      width: { size: writer.width, type: WidthType.DXA },
      columnWidths: widths,
      layout: TableLayoutType.FIXED,
      borders: { ...NO_BORDERS, insideVertical: white },
      rows: [new TableRow({ cantSplit: true, children: cells })],
    }),
    new Paragraph({ spacing: { after: 60 }, children: [] }),
  ];
}
