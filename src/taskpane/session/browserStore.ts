// Outside Office the working copy lives in the browser: the same versioned envelope the document
// holds, in localStorage, written a moment after every change and at once when the page is
// hidden or closed. A reload, a crash or a closed tab brings the plan back. A stored copy that
// cannot be read (damaged, from a newer add-in) is moved aside, never overwritten, and offered
// for export.
import {
  makeEnvelope,
  readEnvelopeText,
  writeEnvelopeText,
  type Envelope,
  type Localized,
  type Plan,
} from '../../plan';

/** The key of the working copy. */
export const PLAN_KEY = 'kap.plan';
/** Where a copy that could not be read is kept (with the time it was moved aside). */
export const SET_ASIDE_PREFIX = 'kap.plan.unreadable.';

export interface BrowserOpen {
  readonly envelope?: Envelope;
  /** A copy that could not be read; its raw text stays in the browser under `key`. */
  readonly unreadable?: { readonly key: string; readonly raw: string; readonly message: Localized };
  /** The browser refused access to its storage (private mode, blocked storage). */
  readonly failure?: string;
}

export interface BrowserStore {
  open(): BrowserOpen;
  /** Writes the working copy; throws what the browser throws (quota, access). */
  save(plan: Plan, written: Readonly<Record<string, string>>): void;
  /** Calls back when another window of this browser wrote the plan. */
  watch(onChange: () => void): () => void;
}

/** The parts of window the store needs; tests pass their own. */
export interface BrowserEnvironment {
  readonly storage: Pick<Storage, 'getItem' | 'setItem'>;
  readonly addEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
  readonly removeEventListener?: (type: 'storage', listener: (event: StorageEvent) => void) => void;
  readonly now?: () => Date;
  readonly newId?: () => string;
}

export function createBrowserStore(environment: BrowserEnvironment): BrowserStore {
  const { storage } = environment;
  const now = environment.now ?? (() => new Date());
  let planId: string | undefined;
  // Counts the saves of this copy, as the document's copies do: a later save has a higher one.
  let revision = 0;
  // Set when a copy that cannot be read could not be moved aside: saves must not replace it.
  let blocked = false;

  return {
    open() {
      let raw: string | null;
      try {
        raw = storage.getItem(PLAN_KEY);
      } catch (error) {
        return { failure: error instanceof Error ? error.message : String(error) };
      }
      if (raw === null) return {};
      const read = readEnvelopeText(raw);
      if (read.ok) {
        planId = read.envelope.planId;
        revision = read.envelope.revision;
        return { envelope: read.envelope };
      }
      // Kept under a key of its own, so the next save cannot overwrite it.
      const key = `${SET_ASIDE_PREFIX}${now().toISOString()}`;
      try {
        storage.setItem(key, raw);
        storage.setItem(PLAN_KEY, '');
      } catch {
        // Could not move it: the copy stays where it is, and saves must not replace it.
        blocked = true;
        return { unreadable: { key: PLAN_KEY, raw, message: read.message } };
      }
      return { unreadable: { key, raw, message: read.message } };
    },
    save(plan, written) {
      if (blocked) {
        throw new Error('the copy kept in this browser cannot be read and is left as it is');
      }
      planId ??= (environment.newId ?? (() => globalThis.crypto.randomUUID()))();
      revision += 1;
      storage.setItem(
        PLAN_KEY,
        writeEnvelopeText(makeEnvelope(plan, planId, now(), revision, undefined, written)),
      );
    },
    watch(onChange) {
      const listener = (event: StorageEvent) => {
        // Another window's write; this window's own writes fire no event here.
        if (event.key === PLAN_KEY && event.newValue) onChange();
      };
      environment.addEventListener?.('storage', listener);
      return () => environment.removeEventListener?.('storage', listener);
    },
  };
}
