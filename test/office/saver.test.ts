import { createSaver, type SaveOutcome } from '../../src/office/saver';
import { createWriteQueue } from '../../src/office/queue';

function record(into: string[]): (value: string) => Promise<void> {
  return (value) => {
    into.push(value);
    return Promise.resolve();
  };
}

describe('createSaver', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2027-01-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  it('saves at most once a second while the user types, and the last value wins', async () => {
    const saved: string[] = [];
    const saver = createSaver<string>(record(saved));
    let text = '';
    for (let i = 0; i < 60; i++) {
      text += 'x';
      saver.schedule(text);
      await jest.advanceTimersByTimeAsync(50);
    }
    await jest.advanceTimersByTimeAsync(1000);
    // 3 seconds of typing: the first keystroke right away, then one save per second.
    expect(saved.length).toBeGreaterThanOrEqual(3);
    expect(saved.length).toBeLessThanOrEqual(4);
    expect(saved[saved.length - 1]).toBe('x'.repeat(60));
    expect(saver.busy()).toBe(false);
  });

  it('flush saves what is pending at once', async () => {
    const saved: string[] = [];
    const saver = createSaver<string>(record(saved));
    saver.schedule('a');
    await jest.advanceTimersByTimeAsync(0);
    saver.schedule('b');
    expect(saved).toEqual(['a']);
    await saver.flush();
    expect(saved).toEqual(['a', 'b']);
    await jest.advanceTimersByTimeAsync(5000);
    expect(saved).toEqual(['a', 'b']);
  });

  it('never runs two saves at once, and flush waits for the running one', async () => {
    let active = 0;
    let most = 0;
    const release: (() => void)[] = [];
    const saved: string[] = [];
    const saver = createSaver<string>((v) => {
      active++;
      most = Math.max(most, active);
      return new Promise((resolve) =>
        release.push(() => {
          active--;
          saved.push(v);
          resolve();
        }),
      );
    });
    saver.schedule('a');
    await jest.advanceTimersByTimeAsync(0);
    saver.schedule('b');
    const flushed = saver.flush();
    await jest.advanceTimersByTimeAsync(10);
    expect(release).toHaveLength(1);
    release[0]!();
    await jest.advanceTimersByTimeAsync(0);
    expect(release).toHaveLength(2);
    release[1]!();
    await flushed;
    expect(saved).toEqual(['a', 'b']);
    expect(most).toBe(1);
  });

  it('reports a failed save and goes on with the next value', async () => {
    const errors: unknown[] = [];
    const saved: string[] = [];
    const saver = createSaver<string>(
      (v) =>
        v === 'bad' ? Promise.reject(new Error('disk full')) : Promise.resolve(void saved.push(v)),
      { onError: (e) => errors.push(e) },
    );
    saver.schedule('bad');
    await saver.flush();
    saver.schedule('good');
    await saver.flush();
    expect(errors).toHaveLength(1);
    expect(saved).toEqual(['good']);
  });
});

describe('createSaver when saving fails', () => {
  beforeEach(() => jest.useFakeTimers({ now: new Date('2027-01-01T00:00:00Z') }));
  afterEach(() => jest.useRealTimers());

  /** A store that fails its first `failures` saves; it never tries again by itself. */
  function flakyStore(failures: number) {
    const attempts: { value: string; at: number }[] = [];
    const saved: string[] = [];
    let left = failures;
    return {
      attempts,
      saved,
      save: (value: string): Promise<SaveOutcome> => {
        attempts.push({ value, at: Date.now() });
        if (left-- > 0) return Promise.resolve('retry');
        saved.push(value);
        return Promise.resolve('saved');
      },
    };
  }

  it('tries a failed save again with growing pauses, and stays unsaved until one succeeds', async () => {
    const store = flakyStore(2);
    const states: string[] = [];
    const saver = createSaver<string>(store.save, {
      retryDelaysMs: [2000, 5000, 15000],
      onState: (s) => states.push(s.kind),
    });
    saver.schedule('plan');
    await jest.advanceTimersByTimeAsync(0);
    expect(saver.state()).toEqual({ kind: 'retrying', attempt: 1, inMs: 2000 });
    await jest.advanceTimersByTimeAsync(1999);
    expect(store.attempts).toHaveLength(1);
    await jest.advanceTimersByTimeAsync(1);
    expect(saver.state()).toEqual({ kind: 'retrying', attempt: 2, inMs: 5000 });
    await jest.advanceTimersByTimeAsync(5000);
    expect(store.saved).toEqual(['plan']);
    expect(saver.state()).toEqual({ kind: 'saved' });
    const start = store.attempts[0]!.at;
    expect(store.attempts.map((a) => a.at - start)).toEqual([0, 2000, 7000]);
    // Never "saved" before the save that succeeded.
    expect(states.indexOf('saved')).toBe(states.length - 1);
  });

  it('gives up after the last pause, and says so, until the next change or retry()', async () => {
    const store = flakyStore(10);
    const saver = createSaver<string>(store.save, { retryDelaysMs: [100, 200] });
    saver.schedule('plan');
    await jest.advanceTimersByTimeAsync(1000);
    expect(store.attempts).toHaveLength(3);
    expect(saver.state()).toEqual({ kind: 'failed' });
    await jest.advanceTimersByTimeAsync(60_000);
    expect(store.attempts).toHaveLength(3);
    await saver.retry();
    expect(store.attempts.map((a) => a.value)).toEqual(['plan', 'plan', 'plan', 'plan']);
  });

  it('does not try again what a copy blocks, and saves a newer value instead of an older one', async () => {
    const attempts: string[] = [];
    const saver = createSaver<string>(
      (value) => {
        attempts.push(value);
        return Promise.resolve(value === 'blocked' ? 'stop' : 'saved');
      },
      { retryDelaysMs: [100] },
    );
    saver.schedule('blocked');
    await jest.advanceTimersByTimeAsync(5000);
    expect(saver.state()).toEqual({ kind: 'failed' });
    saver.schedule('newer');
    await saver.flush();
    expect(attempts).toEqual(['blocked', 'newer']);
    expect(saver.state()).toEqual({ kind: 'saved' });
  });

  it('flushes a save waiting for its retry at once (the pane is closing)', async () => {
    const store = flakyStore(1);
    const saver = createSaver<string>(store.save, { retryDelaysMs: [60_000] });
    saver.schedule('plan');
    await jest.advanceTimersByTimeAsync(0);
    expect(saver.state().kind).toBe('retrying');
    await saver.flush();
    expect(store.saved).toEqual(['plan']);
  });
});

describe('createWriteQueue', () => {
  it('runs a repeated request once while it is running (a double click)', async () => {
    const queue = createWriteQueue();
    let runs = 0;
    const task = async () => {
      runs++;
      await new Promise((r) => setTimeout(r, 5));
      return `result ${runs}`;
    };
    const [first, second] = await Promise.all([
      queue.run('steps 1', task),
      queue.run('steps 1', task),
    ]);
    expect(runs).toBe(1);
    expect(first).toBe('result 1');
    expect(second).toBe('result 1');
    expect(await queue.run('steps 1', task)).toBe('result 2');
  });

  it('runs different requests one after another, also after a failure', async () => {
    const queue = createWriteQueue();
    let active = 0;
    const order: string[] = [];
    const task =
      (name: string, fail = false) =>
      async () => {
        active++;
        expect(active).toBe(1);
        await new Promise((r) => setTimeout(r, 2));
        order.push(name);
        active--;
        if (fail) throw new Error(name);
        return name;
      };
    const a = queue.run('a', task('a', true));
    const b = queue.run('b', task('b'));
    expect(queue.busy()).toBe(true);
    await expect(a).rejects.toThrow('a');
    await expect(b).resolves.toBe('b');
    expect(order).toEqual(['a', 'b']);
    expect(queue.busy()).toBe(false);
  });
});
