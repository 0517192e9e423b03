// Saves the plan while the user types: at most one save per interval (1 s), always the latest
// value, never two saves at once. The task pane calls flush() on visibilitychange and pagehide
// so that nothing typed is lost when the pane is hidden or closed.
export interface Saver<T> {
  /** Remembers `value` as the one to save; saves it within one interval. */
  schedule(value: T): void;
  /** Saves what is pending now and resolves when every save has finished. */
  flush(): Promise<void>;
  /** True while a value waits or a save runs. */
  busy(): boolean;
  /** Stops the timer; what is pending is dropped (call flush first to keep it). */
  dispose(): void;
}

export interface SaverOptions {
  readonly intervalMs?: number;
  /** Told about every failed save; the saver keeps going with the next value. */
  readonly onError?: (error: unknown) => void;
}

export function createSaver<T>(
  save: (value: T) => Promise<void>,
  options: SaverOptions = {},
): Saver<T> {
  const interval = options.intervalMs ?? 1000;
  let pending: { value: T } | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> | undefined;
  let lastStart = Number.NEGATIVE_INFINITY;

  const runOnce = async (): Promise<void> => {
    if (running) await running;
    if (!pending) return;
    const { value } = pending;
    pending = undefined;
    lastStart = Date.now();
    running = save(value).then(
      () => undefined,
      (error: unknown) => options.onError?.(error),
    );
    try {
      await running;
    } finally {
      running = undefined;
    }
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
    busy() {
      return pending !== undefined || running !== undefined;
    },
    dispose() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      pending = undefined;
    },
  };
}
