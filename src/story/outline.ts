// The story of a plan as a document-neutral outline: ordered parts, each tagged with its step,
// made of blocks. The renderers (pptx, docx) and the Word writer turn the same outline into
// their format; splitting long content over several slides or pages is theirs to do, because
// only they know the page geometry.
import type { Language, Rag } from '../plan/schema';
import type { Locale } from './typography';

/** 0 is the cover and the red-thread overview; 1–6 are the method's steps. */
export type StoryStep = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Outline {
  readonly language: Language;
  /** The language tag every run of the document carries (spelling, hyphenation). */
  readonly locale: Locale;
  /** The document's title: the account's name and the plan period. */
  readonly title: string;
  /** The plan owner, as the document's author; absent when the plan names none. */
  readonly author?: string;
  /** The account's name, for running headers. */
  readonly account: string;
  /** Words the renderers add around the parts: running header, page numbers, contents. */
  readonly furniture: Furniture;
  readonly parts: readonly Part[];
}

export interface Furniture {
  /** "vertraulich" / "confidential", beside the account in the running header. */
  readonly confidential: string;
  /** "Seite 3 von 12": the words around the two numbers. */
  readonly page: { readonly before: string; readonly between: string };
  /** The title of the table of contents. */
  readonly contents: string;
  /** Marks a slide or page that continues the one before: "(Forts.)", "(cont.)". */
  readonly continued: string;
  /** Each step's numbered heading, "1 Daten sammeln", for documents that head steps. */
  readonly steps: Readonly<Record<number, string>>;
}

export interface Part {
  readonly step: StoryStep;
  /** Stable key of the part within its step, e.g. 'cover', 'overview', 'facts', 'gaps'. */
  readonly key: string;
  readonly title: string;
  readonly subtitle?: string;
  readonly blocks: readonly Block[];
}

export type Block =
  | HeadingBlock
  | ParagraphBlock
  | FunnelBlock
  | ListBlock
  | TableBlock
  | TwoColumnBlock
  | CardsBlock
  | TimelineBlock;

export interface HeadingBlock {
  readonly kind: 'heading';
  readonly level: 1 | 2;
  readonly text: string;
}

export interface ParagraphBlock {
  readonly kind: 'paragraph';
  readonly text: string;
  /** 'lead' introduces a part, 'note' is secondary, 'warning' marks something missing. */
  readonly tone?: 'lead' | 'note' | 'warning';
}

/** One stage of the red thread with how many items it holds: "4 Chancen · 4 Risiken". */
export interface FunnelStage {
  readonly counts: readonly { readonly value: number; readonly noun: string }[];
}

/** The red thread's stages from the facts to the actions, drawn as a small graphic. */
export interface FunnelBlock {
  readonly kind: 'funnel';
  readonly stages: readonly FunnelStage[];
  /** The same as one line of text, for a renderer that draws no graphic. */
  readonly text: string;
}

export interface ListItem {
  /** Position label shown before the text, e.g. 'C1', 'R2', 'Z1'. */
  readonly label?: string;
  readonly text: string;
  /** Secondary line: source, cited items, kind. */
  readonly detail?: string;
  /** Marks an item that misses something the method asks for (shown visibly). */
  readonly warning?: string;
  /** A remark that is not a defect, e.g. an opportunity no goal takes up (shown quietly). */
  readonly note?: string;
  /**
   * The item repeats a text that stands in full in its own part (a fact under a strategy): a
   * renderer short of space may shorten it, at a word boundary.
   */
  readonly excerpt?: boolean;
}

export interface ListBlock {
  readonly kind: 'list';
  readonly title?: string;
  readonly ordered?: boolean;
  readonly items: readonly ListItem[];
}

export interface TableColumn {
  readonly header: string;
  /** Relative width; the renderers scale the widths to the page. */
  readonly weight: number;
}

export type CellTone = 'warning' | 'muted' | 'strong';

/** A further paragraph in a cell: a goal's target, an action's owner and date. */
export interface CellLine {
  readonly text: string;
  readonly tone?: CellTone;
  /** As ListItem.excerpt: a repeated text a renderer short of space may shorten. */
  readonly excerpt?: boolean;
}

export interface TableCell {
  readonly text: string;
  readonly tone?: CellTone;
  /** Where the cell tells an action's status: the renderers colour it by the state. */
  readonly state?: TimelineState;
  /** Where the cell tells a goal's traffic light: coloured by it; the text says it too. */
  readonly rag?: Rag;
  /** As ListItem.excerpt: a repeated text a renderer short of space may shorten. */
  readonly excerpt?: boolean;
  /** Further paragraphs under the text. */
  readonly lines?: readonly CellLine[];
}

/** A run of rows under a title of its own, e.g. the actions of one goal. */
export interface TableGroup {
  readonly title: string;
  /** Index of the group's first row; the group runs to the next group's start. */
  readonly start: number;
}

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** Each row has exactly one cell per column. */
  readonly rows: readonly (readonly TableCell[])[];
  /** Group titles over runs of rows, in row order; rows before the first group have none. */
  readonly groups?: readonly TableGroup[];
}

export interface TwoColumnBlock {
  readonly kind: 'two-column';
  readonly left: ListBlock & { readonly title: string };
  readonly right: ListBlock & { readonly title: string };
}

export interface CardField {
  readonly label: string;
  readonly value: string;
  /** A goal's traffic light: the value is coloured by it, and says it in words too. */
  readonly rag?: Rag;
}

export interface Card {
  readonly label: string;
  readonly title: string;
  readonly fields: readonly CardField[];
}

export interface CardsBlock {
  readonly kind: 'cards';
  readonly cards: readonly Card[];
}

export type TimelineState = 'open' | 'in-progress' | 'done' | 'dropped' | 'overdue' | 'outside';

export interface TimelineEntry {
  /** The action's label, e.g. 'A4'. */
  readonly label: string;
  /** What is to be done. */
  readonly text: string;
  /** Who does it. */
  readonly owner: string;
  /** Month index 0–11 in the window; undefined when the action has no date or lies outside it. */
  readonly month?: number;
  /** The due date in months from the window's start, to the day (0 ≤ at < 12); as `month`. */
  readonly at?: number;
  /**
   * Where the work begins, as `at` (0 when it began before the window): the action is drawn as a
   * bar from here to `at`. Absent for an action without start: a milestone at `at`.
   */
  readonly from?: number;
  readonly state: TimelineState;
  /** The action's due date, formatted in the outline's language. */
  readonly due: string;
}

export interface TimelineGroup {
  /** The goal (or gap bucket) the actions serve, e.g. 'Z1 Win the new plant'. */
  readonly title: string;
  /** Sorted by due date, undated ones last. */
  readonly entries: readonly TimelineEntry[];
}

/** Calendar quarters over the month columns: 'Q1 2027', 'Q2', …; the year where it changes. */
export interface TimelineQuarter {
  readonly label: string;
  /** First month column (0–11) and the number of columns the quarter spans in the window. */
  readonly from: number;
  readonly span: number;
}

export interface TimelineBlock {
  readonly kind: 'timeline';
  /** Twelve month labels from periodStart with their year, e.g. 'Jan. 2027' … 'Dez. 2027'. */
  readonly months: readonly string[];
  /** The same months without the year, for a header under the quarters: 'Jan.', 'Feb.', 'März'. */
  readonly monthNames: readonly string[];
  readonly quarters: readonly TimelineQuarter[];
  /** Today in months from the window's start (as TimelineEntry.at); absent outside the window. */
  readonly today?: number;
  readonly groups: readonly TimelineGroup[];
  /** Labels for the legend, in the outline's language. */
  readonly legend: Readonly<Record<TimelineState, string>>;
  /** Column and marker words: 'Aktion', 'Wer', 'Bis', 'Heute'. */
  readonly words: {
    readonly action: string;
    readonly owner: string;
    readonly due: string;
    readonly today: string;
  };
}
