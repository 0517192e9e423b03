// Writes the plan's steps into the open Word document. Each step is one block-level content
// control (tag `kap:1:<plan id>:<step>`, title = the step's name), in story order; writing a step
// again replaces only that control's content. Content goes in through the Word API — built-in
// heading styles, tables, lists (WordApi 1.3) — not insertHtml, so it takes the document's own
// styles. Text outside the controls is never touched.
//
// Word's own behaviour shapes the details:
// - A new paragraph continues the list of the paragraph before it, and startNewList fails on a
//   list item (office-js#2307): every paragraph that is not a list item is detached from lists.
// - Changing a control while the cursor is inside it fails on the web (office-js#2815): the
//   cursor is moved in front of the section first.
// - "End" of a body that ends in a content control is inside that control (office-js#866): a
//   first section goes after the user's last control, not into it.
// - With track changes on, a deleted section is still found and cannot be told from a live one
//   (office-js#1524): where Word can say (WordApi 1.4), the write does not start.
// - On the web, paragraphs added to a new control may come out in reverse order (#3599): the
//   text is read back and a section in the wrong order is reported, not passed as written.
// - A locked section, a protected or read-only document: the write does not start, or stops
//   with Word's refusal, and says how to lift it.
//
// Round trips: 2 syncs whatever the plan's size (read the controls; write everything and read
// the tags and text back). Loops only queue work.
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
  /** Word can say whether track changes is on (WordApi 1.4). */
  readonly canReadChangeTracking?: boolean;
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
/** The table text size of the .docx renderer (src/render/docx.ts), so both look alike. */
export const TABLE_FONT_SIZE = 9;

const STATE_MARKS: Readonly<Record<TimelineState, string>> = {
  open: '○',
  'in-progress': '◐',
  done: '●',
  dropped: '×',
  overdue: '!',
  outside: '–',
};

type Style =
  'Normal' | 'Title' | 'Subtitle' | 'Heading1' | 'Heading2' | 'Heading3' | 'Quote' | 'IntenseQuote';

/** A section being filled: its control and, in order, the text of every paragraph queued. */
interface Section {
  readonly control: Word.ContentControl;
  readonly texts: string[];
}

/** Queues a paragraph at the end of the section, with its style and look set explicitly. */
function paragraph(
  section: Section,
  text: string,
  style: Style,
  look: { bold?: boolean; italic?: boolean } = {},
): Word.Paragraph {
  const p = section.control.insertParagraph(text, 'End');
  section.texts.push(text);
  // A new paragraph takes over the list, the style and the direct formatting of the one before
  // it: out of any list first (a no-op for a paragraph in none), then style and look.
  p.detachFromList();
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

function writeParagraph(section: Section, block: ParagraphBlock): void {
  switch (block.tone) {
    case 'lead':
      paragraph(section, block.text, 'Normal', { bold: true });
      return;
    case 'note':
      paragraph(section, block.text, 'Quote');
      return;
    case 'warning':
      paragraph(section, `⚠ ${block.text}`, 'IntenseQuote');
      return;
    default:
      paragraph(section, block.text, 'Normal');
  }
}

function writeList(section: Section, block: ListBlock): void {
  if (block.title) paragraph(section, block.title, 'Heading3');
  const [first, ...rest] = block.items;
  if (!first) return;
  // Detached by paragraph(), so startNewList cannot meet a list item (office-js#2307).
  const list = paragraph(section, itemText(first), 'Normal').startNewList();
  if (block.ordered) list.setLevelNumbering(0, 'Arabic', [0, '.']);
  else list.setLevelBullet(0, 'Solid');
  for (const item of rest) {
    const text = itemText(item);
    list.insertParagraph(text, 'End');
    section.texts.push(text);
  }
}

function writeTable(section: Section, header: string[], rows: string[][]): void {
  const values = [header, ...rows];
  const table = section.control.insertTable(values.length, header.length, 'End', values);
  table.headerRowCount = 1;
  table.styleBuiltIn = TABLE_STYLE;
  table.font.size = TABLE_FONT_SIZE;
  section.texts.push(...values.flat());
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

function writeTwoColumns(section: Section, block: TwoColumnBlock): void {
  const length = Math.max(block.left.items.length, block.right.items.length);
  const rows = Array.from({ length }, (_, i) => {
    const left = block.left.items[i];
    const right = block.right.items[i];
    return [left ? itemText(left) : '', right ? itemText(right) : ''];
  });
  writeTable(section, [block.left.title, block.right.title], rows);
}

function writeCards(section: Section, block: CardsBlock): void {
  for (const card of block.cards) {
    paragraph(section, `${card.label} ${card.title}`, 'Heading3');
    for (const field of card.fields) paragraph(section, `${field.label}: ${field.value}`, 'Normal');
  }
}

function writeTimeline(section: Section, block: TimelineBlock): void {
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
  writeTable(section, ['', ...block.months], rows);
  const legend = (Object.keys(STATE_MARKS) as TimelineState[])
    .map((state) => `${STATE_MARKS[state]} ${block.legend[state]}`)
    .join('   ');
  paragraph(section, legend, 'Normal', { italic: true });
}

/** Maps one outline block to Word API calls at the end of the section. */
function writeBlock(section: Section, block: Block): void {
  switch (block.kind) {
    case 'heading':
      paragraph(section, block.text, block.level === 1 ? 'Heading2' : 'Heading3');
      return;
    case 'paragraph':
      writeParagraph(section, block);
      return;
    case 'funnel':
      paragraph(section, block.text, 'Normal', { bold: true });
      return;
    case 'list':
      writeList(section, block);
      return;
    case 'table': {
      const { header, rows } = tableValues(block);
      writeTable(section, header, rows);
      return;
    }
    case 'two-column':
      writeTwoColumns(section, block);
      return;
    case 'cards':
      writeCards(section, block);
      return;
    case 'timeline':
      writeTimeline(section, block);
      return;
  }
}

/** Replaces the control's whole content with the step's parts; returns the queued texts. */
function fillSection(
  control: Word.ContentControl,
  parts: readonly Part[],
  fallbackTitle: string,
): string[] {
  const section: Section = { control, texts: [] };
  const [first, ...rest] = parts;
  const title = first?.title ?? fallbackTitle;
  // Replacing with the first heading clears the old content (tables, lists) in one call.
  control.insertText(title, 'Replace');
  section.texts.push(title);
  const heading = control.paragraphs.getFirst();
  heading.detachFromList();
  heading.styleBuiltIn = first?.key === 'cover' ? 'Title' : 'Heading1';
  heading.font.bold = false;
  heading.font.italic = false;
  const writePart = (part: Part): void => {
    if (part.subtitle) paragraph(section, part.subtitle, 'Subtitle');
    for (const block of part.blocks) writeBlock(section, block);
  };
  if (first) writePart(first);
  for (const part of rest) {
    paragraph(section, part.title, 'Heading1');
    writePart(part);
  }
  return section.texts;
}

/** Words compare equal whatever whitespace Word puts between them (a line break, a tab). */
function words(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * True when the expected texts appear in the section in this order. Word may split a text at
 * a line break or add empty paragraphs; it must not reorder them (office-js#3599).
 */
export function inOrder(expected: readonly string[], actual: readonly string[]): boolean {
  const found = words(actual.join(' '));
  let at = 0;
  for (const text of expected.map(words)) {
    if (text === '') continue;
    const next = found.indexOf(text, at);
    if (next < 0) return false;
    at = next + text.length;
  }
  return true;
}

function refused(
  order: readonly StoryStep[],
  message: Localized,
): Extract<WriteResult, { ok: false }> {
  return { ok: false, message, written: [], unchanged: [...order], incomplete: [] };
}

/** Word's refusal in words that say what to do; AccessDenied is a protected document. */
function refusal(error: unknown): Localized {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'AccessDenied') {
    return {
      de: `Word lässt keine Änderung zu (${describeError(error)}): Das Dokument ist schreibgeschützt oder die Bearbeitung ist eingeschränkt. Bitte „Bearbeitung aktivieren“ wählen oder unter Überprüfen → Bearbeitung einschränken den Schutz aufheben`,
      en: `Word allows no change (${describeError(error)}): the document is read-only or editing is restricted. Please choose "Enable Editing", or stop the protection under Review → Restrict Editing`,
    };
  }
  return { de: describeError(error), en: describeError(error) };
}

export async function writeSections(
  target: SectionTarget,
  planId: string,
  outline: Outline,
  steps: readonly StoryStep[],
): Promise<WriteResult> {
  const order = storyOrder(steps);
  return target.run(async (context) => {
    const document = context.document;
    const body = document.body;
    const controls = body.contentControls;
    controls.load('items/id,items/tag,items/cannotEdit');
    // The control the cursor is in, and the controls the document ends in.
    const cursor = document.getSelection().parentContentControlOrNullObject;
    cursor.load('id');
    const endsIn = body.paragraphs.getLast().parentContentControlOrNullObject;
    endsIn.load('id');
    if (target.canReadChangeTracking) document.load('changeTrackingMode');
    try {
      await context.sync();
    } catch (error) {
      const reason = refusal(error);
      return refused(order, {
        de: `Word hat das Lesen des Dokuments abgelehnt (${reason.de}). Das Dokument ist unverändert.`,
        en: `Word refused to read the document (${reason.en}). The document is unchanged.`,
      });
    }

    if (target.canReadChangeTracking && document.changeTrackingMode !== 'Off') {
      return refused(order, {
        de: 'Die Änderungsverfolgung ist eingeschaltet: Der Plan würde als Änderungen geschrieben, und gelöschte Abschnitte lassen sich nicht von vorhandenen unterscheiden. Bitte unter Überprüfen → Änderungen nachverfolgen ausschalten, die Änderungen in den Abschnitten des Plans annehmen oder ablehnen und dann noch einmal schreiben. Das Dokument ist unverändert.',
        en: 'Track Changes is on: the plan would be written as tracked changes, and deleted sections cannot be told from live ones. Please turn it off under Review → Track Changes, accept or reject the changes in the plan’s sections, then write again. The document is unchanged.',
      });
    }

    // The first control of each step counts; a copy the user made stays theirs.
    const sections = new Map<StoryStep, Word.ContentControl>();
    for (const control of controls.items) {
      const step = stepOfTag(control.tag, planId);
      if (step !== undefined && !sections.has(step)) sections.set(step, control);
    }
    const locked = order.filter((step) => sections.get(step)?.cannotEdit);
    if (locked.length > 0) {
      return refused(order, {
        de: `Der Abschnitt von Schritt ${stepList(locked)} ist gegen Bearbeitung gesperrt (Eigenschaften des Inhaltssteuerelements). Bitte die Sperre aufheben und noch einmal schreiben. Das Dokument ist unverändert.`,
        en: `The section of step ${stepList(locked)} is locked for editing (content control properties). Please unlock it and write again. The document is unchanged.`,
      });
    }

    // Changing a section while the cursor is inside it fails on the web (office-js#2815).
    const rewritten = new Set(order.flatMap((step) => sections.get(step)?.id ?? []));
    if (!cursor.isNullObject && rewritten.has(cursor.id)) {
      const holding = order.find((step) => sections.get(step)?.id === cursor.id)!;
      sections.get(holding)!.getRange('Before').select();
    }

    const filled = new Map<StoryStep, { control: Word.ContentControl; texts: string[] }>();
    const added: Word.ContentControl[] = [];
    for (const step of order) {
      let control = sections.get(step);
      if (!control) {
        const present = [...sections.keys()];
        const earlier = present.filter((s) => s < step).sort((a, b) => b - a)[0];
        const later = present.filter((s) => s > step).sort((a, b) => a - b)[0];
        const anchor =
          earlier !== undefined
            ? sections.get(earlier)!.insertParagraph('', 'After')
            : later !== undefined
              ? sections.get(later)!.insertParagraph('', 'Before')
              : endsIn.isNullObject
                ? body.insertParagraph('', 'End')
                : // After the user's control the document ends in, never inside it (#866).
                  endsIn.insertParagraph('', 'After');
        // The anchor continues whatever list the paragraph next to it is in.
        anchor.detachFromList();
        control = anchor.insertContentControl();
        // Tagged at once too: should the batch fail while filling it, the next write finds
        // and reuses this control instead of adding a second one beside it.
        control.tag = sectionTag(planId, step);
        sections.set(step, control);
        added.push(control);
      }
      const texts = fillSection(
        control,
        outline.parts.filter((part) => part.step === step),
        sectionTitle(step, outline),
      );
      filled.set(step, { control, texts });
      // Set again after the content: Word on the web can drop both when content is replaced.
      control.tag = sectionTag(planId, step);
      control.title = sectionTitle(step, outline);
    }
    controls.load('items/tag');
    const readBack = order.map((step) => {
      const paragraphs = filled.get(step)!.control.paragraphs;
      paragraphs.load('items/text');
      return paragraphs;
    });
    const parents = added.map((control) => {
      const parent = control.parentContentControlOrNullObject;
      parent.load('id');
      return parent;
    });
    try {
      await context.sync();
    } catch (error) {
      const reason = refusal(error);
      return {
        ok: false,
        message: {
          de: `Das Schreiben ist fehlgeschlagen (${reason.de}). Die Abschnitte von Schritt ${stepList(order)} können unvollständig sein: bitte noch einmal schreiben. Text außerhalb dieser Abschnitte ist unberührt.`,
          en: `The write failed (${reason.en}). The sections of step ${stepList(order)} may be incomplete: please write them again. Text outside these sections is untouched.`,
        },
        written: [],
        unchanged: [],
        incomplete: order,
      };
    }
    const found = new Set(controls.items.map((c) => stepOfTag(c.tag, planId)));
    const untagged = order.filter((step) => !found.has(step));
    const scrambled = order.filter(
      (step, index) =>
        !untagged.includes(step) &&
        !inOrder(
          filled.get(step)!.texts,
          readBack[index]!.items.map((p) => p.text),
        ),
    );
    const nested = parents.some((parent) => !parent.isNullObject);
    const bad = order.filter((step) => untagged.includes(step) || scrambled.includes(step));
    if (bad.length === 0 && !nested) return { ok: true, written: order };
    const notes: Localized[] = [];
    if (untagged.length > 0) {
      notes.push({
        de: `Word hat die Markierung der Abschnitte von Schritt ${stepList(untagged)} nicht behalten; ein erneutes Schreiben würde sie verdoppeln. Bitte diese Abschnitte löschen und noch einmal schreiben.`,
        en: `Word did not keep the marks of the sections of step ${stepList(untagged)}; writing again would add them a second time. Please delete these sections and write them again.`,
      });
    }
    if (scrambled.length > 0) {
      notes.push({
        de: `Word hat den Inhalt von Schritt ${stepList(scrambled)} in einer anderen Reihenfolge eingefügt als geschrieben (ein bekannter Fehler von Word im Web, office-js#3599). Bitte den Abschnitt prüfen; in Word für den Desktop geschrieben tritt das nicht auf.`,
        en: `Word put the content of step ${stepList(scrambled)} in a different order than it was written (a known fault of Word on the web, office-js#3599). Please check the section; written in Word for the desktop it does not happen.`,
      });
    }
    if (nested) {
      notes.push({
        de: 'Ein neuer Abschnitt ist in ein Inhaltssteuerelement des Dokuments geraten, weil das Dokument darin endet. Bitte hinter dem Steuerelement einen leeren Absatz einfügen, den Abschnitt dorthin verschieben und noch einmal schreiben.',
        en: 'A new section went into a content control of the document, because the document ends inside it. Please add an empty paragraph after that control, move the section there and write again.',
      });
    }
    return {
      ok: false,
      message: {
        de: notes.map((n) => n.de).join(' '),
        en: notes.map((n) => n.en).join(' '),
      },
      written: order.filter((step) => !bad.includes(step)),
      unchanged: [],
      incomplete: bad,
    };
  });
}
