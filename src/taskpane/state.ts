// The task pane's state and every change to it, as pure data: the reducer below is the only place
// the state changes, so each user action can be tested without React or a browser.
import type { HostInfo } from '../office/host';
import type { Localized } from '../plan/messages';
import type { InputProblem, ReadResult } from '../plan/read';
import { STEPS, type Plan, type Step } from '../plan/schema';
import { fill, TEXTS } from './texts';

export type DownloadFormat = 'pptx' | 'docx';

export type HostState =
  { readonly phase: 'starting' } | { readonly phase: 'ready'; readonly info: HostInfo };

/** A message for the live region; `error` is announced assertively. */
export interface StatusMessage {
  readonly tone: 'info' | 'success' | 'error';
  readonly message: Localized;
}

export interface OpenPlan {
  readonly plan: Plan;
  readonly fileName: string;
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
  readonly busy: 'open' | DownloadFormat | null;
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
  | { readonly type: 'dismiss-status' };

export const initialState: PaneState = {
  host: { phase: 'starting' },
  step: 1,
  open: null,
  rejected: null,
  busy: null,
  status: null,
};

function message(template: Localized, values: Record<string, string | number>): Localized {
  return { de: fill(template.de, values), en: fill(template.en, values) };
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
          open: { plan: action.result.plan, fileName: action.fileName },
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
