// The editor's state: the plan, its undo and redo history, and what was last written into the
// document. A pure reducer over the plan layer's edits; React only holds it.
import { applyEdit, type Edit, type Localized, type Plan } from '../../plan';
import type { StoryStep } from '../../story/outline';

/** Undo reaches this many changes back (the method's plans are edited over weeks). */
export const HISTORY_LIMIT = 200;

/** Keystrokes in one field within this time are one undo step, not one per letter. */
export const TYPING_PAUSE_MS = 1500;

export type Fingerprints = Readonly<Partial<Record<StoryStep, string>>>;

export interface EditorState {
  readonly plan: Plan | null;
  /** Earlier plans, the most recent last. */
  readonly past: readonly Plan[];
  /** Plans undone, the next redo last. */
  readonly future: readonly Plan[];
  /** Counts every change of the plan: saves and writes remember the revision they took. */
  readonly revision: number;
  /** The field being typed into, so that its keystrokes make one undo step. */
  readonly typing: { readonly key: string; readonly at: number } | null;
  /** The last edit the plan refused, with why; `seq` tells a repeat of the same refusal apart. */
  readonly refusal: { readonly reason: Localized; readonly seq: number } | null;
  /** Per written step, the fingerprint of the plan's content the document now shows. */
  readonly written: Fingerprints;
}

export type EditorAction =
  /**
   * A plan from elsewhere: a new plan, a file, the document's or the browser's stored copy.
   * `undoable` keeps the plan it replaces one undo away.
   */
  | {
      readonly type: 'load';
      readonly plan: Plan;
      readonly undoable: boolean;
      readonly written?: Fingerprints;
    }
  | {
      readonly type: 'edit';
      readonly edit: Edit;
      /** Names the field typed into; repeated within TYPING_PAUSE_MS it joins one undo step. */
      readonly typing?: string;
      /** Milliseconds (Date.now()); a parameter so the reducer stays pure. */
      readonly at: number;
    }
  | { readonly type: 'undo' }
  | { readonly type: 'redo' }
  /** The given steps were written: the document now shows these fingerprints. */
  | { readonly type: 'written'; readonly fingerprints: Fingerprints };

export const initialEditor: EditorState = {
  plan: null,
  past: [],
  future: [],
  revision: 0,
  typing: null,
  refusal: null,
  written: {},
};

function pushed(past: readonly Plan[], plan: Plan): readonly Plan[] {
  const next = [...past, plan];
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next;
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'load':
      return {
        ...state,
        plan: action.plan,
        past: action.undoable && state.plan ? pushed(state.past, state.plan) : [],
        future: [],
        revision: state.revision + 1,
        typing: null,
        written: action.written ?? (action.undoable ? state.written : {}),
      };
    case 'edit': {
      if (!state.plan) return state;
      const result = applyEdit(state.plan, action.edit);
      if (!result.ok) {
        return {
          ...state,
          refusal: { reason: result.reason, seq: (state.refusal?.seq ?? 0) + 1 },
        };
      }
      if (result.plan === state.plan) return state;
      const continues =
        action.typing !== undefined &&
        state.typing?.key === action.typing &&
        action.at - state.typing.at < TYPING_PAUSE_MS;
      return {
        ...state,
        plan: result.plan,
        past: continues ? state.past : pushed(state.past, state.plan),
        future: [],
        revision: state.revision + 1,
        typing: action.typing === undefined ? null : { key: action.typing, at: action.at },
      };
    }
    case 'undo': {
      const previous = state.past[state.past.length - 1];
      if (!previous || !state.plan) return state;
      return {
        ...state,
        plan: previous,
        past: state.past.slice(0, -1),
        future: [...state.future, state.plan],
        revision: state.revision + 1,
        typing: null,
      };
    }
    case 'redo': {
      const next = state.future[state.future.length - 1];
      if (!next || !state.plan) return state;
      return {
        ...state,
        plan: next,
        past: pushed(state.past, state.plan),
        future: state.future.slice(0, -1),
        revision: state.revision + 1,
        typing: null,
      };
    }
    case 'written':
      return { ...state, written: { ...state.written, ...action.fingerprints } };
  }
}
