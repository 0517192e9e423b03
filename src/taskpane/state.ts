// The task pane's state and every change to it, as pure data: the reducer below is the only place
// the state changes, so each user action can be tested without React or a browser.
import type { HostInfo } from '../office/host';
import type { WriteResult } from '../office/result';
import type { OpenResult, UnreadableCopy } from '../office/storage';
import type { Localized } from '../plan/messages';
import type { InputProblem, ReadResult } from '../plan/read';
import { STEPS, type Language, type Plan, type Step } from '../plan/schema';
import type { StoryStep } from '../story/outline';
import { describeSteps, fill, PLACES, TEXTS } from './texts';

export type DownloadFormat = 'pptx' | 'docx';

export type HostState =
  { readonly phase: 'starting' } | { readonly phase: 'ready'; readonly info: HostInfo };

/** A message for the live region; `error` is announced assertively. */
export interface StatusMessage {
  readonly tone: 'info' | 'success' | 'error';
  readonly message: Localized;
}

/** The plan the pane works on: from a file the user opened, or stored in the open document. */
export type OpenPlan =
  | { readonly plan: Plan; readonly source: 'file'; readonly fileName: string }
  | { readonly plan: Plan; readonly source: 'document' };

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

export interface PaneState {
  readonly host: HostState;
  readonly step: Step;
  readonly open: OpenPlan | null;
  readonly rejected: RejectedFile | null;
  /** Work in progress; the buttons that would start more work are disabled meanwhile. */
  readonly busy: 'open' | DownloadFormat | 'write' | null;
  /** The steps of the write in progress, while busy is 'write'. */
  readonly writing: readonly StoryStep[] | null;
  /** Null until the document's stored plan has been read (and outside Office). */
  readonly stored: StoredState | null;
  readonly status: StatusMessage | null;
}

export type PaneAction =
  | { readonly type: 'host-ready'; readonly info: HostInfo }
  | { readonly type: 'select-step'; readonly step: Step }
  | { readonly type: 'move-step'; readonly by: 1 | -1 }
  | { readonly type: 'open-started'; readonly fileName: string }
  | { readonly type: 'open-read'; readonly fileName: string; readonly result: ReadResult }
  | { readonly type: 'open-failed'; readonly fileName: string; readonly reason: string }
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
  | { readonly type: 'dismiss-status' }
  | { readonly type: 'stored-plan-loaded'; readonly result: OpenResult }
  | { readonly type: 'stored-plan-failed'; readonly reason: string }
  | { readonly type: 'write-started'; readonly steps: readonly StoryStep[] }
  | {
      readonly type: 'write-done';
      readonly steps: readonly StoryStep[];
      readonly result: WriteResult;
    }
  | {
      readonly type: 'write-failed';
      readonly steps: readonly StoryStep[];
      readonly reason: string;
    }
  | { readonly type: 'save-failed'; readonly message: Localized };

export const initialState: PaneState = {
  host: { phase: 'starting' },
  step: 1,
  open: null,
  rejected: null,
  busy: null,
  writing: null,
  stored: null,
  status: null,
};

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

function storedStatus(state: PaneState, result: OpenResult): StatusMessage | null {
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
  if (result.envelope) {
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
    case 'select-step':
      return { ...state, step: action.step };
    case 'move-step':
      return { ...state, step: clampStep(state.step + action.by) };
    case 'open-started':
      // One piece of work at a time: a second start while busy is ignored, not queued.
      if (state.busy !== null) return state;
      return {
        ...state,
        busy: 'open',
        status: { tone: 'info', message: message(TEXTS.opening, { file: action.fileName }) },
      };
    case 'open-read': {
      if (action.result.ok) {
        return {
          ...state,
          busy: null,
          open: { plan: action.result.plan, source: 'file', fileName: action.fileName },
          rejected: null,
          step: 1,
          status: {
            tone: 'success',
            message: message(TEXTS.opened, {
              file: action.fileName,
              account: action.result.plan.account.name,
            }),
          },
        };
      }
      // The plan open before stays open: a bad file must not throw away good work.
      return {
        ...state,
        busy: null,
        rejected: { fileName: action.fileName, problems: action.result.problems },
        status: {
          tone: 'error',
          message: message(
            action.result.problems.length === 1 ? TEXTS.openFailedOne : TEXTS.openFailed,
            {
              file: action.fileName,
              count: action.result.problems.length,
            },
          ),
        },
      };
    }
    case 'open-failed':
      return {
        ...state,
        busy: null,
        status: {
          tone: 'error',
          message: message(TEXTS.readFailed, { file: action.fileName, reason: action.reason }),
        },
      };
    case 'download-started':
      if (state.busy !== null || state.open === null) return state;
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
    case 'dismiss-status':
      return { ...state, status: null };
    case 'stored-plan-loaded': {
      const { result } = action;
      // A file the user opened meanwhile is the newer intent; the stored copy does not replace it.
      const keepFile = state.open?.source === 'file';
      // "Loaded the plan …" would be wrong when the pane keeps showing the file.
      const status = storedStatus(state, keepFile ? { ...result, envelope: undefined } : result);
      return {
        ...state,
        open:
          result.envelope && !keepFile
            ? { plan: result.envelope.plan, source: 'document' }
            : state.open,
        stored: { unreadable: result.unreadable, failures: result.failures },
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
      if (state.busy !== null || state.open === null || !canWrite(state)) return state;
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
    case 'save-failed':
      // The plan stays in the pane; the user is told so and can download it as a file.
      return {
        ...state,
        status: { tone: 'error', message: join(action.message, TEXTS.saveFailed) },
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
  }
}

/** A file name for the downloaded plan: the account's name, made safe for every file system. */
export function downloadName(plan: Plan, format: DownloadFormat): string {
  const base = plan.account.name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\p{Cc}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80)
    .trim();
  return `${base === '' ? 'key-account-plan' : base}.${format}`;
}
