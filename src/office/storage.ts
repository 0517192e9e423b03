// The plan stored in the document. Each host keeps copies in one or more stores (Word: a custom
// XML part; PowerPoint: document settings plus a custom XML part or a presentation tag, because
// settings are reported lost in PowerPoint on the web — OfficeDev/office-js#2704, #3318).
//
// What protects the plan:
// - On open the best valid copy wins: the newest format version first (a copy a newer release
//   wrote beats an older release's, whatever its date), then the highest revision (each save
//   counts one up from the highest it has seen, so no computer's clock decides), then the time.
// - A copy that cannot be read — damaged, from a newer add-in, failing validation — is never
//   overwritten: it is reported with its raw text, and saves go around it.
// - Every save reads the stores again first. A copy that appeared since the plan was opened (a
//   second window, a co-author) is not replaced or deleted: it is reported as a conflict, for
//   the user to decide. A store that could not be read is not written to.
// - A save reports per store; it succeeds only when every store took the plan.
import {
  readEnvelopeText,
  writeEnvelopeText,
  type Envelope,
  type EnvelopeRead,
} from '../plan/envelope';
import type { Localized } from '../plan/messages';
import { ENVELOPE_VERSION } from '../plan/migrate';
import { describeError } from './result';
import { envelopeFromXml, envelopeToXml, ENVELOPE_NAMESPACE } from './xml';
import type { PowerPointRun } from './powerpoint';

/** One stored copy as found: `slot` names where (e.g. 'settings', 'xml:{id}', 'tag'). */
export interface StoredCopy {
  readonly slot: string;
  readonly raw: string;
}

/** Says whether a copy found in a store may be replaced or removed by this save. */
export type MayReplace = (copy: StoredCopy) => boolean;

export interface StorageBackend {
  /** Where this backend keeps its copies, in words for messages. */
  readonly where: Localized;
  /**
   * A store a newer host replaced with a better one: still read, never written, and emptied of
   * the add-in's own known copies once a save has reached another store.
   */
  readonly retired?: boolean;
  read(): Promise<StoredCopy[]>;
  /**
   * Stores `text`, replacing only copies `mayReplace` allows; looks at the store again itself,
   * so that a copy written a moment ago by someone else is not lost. Returns false when it had
   * no slot it could use.
   */
  write(text: string, mayReplace: MayReplace): Promise<boolean>;
  /** Removes the copies `mayReplace` allows (for retired stores). */
  remove?(mayReplace: MayReplace): Promise<void>;
}

export interface UnreadableCopy {
  readonly slot: string;
  readonly where: Localized;
  /** What is wrong, for the user. */
  readonly message: Localized;
  /** The stored text as it is, for "export raw". */
  readonly raw: string;
}

/** A valid copy that appeared in the document after the plan was opened, not by this pane. */
export interface StoredConflict {
  readonly slot: string;
  readonly where: Localized;
  readonly envelope: Envelope;
}

export interface OpenResult {
  /** The best valid copy, if any. */
  readonly envelope?: Envelope;
  /** Set when the winning copy was written by an older version and upgraded on reading. */
  readonly migratedFrom?: number;
  readonly unreadable: readonly UnreadableCopy[];
  /** Backends that could not be read at all (the host failed), in words. */
  readonly failures: readonly Localized[];
}

/** How one store fared in a save. */
export type StoreOutcome =
  | { readonly where: Localized; readonly ok: true }
  | {
      readonly where: Localized;
      readonly ok: false;
      /** Why, for the user. */
      readonly reason: Localized;
      /** True when trying again can help (the host failed); false when a copy blocks it. */
      readonly retry: boolean;
    };

export type SaveResult =
  | {
      readonly ok: true;
      /** How many copies of the plan the document now holds. */
      readonly copies: number;
      readonly stores: readonly StoreOutcome[];
      /** Copies that appeared since the plan was opened; kept, waiting for the user. */
      readonly conflicts: readonly StoredConflict[];
    }
  | {
      readonly ok: false;
      readonly message: Localized;
      readonly copies: number;
      readonly stores: readonly StoreOutcome[];
      readonly conflicts: readonly StoredConflict[];
    };

export interface PlanStore {
  open(): Promise<OpenResult>;
  /** Saves the plan; the store sets the revision. */
  save(envelope: Envelope): Promise<SaveResult>;
  /**
   * The user has seen these conflicting copies (and taken one over, or kept their own): later
   * saves may replace them. A copy written after this call is a new conflict.
   */
  settle(conflicts: readonly StoredConflict[]): void;
}

export interface PlanStoreOptions {
  /** How stored text is read; tests pass a later build's reader. */
  readonly read?: (text: string) => EnvelopeRead;
  /** The format version this build writes. */
  readonly version?: number;
  /** Reads of a store at open before it counts as unreadable (a host may fail once). */
  readonly readAttempts?: number;
}

interface Valid {
  readonly envelope: Envelope;
  /** The format version the copy was written in. */
  readonly from: number;
}

/** Better first: newer format version, then higher revision, then later time. */
function better(a: Valid, b: Valid): number {
  return (
    b.from - a.from ||
    b.envelope.revision - a.envelope.revision ||
    Date.parse(b.envelope.savedAt) - Date.parse(a.envelope.savedAt)
  );
}

/** Names a valid copy by what only one save writes: plan, revision and time. */
function fingerprint(envelope: Envelope): string {
  return `${envelope.planId}|${envelope.revision}|${envelope.savedAt}`;
}

function notWritten(where: Localized, reason: Localized, retry: boolean): StoreOutcome {
  return { where, ok: false, reason, retry };
}

export function createPlanStore(
  backends: readonly StorageBackend[],
  options: PlanStoreOptions = {},
): PlanStore {
  const read = options.read ?? ((text: string) => readEnvelopeText(text));
  const version = options.version ?? ENVELOPE_VERSION;
  const attempts = Math.max(1, options.readAttempts ?? 2);
  // Copies this pane knows: seen at open, written by it, or settled by the user.
  const known = new Set<string>();
  /** The highest revision among the known copies. */
  let highest = 0;
  let opened = false;

  const validOf = (raw: string): Valid | undefined => {
    const result = read(raw);
    return result.ok
      ? { envelope: result.envelope, from: result.migratedFrom ?? version }
      : undefined;
  };
  const mayReplace: MayReplace = (copy) => {
    const valid = validOf(copy.raw);
    return valid !== undefined && known.has(fingerprint(valid.envelope));
  };
  const readBackend = async (backend: StorageBackend, tries: number): Promise<StoredCopy[]> => {
    try {
      return await backend.read();
    } catch (error) {
      if (tries <= 1) throw error;
      return readBackend(backend, tries - 1);
    }
  };

  return {
    async open() {
      const unreadable: UnreadableCopy[] = [];
      const failures: Localized[] = [];
      let best: Valid | undefined;
      const found = await Promise.all(
        backends.map((backend) =>
          readBackend(backend, attempts).then(
            (copies) => ({ backend, copies }),
            (error: unknown) => ({ backend, error }),
          ),
        ),
      );
      for (const entry of found) {
        const { backend } = entry;
        if (!('copies' in entry)) {
          failures.push({
            de: `${backend.where.de}: nicht lesbar (${describeError(entry.error)}).`,
            en: `${backend.where.en}: could not be read (${describeError(entry.error)}).`,
          });
          continue;
        }
        for (const copy of entry.copies) {
          const result = read(copy.raw);
          if (!result.ok) {
            unreadable.push({
              slot: copy.slot,
              where: backend.where,
              message: result.message,
              raw: copy.raw,
            });
            continue;
          }
          const valid = { envelope: result.envelope, from: result.migratedFrom ?? version };
          known.add(fingerprint(valid.envelope));
          highest = Math.max(highest, valid.envelope.revision);
          if (!best || better(valid, best) < 0) best = valid;
        }
      }
      opened = true;
      if (!best) return { unreadable, failures };
      return best.from === version
        ? { envelope: best.envelope, unreadable, failures }
        : { envelope: best.envelope, migratedFrom: best.from, unreadable, failures };
    },

    async save(envelope) {
      if (!opened) {
        // Saving before the stored data was looked at could overwrite what it could not read.
        return {
          ok: false,
          copies: 0,
          stores: [],
          conflicts: [],
          message: {
            de: 'Der gespeicherte Plan wurde noch nicht gelesen; nichts gespeichert.',
            en: 'The stored plan has not been read yet; nothing was saved.',
          },
        };
      }
      // Read again: what others wrote since the last look decides the revision and the conflicts.
      const looked = await Promise.all(
        backends.map((backend) =>
          backend.read().then(
            (copies) => ({ backend, copies }),
            (error: unknown) => ({ backend, error }),
          ),
        ),
      );
      const conflicts: StoredConflict[] = [];
      const unreadableNow = new Set<StorageBackend>();
      for (const entry of looked) {
        if (!('copies' in entry)) {
          unreadableNow.add(entry.backend);
          continue;
        }
        for (const copy of entry.copies) {
          const valid = validOf(copy.raw);
          if (valid && !known.has(fingerprint(valid.envelope))) {
            conflicts.push({
              slot: copy.slot,
              where: entry.backend.where,
              envelope: valid.envelope,
            });
          }
        }
      }
      // One above the copies this pane knows, not above a conflicting copy: that one keeps its
      // rank, so that it is not lost on reopening while the user has not decided.
      const saved: Envelope = { ...envelope, revision: highest + 1 };
      // Known before it is written: a store that fails half-way may still hold it.
      known.add(fingerprint(saved));
      highest = saved.revision;
      const text = writeEnvelopeText(saved);

      const stores: StoreOutcome[] = [];
      let copies = 0;
      for (const backend of backends) {
        if (backend.retired) continue;
        if (unreadableNow.has(backend)) {
          stores.push(
            notWritten(
              backend.where,
              {
                de: 'nicht lesbar, daher nicht beschrieben',
                en: 'could not be read, so nothing was written there',
              },
              true,
            ),
          );
          continue;
        }
        try {
          if (await backend.write(text, mayReplace)) {
            copies++;
            stores.push({ where: backend.where, ok: true });
          } else {
            stores.push(
              notWritten(
                backend.where,
                {
                  de: 'dort liegt eine Kopie, die nicht überschrieben werden darf',
                  en: 'it holds a copy that must not be overwritten',
                },
                false,
              ),
            );
          }
        } catch (error) {
          stores.push(
            notWritten(backend.where, { de: describeError(error), en: describeError(error) }, true),
          );
        }
      }
      if (copies > 0) {
        // Two copies where two serve: the add-in's own copies leave a store a newer one replaced.
        for (const backend of backends) {
          if (!backend.retired || !backend.remove || unreadableNow.has(backend)) continue;
          await backend.remove(mayReplace).catch(() => undefined);
        }
      }
      const failed = stores.filter((s): s is Extract<StoreOutcome, { ok: false }> => !s.ok);
      if (failed.length === 0 && copies > 0) return { ok: true, copies, stores, conflicts };
      const detail = failed.map((s) => ({
        de: `${s.where.de}: ${s.reason.de}`,
        en: `${s.where.en}: ${s.reason.en}`,
      }));
      const list = {
        de: detail.map((d) => d.de).join('; '),
        en: detail.map((d) => d.en).join('; '),
      };
      const message: Localized =
        copies > 0
          ? {
              de: `Der Plan ist im Dokument gespeichert, aber nicht überall (${list.de}).`,
              en: `The plan is saved in the document, but not everywhere (${list.en}).`,
            }
          : {
              de: `Der Plan konnte nicht im Dokument gespeichert werden (${list.de || 'kein Speicherort'}). Bitte den Plan als Datei exportieren.`,
              en: `The plan could not be saved in the document (${list.en || 'no place to keep it'}). Please export the plan as a file.`,
            };
      return { ok: false, message, copies, stores, conflicts };
    },

    settle(conflicts) {
      for (const conflict of conflicts) {
        known.add(fingerprint(conflict.envelope));
        highest = Math.max(highest, conflict.envelope.revision);
      }
    },
  };
}

// Office's common API answers through callbacks; these turn one call into a promise.
function settle<T>(start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    start((result) => {
      // The typings declare a numeric enum; office.js's runtime values are 'succeeded'/'failed'.
      if ((result.status as unknown) === 'succeeded') resolve(result.value);
      else reject(new Error(result.error?.message ?? 'Office reported a failure'));
    });
  });
}

export const SETTINGS_KEY = 'kapEnvelope';

/**
 * Document settings (common API): one slot. Office keeps an in-memory copy per add-in instance
 * and saveAsync writes all of it; refreshAsync reads what another instance saved meanwhile.
 */
export function settingsBackend(settings: Office.Settings): StorageBackend {
  const where: Localized = { de: 'Dokumenteinstellungen', en: 'document settings' };
  const current = async (): Promise<StoredCopy | undefined> => {
    await settle<Office.Settings>((done) => settings.refreshAsync(done));
    const value: unknown = settings.get(SETTINGS_KEY);
    if (value === null || value === undefined) return undefined;
    return { slot: 'settings', raw: typeof value === 'string' ? value : JSON.stringify(value) };
  };
  return {
    where,
    async read() {
      const copy = await current();
      return copy ? [copy] : [];
    },
    async write(text, mayReplace) {
      const copy = await current();
      if (copy && !mayReplace(copy)) return false;
      settings.set(SETTINGS_KEY, text);
      await settle<void>((done) => settings.saveAsync(done));
      return true;
    },
  };
}

/** Custom XML parts through the common API (Word): a new part per save, known ones removed. */
export function commonXmlBackend(parts: Office.CustomXmlParts): StorageBackend {
  const read = async (): Promise<(StoredCopy & { part: Office.CustomXmlPart })[]> => {
    const found = await settle<Office.CustomXmlPart[]>((done) =>
      parts.getByNamespaceAsync(ENVELOPE_NAMESPACE, done),
    );
    return Promise.all(
      found.map(async (part) => {
        const xml = await settle<string>((done) => part.getXmlAsync(done));
        return { slot: `xml:${part.id}`, raw: envelopeFromXml(xml) ?? xml, part };
      }),
    );
  };
  return {
    where: { de: 'benutzerdefinierter XML-Teil', en: 'custom XML part' },
    async read() {
      return (await read()).map(({ slot, raw }) => ({ slot, raw }));
    },
    async write(text, mayReplace) {
      const old = await read();
      // Add first, then remove: a failure in between leaves two valid copies, never none.
      await settle((done) => parts.addAsync(envelopeToXml(text), done));
      for (const copy of old.filter((c) => mayReplace(c))) {
        await settle<void>((done) => copy.part.deleteAsync(done));
      }
      return true;
    },
  };
}

/** Custom XML parts through PowerPointApi 1.7. */
export function presentationXmlBackend(run: PowerPointRun): StorageBackend {
  const read = (context: PowerPoint.RequestContext) => {
    const parts = context.presentation.customXmlParts.getByNamespace(ENVELOPE_NAMESPACE);
    parts.load('items/id');
    return {
      parts,
      async copies(): Promise<(StoredCopy & { part: PowerPoint.CustomXmlPart })[]> {
        await context.sync();
        const found = parts.items.map((part) => ({ part, xml: part.getXml() }));
        await context.sync();
        return found.map(({ part, xml }) => ({
          slot: `xml:${part.id}`,
          raw: envelopeFromXml(xml.value) ?? xml.value,
          part,
        }));
      },
    };
  };
  return {
    where: { de: 'benutzerdefinierter XML-Teil', en: 'custom XML part' },
    read() {
      return run(async (context) =>
        (await read(context).copies()).map(({ slot, raw }) => ({ slot, raw })),
      );
    },
    write(text, mayReplace) {
      return run(async (context) => {
        const old = await read(context).copies();
        context.presentation.customXmlParts.add(envelopeToXml(text));
        for (const copy of old) if (mayReplace(copy)) copy.part.delete();
        await context.sync();
        return true;
      });
    },
  };
}

export const ENVELOPE_TAG = 'KAP_ENVELOPE';
/** Present when the envelope is split over several tags: how many. */
export const ENVELOPE_PARTS_TAG = 'KAP_ENVELOPE_PARTS';
/**
 * The longest value one tag holds. PowerPoint documents no limit for a tag's value (asked in
 * office-js-docs-reference#1505, unanswered); 32,767 characters is the longest string value
 * Office documents elsewhere (MS-OI29500 2.1.850), so longer envelopes are split to stay
 * within what is known to work. The bench plan's envelope is about 80,000 characters.
 */
export const TAG_VALUE_LIMIT = 32767;

function partTag(index: number): string {
  return index === 0 ? ENVELOPE_TAG : `${ENVELOPE_TAG}_${index + 1}`;
}

/**
 * Presentation tags (PowerPointApi 1.3): the second copy where custom XML parts are missing,
 * split over several tags when it is long.
 */
export function presentationTagBackend(run: PowerPointRun, retired = false): StorageBackend {
  /** Loads the envelope's tags; the text is ready after the second sync. */
  const look = async (context: PowerPoint.RequestContext) => {
    const tags = context.presentation.tags;
    const first = tags.getItemOrNullObject(ENVELOPE_TAG);
    first.load('value');
    const count = tags.getItemOrNullObject(ENVELOPE_PARTS_TAG);
    count.load('value');
    await context.sync();
    if (first.isNullObject) return { raw: undefined, parts: 0 };
    const parts = count.isNullObject ? 1 : Math.max(1, Number.parseInt(count.value, 10) || 1);
    const rest = Array.from({ length: parts - 1 }, (_, i) => {
      const tag = tags.getItemOrNullObject(partTag(i + 1));
      tag.load('value');
      return tag;
    });
    await context.sync();
    const raw = [first.value, ...rest.map((t) => (t.isNullObject ? '' : t.value))].join('');
    return { raw, parts };
  };
  const clear = (context: PowerPoint.RequestContext, from: number, to: number): void => {
    for (let i = from; i < to; i++) context.presentation.tags.delete(partTag(i));
  };
  return {
    where: { de: 'Präsentations-Tag', en: 'presentation tag' },
    retired,
    read() {
      return run(async (context) => {
        const { raw } = await look(context);
        return raw === undefined ? [] : [{ slot: 'tag', raw }];
      });
    },
    write(text, mayReplace) {
      return run(async (context) => {
        const old = await look(context);
        if (old.raw !== undefined && !mayReplace({ slot: 'tag', raw: old.raw })) return false;
        const chunks: string[] = [];
        for (let at = 0; at < text.length; at += TAG_VALUE_LIMIT) {
          chunks.push(text.slice(at, at + TAG_VALUE_LIMIT));
        }
        const tags = context.presentation.tags;
        chunks.forEach((chunk, i) => tags.add(partTag(i), chunk));
        if (chunks.length > 1) tags.add(ENVELOPE_PARTS_TAG, String(chunks.length));
        else tags.delete(ENVELOPE_PARTS_TAG);
        clear(context, chunks.length, old.parts);
        await context.sync();
        return true;
      });
    },
    remove(mayReplace) {
      return run(async (context) => {
        const old = await look(context);
        if (old.raw === undefined || !mayReplace({ slot: 'tag', raw: old.raw })) return;
        clear(context, 0, old.parts);
        context.presentation.tags.delete(ENVELOPE_PARTS_TAG);
        await context.sync();
      });
    },
  };
}
