import { createSaver } from '../../src/office/saver';
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
