// Writes into the document run one after another. A request equal to one that is waiting or
// running (a double click: same steps, same plan) joins it and gets its result, so a second click
// never adds slides or sections a second time; a different request waits its turn.
export interface WriteQueue {
  run<T>(key: string, task: () => Promise<T>): Promise<T>;
  /** True while a write runs or waits. */
  busy(): boolean;
}

export function createWriteQueue(): WriteQueue {
  let tail: Promise<unknown> = Promise.resolve();
  const inFlight = new Map<string, Promise<unknown>>();

  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const same = inFlight.get(key);
      if (same) return same as Promise<T>;
      const result = tail.then(task, task);
      const settled = result.finally(() => {
        if (inFlight.get(key) === result) inFlight.delete(key);
      });
      inFlight.set(key, result);
      // The chain waits for every write, failed or not; failures reach the caller only.
      tail = settled.catch(() => undefined);
      return result;
    },
    busy() {
      return inFlight.size > 0;
    },
  };
}
