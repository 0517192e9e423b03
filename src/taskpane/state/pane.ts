// The task pane's flow, as pure data: which step is shown, what runs, what the pane has to say,
// where the plan lives. The plan itself and its history are the editor's (editor.ts); this
// reducer changes when work starts and ends, so a status line does not re-render the forms.
import type { HostInfo, OpenResult, UnreadableCopy, WriteResult } from '../../office';
import { STEPS, type InputProblem, type Language, type Localized, type Step } from '../../plan';
import type { StoryStep } from '../../story/outline';
import { describeSteps, fill, PLACES, TEXTS } from '../i18n/texts';

export type DownloadFormat = 'pptx' | 'docx';

/** How a download is told, besides its format and language (the story's options). */
export interface RenderOptions {
  /**
   * The review version: progress per goal, actions done, late and dropped, what changed since
   * the last review.
   */
  readonly review?: boolean;
  /** The customer version: the story cuts the plan to what the customer may see. */
  readonly customer?: boolean;
}

/** What the user chose for the downloads in the plan menu. */
export interface DownloadChoice {
  /** The customer version: the plan without what the customer must not see. */
  readonly customer: boolean;
  readonly review: boolean;
}

export type HostState =
  { readonly phase: 'starting' } | { readonly phase: 'ready'; readonly info: HostInfo };

/** A message for the live region; `error` is announced assertively. */
export interface StatusMessage {
  readonly tone: 'info' | 'success' | 'error';
  readonly message: Localized;
}

/** What reading the document's stored plan left to show: copies that cannot be read, failures. */
export interface StoredState {
  readonly unreadable: readonly UnreadableCopy[];
  readonly failures: readonly Localized[];
}

/** The last file that failed to open, with what is wrong in it. */
export interface RejectedFile {
  readonly fileName: string;
  readonly problems: readonly InputProblem[];
}

/** Whether the last change has reached where the plan is kept. */
export type SaveState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'saving' }
  | { readonly phase: 'saved' }
  /** The last save failed and is tried again in `inMs`. */
  | { readonly phase: 'retrying'; readonly inMs: number; readonly message?: Localized }
  | { readonly phase: 'failed'; readonly message: Localized };

/** A request to move the focus to an item's field (from a finding, a new item, a link). */
export interface FocusRequest {
  readonly id: string;
  /** The field's name (`text`, `who`, `factIds` …); the item's first field when absent. */
  readonly field?: string;
  readonly seq: number;
}

export interface PaneState {
  readonly host: HostState;
  readonly language: Language;
  readonly step: Step;
  /** Work in progress; the buttons that would start more work are disabled meanwhile. */
  readonly busy: 'open' | DownloadFormat | 'write' | null;
  /** The steps of the write in progress, while busy is 'write'. */
  readonly writing: readonly StoryStep[] | null;
  /** Null until the document's stored plan has been read (and outside Office). */
  readonly stored: StoredState | null;
  readonly rejected: RejectedFile | null;
  readonly status: StatusMessage | null;
  readonly save: SaveState;
  readonly focus: FocusRequest | null;
}

export type PaneAction =
  | { readonly type: 'host-ready'; readonly info: HostInfo }
  | { readonly type: 'language'; readonly language: Language }
  | { readonly type: 'select-step'; readonly step: Step }
  | { readonly type: 'move-step'; readonly by: 1 | -1 }
  | {
      readonly type: 'focus-item';
      readonly step: Step;
      readonly id: string;
      readonly field?: string;
    }
  | { readonly type: 'focus-done' }
  | { readonly type: 'plan-started'; readonly account: string }
  | { readonly type: 'open-started'; readonly fileName: string }
  | {
      readonly type: 'open-rejected';
      readonly fileName: string;
      readonly problems: readonly InputProblem[];
    }
  | { readonly type: 'open-done'; readonly fileName: string; readonly account: string }
  | { readonly type: 'open-failed'; readonly fileName: string; readonly reason: string }
  | { readonly type: 'open-cancelled' }
  | {
      readonly type: 'download-started';
      readonly format: DownloadFormat;
      readonly fileName: string;
    }
  | { readonly type: 'download-done'; readonly format: DownloadFormat; readonly fileName: string }
  | {
      readonly type: 'download-failed';
      readonly format: DownloadFormat;
      readonly fileName: string;
      readonly reason: string;
    }
  | { readonly type: 'file-saved'; readonly fileName: string }
  /** Clears the status; with `only`, only while that message is still the one shown. */
  | { readonly type: 'dismiss-status'; readonly only?: StatusMessage }
  | { readonly type: 'notice'; readonly message: Localized }
  | { readonly type: 'notice-info'; readonly message: Localized }
  | { readonly type: 'stored-plan-loaded'; readonly result: OpenResult; readonly used: boolean }
  | { readonly type: 'stored-plan-failed'; readonly reason: string }
  | { readonly type: 'write-started'; readonly steps: readonly StoryStep[] }
  | {
      readonly type: 'write-done';
      readonly steps: readonly StoryStep[];
      readonly result: WriteResult;
    }
  | { readonly type: 'write-failed'; readonly steps: readonly StoryStep[]; readonly reason: string }
  | { readonly type: 'saving' }
  | { readonly type: 'saved' }
  | { readonly type: 'retrying'; readonly inMs: number }
  | { readonly type: 'save-failed'; readonly message: Localized };

export function initialPane(language: Language): PaneState {
  return {
    host: { phase: 'starting' },
    language,
    step: 1,
    busy: null,
    writing: null,
    stored: null,
    rejected: null,
    status: null,
    save: { phase: 'idle' },
    focus: null,
  };
}

function message(template: Localized, values: Record<string, string | number>): Localized {
  return { de: fill(template.de, values), en: fill(template.en, values) };
}

function join(...parts: Localized[]): Localized {
  return { de: parts.map((p) => p.de).join(' '), en: parts.map((p) => p.en).join(' ') };
}

/** The open document's words ("into the presentation" …), or undefined outside Office. */
export function placeOf(state: PaneState): (typeof PLACES)[keyof typeof PLACES] | undefined {
  if (state.host.phase !== 'ready' || state.host.info.host === null) return undefined;
  return PLACES[state.host.info.host];
}

/** True when the pane runs in PowerPoint or Word and that host can write steps. */
export function canWrite(state: PaneState): boolean {
  return (
    state.host.phase === 'ready' &&
    state.host.info.host !== null &&
    state.host.info.capabilities.write.ok
  );
}

/** True when the plan is kept in the open document rather than in the browser. */
export function keptInDocument(state: PaneState): boolean {
  return (
    state.host.phase === 'ready' &&
    state.host.info.host !== null &&
    state.host.info.capabilities.store.ok
  );
}

/** Fills a template with the document's words ({into}, {from}, {in}) and further values. */
export function placed(
  state: PaneState,
  template: Localized,
  values: Readonly<Record<string, Localized | string | number>>,
): Localized {
  // Outside Office nothing is written; PowerPoint's words keep the template readable anyway.
  const place = placeOf(state) ?? PLACES.powerpoint;
  const all: Readonly<Record<string, Localized | string | number>> = { ...place, ...values };
  const pick = (language: Language): string =>
    fill(
      template[language],
      Object.fromEntries(
        Object.entries(all).map(([key, value]) => [
          key,
          typeof value === 'object' ? value[language] : value,
        ]),
      ),
    );
  return { de: pick('de'), en: pick('en') };
}

function writeOutcome(
  state: PaneState,
  steps: readonly StoryStep[],
  result: WriteResult,
): StatusMessage {
  const written = result.written.length > 0 ? result.written : steps;
  if (result.ok) {
    return {
      tone: 'success',
      message: placed(state, TEXTS.written, { steps: describeSteps(written) }),
    };
  }
  // The host's own words first, then what the document now holds, step by step.
  const parts = [placed(state, TEXTS.writeFailed, { reason: result.message })];
  if (result.written.length > 0) {
    parts.push(placed(state, TEXTS.written, { steps: describeSteps(result.written) }));
  }
  if (result.unchanged.length > 0) {
    parts.push(placed(state, TEXTS.writeUnchanged, { steps: describeSteps(result.unchanged) }));
  }
  if (result.incomplete.length > 0) {
    parts.push(placed(state, TEXTS.writeIncomplete, { steps: describeSteps(result.incomplete) }));
  }
  return { tone: 'error', message: join(...parts) };
}

function storedStatus(state: PaneState, result: OpenResult, used: boolean): StatusMessage | null {
  if (result.unreadable.length > 0) {
    const count = result.unreadable.length;
    return {
      tone: 'error',
      message: placed(state, count === 1 ? TEXTS.storedUnreadableOne : TEXTS.storedUnreadable, {
        count,
      }),
    };
  }
  if (result.failures.length > 0) {
    return {
      tone: 'error',
      message: placed(state, TEXTS.storedFailed, { reason: join(...result.failures) }),
    };
  }
  if (result.envelope && used) {
    return {
      tone: 'success',
      message: placed(state, TEXTS.storedLoaded, { account: result.envelope.plan.account.name }),
    };
  }
  return null;
}

function clampStep(n: number): Step {
  const first = STEPS[0]!;
  const last = STEPS[STEPS.length - 1]!;
  return Math.min(last, Math.max(first, n)) as Step;
}

export function paneReducer(state: PaneState, action: PaneAction): PaneState {
  switch (action.type) {
    case 'host-ready':
      return { ...state, host: { phase: 'ready', info: action.info } };
    case 'language':
      return { ...state, language: action.language };
    case 'select-step':
      return { ...state, step: action.step };
    case 'move-step':
      return { ...state, step: clampStep(state.step + action.by) };
    case 'focus-item':
      return {
        ...state,
        step: action.step,
        focus: { id: action.id, field: action.field, seq: (state.focus?.seq ?? 0) + 1 },
      };
    case 'focus-done':
      return state.focus === null ? state : { ...state, focus: null };
    case 'plan-started':
      return {
        ...state,
        step: 1,
        rejected: null,
        status: {
          tone: 'success',
          message: message(TEXTS.planStarted, { account: action.account }),
        },
      };
    case 'open-started':
      // One piece of work at a time: a second start while busy is ignored, not queued.
      if (state.busy !== null) return state;
      return {
        ...state,
        busy: 'open',
        status: { tone: 'info', message: message(TEXTS.opening, { file: action.fileName }) },
      };
    case 'open-done':
      return {
        ...state,
        busy: null,
        rejected: null,
        step: 1,
        status: {
          tone: 'success',
          message: message(TEXTS.opened, { file: action.fileName, account: action.account }),
        },
      };
    case 'open-rejected':
      // The plan open before stays open: a bad file must not throw away good work.
      return {
        ...state,
        busy: null,
        rejected: { fileName: action.fileName, problems: action.problems },
        status: {
          tone: 'error',
          message: message(action.problems.length === 1 ? TEXTS.openFailedOne : TEXTS.openFailed, {
            file: action.fileName,
            count: action.problems.length,
          }),
        },
      };
    case 'open-failed':
      return {
        ...state,
        busy: null,
        status: {
          tone: 'error',
          message: message(TEXTS.readFailed, { file: action.fileName, reason: action.reason }),
        },
      };
    case 'open-cancelled':
      return { ...state, busy: null, status: { tone: 'info', message: TEXTS.openCancelled } };
    case 'download-started':
      if (state.busy !== null) return state;
      return {
        ...state,
        busy: action.format,
        status: { tone: 'info', message: message(TEXTS.rendering, { file: action.fileName }) },
      };
    case 'download-done':
      return {
        ...state,
        busy: null,
        status: { tone: 'success', message: message(TEXTS.rendered, { file: action.fileName }) },
      };
    case 'download-failed':
      return {
        ...state,
        busy: null,
        status: {
          tone: 'error',
          message: message(TEXTS.renderFailed, { file: action.fileName, reason: action.reason }),
        },
      };
    case 'file-saved':
      return {
        ...state,
        status: { tone: 'success', message: message(TEXTS.fileSaved, { file: action.fileName }) },
      };
    case 'dismiss-status':
      if (action.only && state.status !== action.only) return state;
      return { ...state, status: null };
    case 'notice':
      return { ...state, status: { tone: 'error', message: action.message } };
    case 'notice-info':
      return { ...state, status: { tone: 'success', message: action.message } };
    case 'stored-plan-loaded': {
      const status = storedStatus(state, action.result, action.used);
      return {
        ...state,
        stored: { unreadable: action.result.unreadable, failures: action.result.failures },
        status: state.busy === null && status ? status : state.status,
      };
    }
    case 'stored-plan-failed':
      return {
        ...state,
        stored: { unreadable: [], failures: [] },
        status: {
          tone: 'error',
          message: placed(state, TEXTS.storedFailed, { reason: action.reason }),
        },
      };
    case 'write-started':
      if (state.busy !== null || !canWrite(state)) return state;
      return {
        ...state,
        busy: 'write',
        writing: action.steps,
        status: {
          tone: 'info',
          message: placed(state, TEXTS.writing, { steps: describeSteps(action.steps) }),
        },
      };
    case 'write-done':
      return {
        ...state,
        busy: null,
        writing: null,
        status: writeOutcome(state, action.steps, action.result),
      };
    case 'write-failed':
      return {
        ...state,
        busy: null,
        writing: null,
        status: {
          tone: 'error',
          message: join(
            placed(state, TEXTS.writeFailed, { reason: action.reason }),
            placed(state, TEXTS.writeIncomplete, { steps: describeSteps(action.steps) }),
          ),
        },
      };
    case 'saving':
      return state.save.phase === 'saving' ? state : { ...state, save: { phase: 'saving' } };
    case 'saved':
      return state.save.phase === 'saved' ? state : { ...state, save: { phase: 'saved' } };
    case 'retrying': {
      const message = 'message' in state.save ? state.save.message : undefined;
      return {
        ...state,
        save: message
          ? { phase: 'retrying', inMs: action.inMs, message }
          : { phase: 'retrying', inMs: action.inMs },
      };
    }
    case 'save-failed': {
      // The plan stays in the pane; the user is told so and can keep it as a file. The same
      // failure again (a retry that failed) is not announced twice.
      const same =
        (state.save.phase === 'failed' || state.save.phase === 'retrying') &&
        state.save.message?.en === action.message.en;
      return {
        ...state,
        save: { phase: 'failed', message: action.message },
        status: same
          ? state.status
          : { tone: 'error', message: join(action.message, TEXTS.saveFailed) },
      };
    }
  }
}

/** A file name for the plan: the account's name, made safe for every file system. */
export function fileNameFor(account: string, extension: string): string {
  const base = account
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base === '' ? 'key-account-plan' : base}.${extension}`;
}
