// Saves the plan while the user types: at most one save per interval (1 s), always the latest
// value, never two saves at once. A failed save is tried again with growing pauses until it
// succeeds, a newer value replaces it, or the tries are used up; meanwhile the state says
// "not saved", so the task pane can keep showing that the document lacks the latest plan.
// The task pane calls flush() when it is hidden or closed so that nothing typed is lost.

/** What one save attempt achieved: done, worth another try, or blocked until something changes. */
export type SaveOutcome = 'saved' | 'retry' | 'stop';

export type SaveState =
  /** The last value given is in the document (or nothing was ever given). */
  | { readonly kind: 'saved' }
  /** A value waits for the interval. */
  | { readonly kind: 'unsaved' }
  | { readonly kind: 'saving' }
  /** The last save failed; the same value is tried again in `inMs`. */
  | { readonly kind: 'retrying'; readonly attempt: number; readonly inMs: number }
  /** Saving failed and will not be tried again by itself: a new value or retry() restarts it. */
  | { readonly kind: 'failed' };

export interface Saver<T> {
  /** Remembers `value` as the one to save; saves it within one interval. */
  schedule(value: T): void;
  /** Saves what is pending (or waiting for a retry) now and resolves when saving has stopped. */
  flush(): Promise<void>;
  /** Tries a value whose saving failed once more, now. */
  retry(): Promise<void>;
  /** True while a value waits or a save runs. */
  busy(): boolean;
  state(): SaveState;
  /** Stops the timers; what is pending is dropped (call flush first to keep it). */
  dispose(): void;
}

/** Pauses before the first, second, … retry of a failed save. */
export const RETRY_DELAYS_MS: readonly number[] = [2000, 5000, 15000, 30000, 60000];

export interface SaverOptions {
  readonly intervalMs?: number;
  readonly retryDelaysMs?: readonly number[];
  /** Told about every save that threw; the saver tries again. */
  readonly onError?: (error: unknown) => void;
  /** Told about every change of state. */
  readonly onState?: (state: SaveState) => void;
}

export function createSaver<T>(
  save: (value: T) => Promise<SaveOutcome | void>,
  options: SaverOptions = {},
): Saver<T> {
  const interval = options.intervalMs ?? 1000;
  const delays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  let pending: { value: T } | undefined;
  /** The value whose save failed, with the number of tries so far. */
  let failed: { value: T; tries: number } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;
  let current: SaveState = { kind: 'saved' };

  const setState = (state: SaveState): void => {
    current = state;
    options.onState?.(state);
  };
  const clearRetry = (): void => {
    if (retryTimer !== undefined) clearTimeout(retryTimer);
    retryTimer = undefined;
  };

  const runOnce = async (): Promise<void> => {
    if (running) await running;
    const next = pending ?? (failed ? { value: failed.value } : undefined);
    if (!next) return;
    const tries = pending ? 0 : (failed?.tries ?? 0);
    pending = undefined;
    clearRetry();
    lastStart = Date.now();
    setState({ kind: 'saving' });
    running = save(next.value).then(
      (outcome) => finish(next.value, tries, outcome ?? 'saved'),
      (error: unknown) => {
        options.onError?.(error);
        finish(next.value, tries, 'retry');
      },
    );
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const finish = (value: T, tries: number, outcome: SaveOutcome): void => {
    if (outcome === 'saved') {
      failed = undefined;
      setState(pending ? { kind: 'unsaved' } : { kind: 'saved' });
      return;
    }
    failed = { value, tries: tries + 1 };
    // A newer value is saved at the next interval anyway: it replaces the failed one.
    if (pending) {
      setState({ kind: 'unsaved' });
      return;
    }
    const wait = outcome === 'retry' ? delays[tries] : undefined;
    if (wait === undefined) {
      setState({ kind: 'failed' });
      return;
    }
    setState({ kind: 'retrying', attempt: tries + 1, inMs: wait });
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void runOnce();
    }, wait);
  };

  const arm = (): void => {
    if (timer !== undefined) return;
    const wait = Math.max(0, lastStart + interval - Date.now());
    timer = setTimeout(() => {
      timer = undefined;
      void runOnce().then(() => {
        // A value that came in while saving waits for the next interval.
        if (pending) arm();
      });
    }, wait);
  };

  return {
    schedule(value) {
      pending = { value };
      clearRetry();
      if (current.kind !== 'saving') setState({ kind: 'unsaved' });
      arm();
    },
    async flush() {
      if (timer !== undefined) {
        clearTimeout(timer);
        timer = undefined;
      }
      await runOnce();
      if (running) await running;
    },
    async retry() {
      if (!failed && !pending) return;
      await this.flush();
    },
    busy() {
      return pending !== undefined || running !== undefined || retryTimer !== undefined;
    },
    state() {
      return current;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      clearRetry();
      pending = undefined;
    },
  };
}
