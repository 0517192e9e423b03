// The part of office.js's batching that every fake shares: calls on proxy objects are queued and
// take effect at `context.sync()`; a property can be read only after it was loaded and a sync
// ran (otherwise office.js throws PropertyNotLoaded); every sync is counted.

/** Thrown like office.js's OfficeExtension.Error with code PropertyNotLoaded. */
export class PropertyNotLoaded extends Error {
  readonly code = 'PropertyNotLoaded';
  constructor(property: string) {
    super(
      `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    );
  }
}

/** An error raised while a batch runs, e.g. a host failure injected by a test. */
export class BatchError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

type Operation = () => void | Promise<void>;

/**
 * A second actor — a co-author, the user in another window — who changes the document between
 * two round trips. Keyed by the host's sync number: the change happens just before that sync
 * reaches the document, after every earlier one.
 */
export type Interleaved = ReadonlyMap<number, () => void>;

export class Batch {
  syncs = 0;
  /** Sync numbers (1-based, over the host's lifetime) at which the host fails. */
  private readonly failAt: Map<number, { afterOperations: number }>;
  private queue: Operation[] = [];

  constructor(
    readonly counter: { syncs: number },
    failures: ReadonlyMap<number, { afterOperations: number }> = new Map(),
    private readonly interleaved: Interleaved = new Map(),
  ) {
    this.failAt = new Map(failures);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  async sync(): Promise<void> {
    this.syncs++;
    this.counter.syncs++;
    const operations = this.queue;
    this.queue = [];
    this.interleaved.get(this.counter.syncs)?.();
    const failure = this.failAt.get(this.counter.syncs);
    // As in Office, a failing batch keeps the effects of the operations before the failing one.
    for (let i = 0; i < operations.length; i++) {
      if (failure && i === failure.afterOperations) {
        throw new BatchError('GeneralException', `injected failure at sync ${this.counter.syncs}`);
      }
      await operations[i]!();
    }
    if (failure && failure.afterOperations >= operations.length) {
      throw new BatchError('GeneralException', `injected failure at sync ${this.counter.syncs}`);
    }
  }
}

/** The names a load string or array asks for, split into this level and deeper paths. */
export function parseLoad(selection: string | string[] | { select?: string } | undefined): {
  own: Set<string>;
  items: Set<string>;
} {
  const raw =
    typeof selection === 'string'
      ? selection
      : Array.isArray(selection)
        ? selection.join(',')
        : (selection?.select ?? '');
  const own = new Set<string>();
  const items = new Set<string>();
  for (const part of raw.split(',').map((p) => p.trim())) {
    if (part === '') continue;
    if (part.startsWith('items/')) items.add(part.slice('items/'.length));
    else own.add(part);
  }
  return { own, items };
}

/** A proxy whose scalar properties are readable only after load + sync. */
export class Loadable {
  private readonly loaded = new Map<string, unknown>();

  constructor(protected readonly batch: Batch) {}

  protected read<T>(name: string): T {
    if (!this.loaded.has(name)) throw new PropertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Called at sync time with the values as they are then. */
  protected fill(values: Record<string, unknown>, names: Iterable<string>): void {
    for (const name of names) {
      if (!(name in values)) throw new BatchError('InvalidArgument', `unknown property ${name}`);
      this.loaded.set(name, values[name]);
    }
  }
}

export function decodeBase64(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(text, 'base64'));
}
