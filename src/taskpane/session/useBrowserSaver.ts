// Keeps the working copy in this browser a moment after every change, and at once when the page
// is hidden or closed, so a reload, a crash or a closed tab loses nothing.
import { useEffect, useMemo } from 'react';
import { createSaver, flushWhenHidden, describeError, type Saver } from '../../office';
import type { Plan } from '../../plan';
import { fill, TEXTS } from '../i18n/texts';
import type { PaneAction } from '../state/pane';
import type { Fingerprints } from '../state/editor';
import type { BrowserStore } from './browserStore';

export interface BrowserCopy {
  readonly plan: Plan;
  readonly written: Fingerprints;
}

/** localStorage is synchronous and fast: a short interval keeps the window of loss small. */
const INTERVAL_MS = 300;

export function useBrowserSaver(
  store: BrowserStore | null,
  dispatch: (action: PaneAction) => void,
): Saver<BrowserCopy> | null {
  const saver = useMemo(
    () =>
      store
        ? createSaver<BrowserCopy>(
            (copy) => {
              store.save(copy.plan, copy.written);
              dispatch({ type: 'saved' });
              return Promise.resolve();
            },
            {
              intervalMs: INTERVAL_MS,
              onError: (error) =>
                dispatch({
                  type: 'save-failed',
                  message: {
                    de: fill(TEXTS.browserStoreFailed.de, { reason: describeError(error) }),
                    en: fill(TEXTS.browserStoreFailed.en, { reason: describeError(error) }),
                  },
                }),
            },
          )
        : null,
    [store, dispatch],
  );
  useEffect(() => {
    if (!saver) return;
    const stop = flushWhenHidden(() => saver.flush(), window, document);
    return () => {
      stop();
      void saver.flush();
    };
  }, [saver]);
  return saver;
}
