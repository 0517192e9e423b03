// Where the plan lives, and keeping it there: in Office the open document (through the session,
// with its save state, its conflicts and the plan a file replaced), outside Office — or where the
// host cannot keep it — this browser. The hook answers Office's start (also a late one), reads
// the stored plan once, and saves every change given to keep().
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  describeError,
  flushWhenHidden,
  type DocumentSession,
  type HostInfo,
  type PreviousPlan,
  type SaveResult,
  type SaveState as OfficeSaveState,
  type StoredConflict,
  type UnreadableCopy,
} from '../../office';
import type { Localized, Plan } from '../../plan';
import type { AppServices } from '../App';
import { fill, TEXTS } from '../i18n/texts';
import type { Fingerprints } from '../state/editor';
import type { PaneAction } from '../state/pane';
import { createBrowserStore } from './browserStore';
import { connectOffice } from './office';
import { useBrowserSaver } from './useBrowserSaver';

export type Home = 'pending' | 'document' | 'browser';

export interface PlanHome {
  /** What Office said at start (updated when a late answer comes), null while it has not. */
  readonly info: HostInfo | null;
  readonly home: Home;
  /** The stored plan has been read (or there is none to read). */
  readonly ready: boolean;
  readonly session: DocumentSession | null;
  readonly unreadable: readonly UnreadableCopy[];
  /** Copies someone else saved since this pane opened the document. */
  readonly conflicts: readonly StoredConflict[];
  /** The plan a file replaced, kept in the document until brought back or dropped. */
  readonly replaced: PreviousPlan | undefined;
  /** Saves the plan where it lives (at most once a second; at once when the pane is hidden). */
  readonly keep: (plan: Plan, written: Fingerprints) => void;
  /** Tries a failed save again now. */
  readonly retry: () => void;
  /** A file the user chose to open replaces the plan; the document keeps the replaced one. */
  readonly replaceWith: (plan: Plan) => Promise<void>;
  readonly restoreReplaced: () => Promise<Plan | undefined>;
  readonly forgetReplaced: () => void;
  readonly resolveConflict: (choice: 'mine' | 'theirs') => Plan | undefined;
}

export interface PlanHomeOptions {
  readonly host: Promise<HostInfo>;
  /** Office's answer however late it comes (never settles when Office never answers). */
  readonly lateHost?: Promise<HostInfo>;
  readonly services: AppServices;
  readonly dispatch: (action: PaneAction) => void;
  /** A stored plan was found: the editor shows it (not undoable: it is the start). */
  readonly onStored: (plan: Plan, written: Fingerprints | undefined) => void;
  /** The editor's plan now, to tell whether a stored one may still replace it. */
  readonly current: () => Plan | null;
}

const BROWSER: Localized = { de: 'Dieser Browser', en: 'This browser' };

function saveStateAction(state: OfficeSaveState): PaneAction | undefined {
  switch (state.kind) {
    case 'saved':
      return { type: 'saved' };
    case 'unsaved':
    case 'saving':
      return { type: 'saving' };
    case 'retrying':
      return { type: 'retrying', inMs: state.inMs };
    case 'failed':
      // The result that failed has already told why (onSaveResult).
      return undefined;
  }
}

export function usePlanHome(options: PlanHomeOptions): PlanHome {
  const { host, lateHost, services, dispatch } = options;
  const [info, setInfo] = useState<HostInfo | null>(null);
  const [session, setSession] = useState<DocumentSession | null>(null);
  const [home, setHome] = useState<Home>('pending');
  const [ready, setReady] = useState(false);
  const [unreadable, setUnreadable] = useState<readonly UnreadableCopy[]>([]);
  const [conflicts, setConflicts] = useState<readonly StoredConflict[]>([]);
  const [replaced, setReplaced] = useState<PreviousPlan | undefined>(undefined);
  const sessionRef = useRef<DocumentSession | null>(null);
  // The callbacks of the options, current without re-running the effects below.
  const latest = useRef(options);
  latest.current = options;

  const browserStore = useMemo(
    () => (services.browser ? createBrowserStore(services.browser) : null),
    [services.browser],
  );
  const browserSaver = useBrowserSaver(browserStore, dispatch);

  // Office's answer: the first within the timeout, and a late one when it comes.
  useEffect(() => {
    let current = true;
    void host.then((answer) => current && setInfo(answer));
    void lateHost?.then((answer) => current && setInfo(answer));
    return () => {
      current = false;
    };
  }, [host, lateHost]);

  // Where the plan lives follows from the host: the document when it can keep the plan.
  useEffect(() => {
    if (!info) return;
    dispatch({ type: 'host-ready', info });
    if (info.problem?.kind === 'late') return; // wait: Office may still answer
    if (info.host !== null && info.capabilities.store.ok) {
      if (sessionRef.current) return;
      const connect = services.connect ?? connectOffice;
      sessionRef.current = connect(info, {
        onSaveResult: (result: SaveResult) => {
          setConflicts(result.conflicts);
          if (result.ok) dispatch({ type: 'saved' });
          else {
            dispatch({
              type: 'save-failed',
              message: result.message ?? { de: 'Nicht gespeichert.', en: 'Not saved.' },
            });
          }
        },
        onSaveState: (state) => {
          const action = saveStateAction(state);
          if (action) dispatch(action);
        },
      });
      setSession(sessionRef.current);
      setHome('document');
    } else if (!sessionRef.current) {
      setHome('browser');
    }
  }, [info, services.connect, dispatch]);

  // The document's stored plan, read once.
  useEffect(() => {
    if (!session) return;
    let current = true;
    session.open().then(
      (result) => {
        if (!current) return;
        const stored = result.envelope;
        const used = stored !== undefined && latest.current.current() === null;
        if (stored && used) latest.current.onStored(stored.plan, stored.written);
        dispatch({ type: 'stored-plan-loaded', result, used });
        setUnreadable(result.unreadable);
        setReplaced(session.replaced());
        setReady(true);
      },
      (error: unknown) => {
        if (!current) return;
        dispatch({ type: 'stored-plan-failed', reason: describeError(error) });
        setReady(true);
      },
    );
    const stop = flushWhenHidden(() => session.saver.flush(), window, document);
    return () => {
      current = false;
      stop();
    };
  }, [session, dispatch]);

  // This browser's stored plan.
  useEffect(() => {
    if (home !== 'browser') return;
    if (!browserStore) {
      setReady(true);
      return;
    }
    const opened = browserStore.open();
    if (opened.envelope && latest.current.current() === null) {
      const { plan, written } = opened.envelope;
      latest.current.onStored(plan, written);
      dispatch({
        type: 'notice-info',
        message: {
          de: fill(TEXTS.browserRestored.de, { account: plan.account.name }),
          en: fill(TEXTS.browserRestored.en, { account: plan.account.name }),
        },
      });
    }
    if (opened.unreadable) {
      const { raw, message, key } = opened.unreadable;
      setUnreadable([{ slot: key, where: BROWSER, message, raw }]);
      dispatch({
        type: 'notice',
        message: {
          de: fill(TEXTS.browserCopyUnreadable.de, { reason: message.de }),
          en: fill(TEXTS.browserCopyUnreadable.en, { reason: message.en }),
        },
      });
    }
    if (opened.failure) {
      dispatch({
        type: 'save-failed',
        message: {
          de: fill(TEXTS.browserStoreFailed.de, { reason: opened.failure }),
          en: fill(TEXTS.browserStoreFailed.en, { reason: opened.failure }),
        },
      });
    }
    setReady(true);
    return browserStore.watch(() => dispatch({ type: 'notice', message: TEXTS.otherWindow }));
  }, [home, browserStore, dispatch]);

  const keep = useCallback(
    (plan: Plan, written: Fingerprints) => {
      if (home === 'document' && session) {
        session.noteWritten(written);
        dispatch({ type: 'saving' });
        session.saver.schedule(plan);
      } else if (home === 'browser' && browserSaver) {
        dispatch({ type: 'saving' });
        browserSaver.schedule({ plan, written });
      }
    },
    [home, session, browserSaver, dispatch],
  );

  return {
    info,
    home,
    ready,
    session,
    unreadable,
    conflicts,
    replaced,
    keep,
    retry: () => {
      if (session) void session.saver.retry();
      else void browserSaver?.flush();
    },
    async replaceWith(plan) {
      if (!session) return;
      const result = await session.replacePlan(plan);
      setReplaced(result.replaced);
    },
    async restoreReplaced() {
      if (!session) return undefined;
      const result = await session.restoreReplaced();
      setReplaced(result.replaced);
      return result.plan;
    },
    forgetReplaced() {
      session?.forgetReplaced();
      setReplaced(undefined);
    },
    resolveConflict(choice) {
      if (!session) return undefined;
      const plan = session.resolveConflict(choice);
      setConflicts([]);
      return plan;
    },
  };
}
