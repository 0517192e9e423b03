// The editor's state reaches the components through separate contexts: the plan, the labels,
// the (deferred) findings, the pane's flow and the commands. A status message then re-renders
// the status line, not every form, and a keystroke does not wait for the red-thread rules.
import { createContext, useContext } from 'react';
import type { Citation, Collection, Edit, Language, Plan, Step } from '../../plan';
import type { StoryStep } from '../../story/outline';
import type { Derived } from './derived';
import type { PaneAction, PaneState } from './pane';

export interface PaneContextValue {
  readonly state: PaneState;
  readonly dispatch: (action: PaneAction) => void;
}

/** Stable functions the forms call; their identity never changes while the pane is open. */
export interface Commands {
  /** Applies an edit; `typing` names the field typed into, so its keystrokes undo as one. */
  readonly edit: (edit: Edit, typing?: string) => void;
  readonly undo: () => void;
  readonly redo: () => void;
  /** Moves to the item's step (or `step`), opens the item and focuses the field. */
  readonly focusItem: (id: string, field?: string, step?: Step) => void;
  /** Asks before removing an item others cite; removes it at once otherwise. */
  readonly remove: (collection: Collection, id: string) => void;
  /**
   * Adds an item with a fresh id and, unless `focus` is false, opens it and focuses `focus` (its
   * first field by default). Returns the id, or undefined when the plan refused the item.
   */
  readonly add: (
    collection: Collection,
    fields?: Readonly<Record<string, unknown>>,
    focus?: string | false,
  ) => string | undefined;
  readonly write: (steps: readonly StoryStep[]) => void;
  readonly announce: (message: string) => void;
}

/** A question the pane asks before it removes an item that others cite. */
export interface PendingRemoval {
  readonly collection: Collection;
  readonly id: string;
  readonly citations: readonly Citation[];
}

export const PaneContext = createContext<PaneContextValue | null>(null);
export const PlanContext = createContext<Plan | null>(null);
/** Labels by id, computed on every change (cheap), so a new item has its label at once. */
export const LabelsContext = createContext<ReadonlyMap<string, string>>(new Map());
/** Findings and step summaries, computed off the keystroke path. */
export const DerivedContext = createContext<Derived | null>(null);
export const CommandsContext = createContext<Commands | null>(null);
export const LanguageContext = createContext<Language>('en');
/** Story steps whose written copy in the document is older than the plan. */
export const ChangedContext = createContext<ReadonlySet<StoryStep>>(new Set());

function need<T>(value: T | null, name: string): T {
  if (value === null) throw new Error(`${name} is used outside the editor`);
  return value;
}

export const usePane = (): PaneContextValue => need(useContext(PaneContext), 'usePane');
export const usePlan = (): Plan => need(useContext(PlanContext), 'usePlan');
export const useLabels = (): ReadonlyMap<string, string> => useContext(LabelsContext);
export const useDerived = (): Derived | null => useContext(DerivedContext);
export const useCommands = (): Commands => need(useContext(CommandsContext), 'useCommands');
export const useLanguage = (): Language => useContext(LanguageContext);
export const useChanged = (): ReadonlySet<StoryStep> => useContext(ChangedContext);

/** The label of an item, or its raw id while it has none. */
export function useLabel(id: string): string {
  return useLabels().get(id) ?? id;
}

export type { Step };
