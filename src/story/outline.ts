// The story of a plan as a document-neutral outline: ordered parts, each tagged with its step,
// made of blocks. The renderers (pptx, docx) and the Word writer turn the same outline into
// their format; splitting long content over several slides or pages is theirs to do, because
// only they know the page geometry.
import type { Language } from '../plan/schema';

/** 0 is the cover and the red-thread overview; 1–6 are the method's steps. */
export type StoryStep = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface Outline {
  readonly language: Language;
  /** The document's title: the account's name and the plan period. */
  readonly title: string;
  readonly parts: readonly Part[];
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

export interface ListItem {
  /** Position label shown before the text, e.g. 'C1', 'R2', 'Z1'. */
  readonly label?: string;
  readonly text: string;
  /** Secondary line: source, cited items, kind. */
  readonly detail?: string;
  /** Marks an item that misses something the method asks for (shown visibly). */
  readonly warning?: string;
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

export interface TableCell {
  readonly text: string;
  readonly tone?: 'warning' | 'muted' | 'strong';
}

export interface TableBlock {
  readonly kind: 'table';
  readonly columns: readonly TableColumn[];
  /** Each row has exactly one cell per column. */
  readonly rows: readonly (readonly TableCell[])[];
}

export interface TwoColumnBlock {
  readonly kind: 'two-column';
  readonly left: ListBlock & { readonly title: string };
  readonly right: ListBlock & { readonly title: string };
}

export interface Card {
  readonly label: string;
  readonly title: string;
  readonly fields: readonly { readonly label: string; readonly value: string }[];
}

export interface CardsBlock {
  readonly kind: 'cards';
  readonly cards: readonly Card[];
}

export type TimelineState = 'open' | 'in-progress' | 'done' | 'overdue' | 'outside';

export interface TimelineEntry {
  readonly label: string;
  /** Month index 0–11 in the window; undefined when the action has no date or lies outside it. */
  readonly month?: number;
  readonly state: TimelineState;
  /** The action's due date, formatted in the outline's language. */
  readonly due: string;
}

export interface TimelineGroup {
  /** The goal (or gap bucket) the actions serve, e.g. 'Z1 Win the new plant'. */
  readonly title: string;
  readonly entries: readonly TimelineEntry[];
}

export interface TimelineBlock {
  readonly kind: 'timeline';
  /** Twelve month labels from periodStart, e.g. 'Jan 27' … 'Dez 27'. */
  readonly months: readonly string[];
  readonly groups: readonly TimelineGroup[];
  /** Labels for the legend, in the outline's language. */
  readonly legend: Readonly<Record<TimelineState, string>>;
}
