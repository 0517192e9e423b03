// Writes the plan's steps into the open Word document. Each step is one block-level content
// control (tag `kap:1:<plan id>:<step>`, title = the step's name), in story order; writing a step
// again replaces only that control's content. Content goes in through the Word API — built-in
// heading styles, tables, lists (WordApi 1.3) — not insertHtml, so it takes the document's own
// styles. Text outside the controls is never touched.
//
// Round trips: 2 syncs whatever the plan's size (read the controls; write everything and read
// the tags back). Loops only queue work.
import type { Localized } from '../plan/messages';
import { STEP_NAMES } from '../plan/steps';
import type {
  Block,
  CardsBlock,
  ListBlock,
  ListItem,
  Outline,
  ParagraphBlock,
  Part,
  StoryStep,
  TableBlock,
  TimelineBlock,
  TimelineState,
  TwoColumnBlock,
} from '../story/outline';
import { describeError, stepList, storyOrder, type WriteResult } from './result';

export type WordRun = <T>(batch: (context: Word.RequestContext) => Promise<T>) => Promise<T>;

export interface SectionTarget {
  readonly run: WordRun;
}

const TAG_PREFIX = 'kap:1:';

export function sectionTag(planId: string, step: StoryStep): string {
  return `${TAG_PREFIX}${planId}:${step}`;
}

/** The step a control belongs to when its tag is this plan's; undefined for any other control. */
export function stepOfTag(tag: string, planId: string): StoryStep | undefined {
  const prefix = `${TAG_PREFIX}${planId}:`;
  if (!tag.startsWith(prefix)) return undefined;
  const rest = tag.slice(prefix.length);
  return /^[0-6]$/.test(rest) ? (Number(rest) as StoryStep) : undefined;
}

const OVERVIEW: Localized = { de: 'Überblick', en: 'Overview' };

export function sectionTitle(step: StoryStep, outline: Outline): string {
  return (step === 0 ? OVERVIEW : STEP_NAMES[step])[outline.language];
}

const TABLE_STYLE = 'GridTable4_Accent1';

const STATE_MARKS: Readonly<Record<TimelineState, string>> = {
  open: '○',
  'in-progress': '◐',
  done: '●',
  overdue: '!',
  outside: '–',
};

type Style =
  'Normal' | 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Heading3' | 'Quote' | 'IntenseQuote';

/** Queues a paragraph at the end of the control, with its style and look set explicitly. */
function paragraph(
  control: Word.ContentControl,
  text: string,
  style: Style,
  look: { bold?: boolean; italic?: boolean } = {},
): Word.Paragraph {
  const p = control.insertParagraph(text, 'End');
  // A new paragraph takes over the style and the direct formatting of the one before it: set
  // both on every paragraph. Colours come from styles only (Quote, Intense Quote), because the
  // API cannot set a font colour back to "automatic".
  p.styleBuiltIn = style;
  p.font.bold = look.bold ?? false;
  p.font.italic = look.italic ?? false;
  return p;
}

function itemText(item: ListItem): string {
  const label = item.label ? `${item.label} ` : '';
  const detail = item.detail ? ` — ${item.detail}` : '';
  const warning = item.warning ? ` ⚠ ${item.warning}` : '';
  return `${label}${item.text}${detail}${warning}`;
}

function writeParagraph(control: Word.ContentControl, block: ParagraphBlock): void {
  switch (block.tone) {
    case 'lead':
      paragraph(control, block.text, 'Normal', { bold: true });
      return;
    case 'note':
      paragraph(control, block.text, 'Quote');
      return;
    case 'warning':
      paragraph(control, `⚠ ${block.text}`, 'IntenseQuote');
      return;
    default:
      paragraph(control, block.text, 'Normal');
  }
}

function writeList(control: Word.ContentControl, block: ListBlock): void {
  if (block.title) paragraph(control, block.title, 'Heading3');
  const [first, ...rest] = block.items;
  if (!first) return;
  const list = paragraph(control, itemText(first), 'Normal').startNewList();
  if (block.ordered) list.setLevelNumbering(0, 'Arabic', [0, '.']);
  else list.setLevelBullet(0, 'Solid');
  for (const item of rest) list.insertParagraph(itemText(item), 'End');
}

function writeTable(control: Word.ContentControl, header: string[], rows: string[][]): void {
  const values = [header, ...rows];
  const table = control.insertTable(values.length, header.length, 'End', values);
  table.headerRowCount = 1;
  table.styleBuiltIn = TABLE_STYLE;
}

function tableValues(block: TableBlock): { header: string[]; rows: string[][] } {
  return {
    header: block.columns.map((c) => c.header),
    rows: block.rows.map((row) =>
      row.map((cell) => {
        // A cell's further lines (a goal's target, an action's owner) as lines of the cell.
        const text = [cell.text, ...(cell.lines ?? []).map((line) => line.text)].join('\n');
        return cell.tone === 'warning' ? `⚠ ${text}` : text;
      }),
    ),
  };
}

function writeTwoColumns(control: Word.ContentControl, block: TwoColumnBlock): void {
  const length = Math.max(block.left.items.length, block.right.items.length);
  const rows = Array.from({ length }, (_, i) => {
    const left = block.left.items[i];
    const right = block.right.items[i];
    return [left ? itemText(left) : '', right ? itemText(right) : ''];
  });
  writeTable(control, [block.left.title, block.right.title], rows);
}

function writeCards(control: Word.ContentControl, block: CardsBlock): void {
  for (const card of block.cards) {
    paragraph(control, `${card.label} ${card.title}`, 'Heading3');
    for (const field of card.fields) paragraph(control, `${field.label}: ${field.value}`, 'Normal');
  }
}

function writeTimeline(control: Word.ContentControl, block: TimelineBlock): void {
  const rows: string[][] = [];
  for (const group of block.groups) {
    rows.push([group.title, ...block.months.map(() => '')]);
    for (const entry of group.entries) {
      const mark = STATE_MARKS[entry.state];
      const cells = block.months.map((_, month) => (entry.month === month ? mark : ''));
      const name = [entry.label, entry.text].filter((t) => t !== '').join(' ');
      const label = entry.month === undefined ? `${name} (${entry.due}) ${mark}` : name;
      rows.push([label, ...cells]);
    }
  }
  writeTable(control, ['', ...block.months], rows);
  const legend = (Object.keys(STATE_MARKS) as TimelineState[])
    .map((state) => `${STATE_MARKS[state]} ${block.legend[state]}`)
    .join('   ');
  paragraph(control, legend, 'Normal', { italic: true });
}

/** Maps one outline block to Word API calls at the end of the control. */
export function writeBlock(control: Word.ContentControl, block: Block): void {
  switch (block.kind) {
    case 'heading':
      paragraph(control, block.text, block.level === 1 ? 'Heading2' : 'Heading3');
      return;
    case 'paragraph':
      writeParagraph(control, block);
      return;
    case 'funnel':
      paragraph(control, block.text, 'Normal', { bold: true });
      return;
    case 'list':
      writeList(control, block);
      return;
    case 'table': {
      const { header, rows } = tableValues(block);
      writeTable(control, header, rows);
      return;
    }
    case 'two-column':
      writeTwoColumns(control, block);
      return;
    case 'cards':
      writeCards(control, block);
      return;
    case 'timeline':
      writeTimeline(control, block);
      return;
  }
}

/** Replaces the control's whole content with the step's parts. */
function fillSection(
  control: Word.ContentControl,
  parts: readonly Part[],
  fallbackTitle: string,
): void {
  const [first, ...rest] = parts;
  // Replacing with the first heading clears the old content (tables, lists) in one call.
  control.insertText(first?.title ?? fallbackTitle, 'Replace');
  const heading = control.paragraphs.getFirst();
  heading.styleBuiltIn = first?.key === 'cover' ? 'Title' : 'Heading1';
  heading.font.bold = false;
  heading.font.italic = false;
  const writePart = (part: Part): void => {
    if (part.subtitle) paragraph(control, part.subtitle, 'Subtitle');
    for (const block of part.blocks) writeBlock(control, block);
  };
  if (first) writePart(first);
  for (const part of rest) {
    paragraph(control, part.title, 'Heading1');
    writePart(part);
  }
}

export async function writeSections(
  target: SectionTarget,
  planId: string,
  outline: Outline,
  steps: readonly StoryStep[],
): Promise<WriteResult> {
  const order = storyOrder(steps);
  return target.run(async (context) => {
    const body = context.document.body;
    const controls = body.contentControls;
    controls.load('items/tag');
    try {
      await context.sync();
    } catch (error) {
      return {
        ok: false,
        message: {
          de: `Word hat das Lesen des Dokuments abgelehnt (${describeError(error)}). Das Dokument ist unverändert.`,
          en: `Word refused to read the document (${describeError(error)}). The document is unchanged.`,
        },
        written: [],
        unchanged: order,
        incomplete: [],
      };
    }

    // The first control of each step counts; a copy the user made stays theirs.
    const sections = new Map<StoryStep, Word.ContentControl>();
    for (const control of controls.items) {
      const step = stepOfTag(control.tag, planId);
      if (step !== undefined && !sections.has(step)) sections.set(step, control);
    }
    for (const step of order) {
      let control = sections.get(step);
      if (!control) {
        const placed = [...sections.keys()];
        const earlier = placed.filter((s) => s < step).sort((a, b) => b - a)[0];
        const later = placed.filter((s) => s > step).sort((a, b) => a - b)[0];
        const anchor =
          earlier !== undefined
            ? sections.get(earlier)!.insertParagraph('', 'After')
            : later !== undefined
              ? sections.get(later)!.insertParagraph('', 'Before')
              : body.insertParagraph('', 'End');
        control = anchor.insertContentControl();
        // Tagged at once too: should the batch fail while filling it, the next write finds
        // and reuses this control instead of adding a second one beside it.
        control.tag = sectionTag(planId, step);
        sections.set(step, control);
      }
      fillSection(
        control,
        outline.parts.filter((part) => part.step === step),
        sectionTitle(step, outline),
      );
      // Set again after the content: Word on the web can drop both when content is replaced.
      control.tag = sectionTag(planId, step);
      control.title = sectionTitle(step, outline);
    }
    controls.load('items/tag');
    try {
      await context.sync();
    } catch (error) {
      return {
        ok: false,
        message: {
          de: `Das Schreiben ist fehlgeschlagen (${describeError(error)}). Die Abschnitte von Schritt ${stepList(order)} können unvollständig sein: bitte noch einmal schreiben. Text außerhalb dieser Abschnitte ist unberührt.`,
          en: `The write failed (${describeError(error)}). The sections of step ${stepList(order)} may be incomplete: please write them again. Text outside these sections is untouched.`,
        },
        written: [],
        unchanged: [],
        incomplete: order,
      };
    }
    const found = new Set(controls.items.map((c) => stepOfTag(c.tag, planId)));
    const missing = order.filter((step) => !found.has(step));
    if (missing.length === 0) return { ok: true, written: order };
    return {
      ok: false,
      message: {
        de: `Word hat die Markierung der Abschnitte von Schritt ${stepList(missing)} nicht behalten; ein erneutes Schreiben würde sie verdoppeln. Bitte diese Abschnitte löschen und noch einmal schreiben.`,
        en: `Word did not keep the marks of the sections of step ${stepList(missing)}; writing again would add them a second time. Please delete these sections and write them again.`,
      },
      written: order.filter((step) => !missing.includes(step)),
      unchanged: [],
      incomplete: missing,
    };
  });
}
