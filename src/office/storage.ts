// The plan stored in the document. Each host keeps copies in one or more slots (Word: a custom
// XML part; PowerPoint: document settings plus a custom XML part or a presentation tag, because
// settings are reported lost in PowerPoint on the web — OfficeDev/office-js#2704, #3318). On
// open the newest valid copy wins. A copy that cannot be read — damaged, from a newer add-in,
// or failing validation — is never overwritten: it is reported with its raw text, and saves go
// around it.
import { readEnvelopeText, writeEnvelopeText, type Envelope } from '../plan/envelope';
import type { Localized } from '../plan/messages';
import { describeError } from './result';
import { envelopeFromXml, envelopeToXml, ENVELOPE_NAMESPACE } from './xml';
import type { PowerPointRun } from './powerpoint';

/** One stored copy as found: `slot` names where (e.g. 'settings', 'xml:{id}', 'tag'). */
export interface StoredCopy {
  readonly slot: string;
  readonly raw: string;
}

export interface StorageBackend {
  /** Where this backend keeps its copies, in words for messages. */
  readonly where: Localized;
  read(): Promise<StoredCopy[]>;
  /** Stores `text`, leaving every slot in `keep` as it is. Returns false when it had no slot. */
  write(text: string, keep: ReadonlySet<string>): Promise<boolean>;
}

export interface UnreadableCopy {
  readonly slot: string;
  readonly where: Localized;
  /** What is wrong, for the user. */
  readonly message: Localized;
  /** The stored text as it is, for "export raw". */
  readonly raw: string;
}

export interface OpenResult {
  /** The newest valid copy, if any. */
  readonly envelope?: Envelope;
  /** Set when the winning copy was written by an older version and upgraded on reading. */
  readonly migratedFrom?: number;
  readonly unreadable: readonly UnreadableCopy[];
  /** Backends that could not be read at all (the host failed), in words. */
  readonly failures: readonly Localized[];
}

export type SaveResult =
  | { readonly ok: true; readonly copies: number }
  | { readonly ok: false; readonly message: Localized };

export interface PlanStore {
  open(): Promise<OpenResult>;
  save(envelope: Envelope): Promise<SaveResult>;
}

export function createPlanStore(backends: readonly StorageBackend[]): PlanStore {
  // Slots that held unreadable data at the last open: saves never write into them.
  const keep = new Set<string>();
  // Backends whose read failed: what they hold is unknown, so saves leave them alone (a write
  // could replace or delete copies nobody has looked at).
  const unread = new Set<StorageBackend>();
  let opened = false;

  return {
    async open() {
      const unreadable: UnreadableCopy[] = [];
      const failures: Localized[] = [];
      unread.clear();
      let best: { envelope: Envelope; migratedFrom?: number } | undefined;
      for (const backend of backends) {
        let copies: StoredCopy[];
        try {
          copies = await backend.read();
        } catch (error) {
          unread.add(backend);
          failures.push({
            de: `${backend.where.de}: nicht lesbar (${describeError(error)}).`,
            en: `${backend.where.en}: could not be read (${describeError(error)}).`,
          });
          continue;
        }
        for (const copy of copies) {
          const read = readEnvelopeText(copy.raw);
          if (!read.ok) {
            keep.add(copy.slot);
            unreadable.push({
              slot: copy.slot,
              where: backend.where,
              message: read.message,
              raw: copy.raw,
            });
          } else if (
            !best ||
            Date.parse(read.envelope.savedAt) > Date.parse(best.envelope.savedAt)
          ) {
            best = read;
          }
        }
      }
      opened = true;
      return { ...best, unreadable, failures };
    },

    async save(envelope) {
      if (!opened) {
        // Saving before the stored data was looked at could overwrite what it could not read.
        return {
          ok: false,
          message: {
            de: 'Der gespeicherte Plan wurde noch nicht gelesen; nichts gespeichert.',
            en: 'The stored plan has not been read yet; nothing was saved.',
          },
        };
      }
      const text = writeEnvelopeText(envelope);
      const problems: string[] = [];
      let copies = 0;
      for (const backend of backends) {
        if (unread.has(backend)) continue;
        try {
          if (await backend.write(text, keep)) copies++;
        } catch (error) {
          problems.push(`${backend.where.en}: ${describeError(error)}`);
        }
      }
      if (copies > 0) return { ok: true, copies };
      const detail = problems.length > 0 ? ` (${problems.join('; ')})` : '';
      return {
        ok: false,
        message: {
          de: `Der Plan konnte nicht im Dokument gespeichert werden${detail}. Bitte den Plan als Datei exportieren.`,
          en: `The plan could not be saved in the document${detail}. Please export the plan as a file.`,
        },
      };
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

/** Document settings (common API): one slot. */
export function settingsBackend(settings: Office.Settings): StorageBackend {
  return {
    where: { de: 'Dokumenteinstellungen', en: 'document settings' },
    read() {
      const value: unknown = settings.get(SETTINGS_KEY);
      if (value === null || value === undefined) return Promise.resolve([]);
      const raw = typeof value === 'string' ? value : JSON.stringify(value);
      return Promise.resolve([{ slot: 'settings', raw }]);
    },
    async write(text, keep) {
      if (keep.has('settings')) return false;
      settings.set(SETTINGS_KEY, text);
      await settle<void>((done) => settings.saveAsync(done));
      return true;
    },
  };
}

/** Custom XML parts through the common API (Word): a new part per save, older ones removed. */
export function commonXmlBackend(parts: Office.CustomXmlParts): StorageBackend {
  const find = (): Promise<Office.CustomXmlPart[]> =>
    settle<Office.CustomXmlPart[]>((done) => parts.getByNamespaceAsync(ENVELOPE_NAMESPACE, done));
  return {
    where: { de: 'benutzerdefinierter XML-Teil', en: 'custom XML part' },
    async read() {
      const found = await find();
      return Promise.all(
        found.map(async (part) => {
          const xml = await settle<string>((done) => part.getXmlAsync(done));
          return { slot: `xml:${part.id}`, raw: envelopeFromXml(xml) ?? xml };
        }),
      );
    },
    async write(text, keep) {
      const old = await find();
      // Add first, then remove: a failure in between leaves two valid copies, never none.
      await settle((done) => parts.addAsync(envelopeToXml(text), done));
      for (const part of old.filter((p) => !keep.has(`xml:${p.id}`))) {
        await settle<void>((done) => part.deleteAsync(done));
      }
      return true;
    },
  };
}

/** Custom XML parts through PowerPointApi 1.7. */
export function presentationXmlBackend(run: PowerPointRun): StorageBackend {
  return {
    where: { de: 'benutzerdefinierter XML-Teil', en: 'custom XML part' },
    read() {
      return run(async (context) => {
        const parts = context.presentation.customXmlParts.getByNamespace(ENVELOPE_NAMESPACE);
        parts.load('items/id');
        await context.sync();
        const found = parts.items.map((part) => ({ id: part.id, xml: part.getXml() }));
        await context.sync();
        return found.map(({ id, xml }) => ({
          slot: `xml:${id}`,
          raw: envelopeFromXml(xml.value) ?? xml.value,
        }));
      });
    },
    write(text, keep) {
      return run(async (context) => {
        const collection = context.presentation.customXmlParts;
        const old = collection.getByNamespace(ENVELOPE_NAMESPACE);
        old.load('items/id');
        await context.sync();
        const stale = old.items.filter((part) => !keep.has(`xml:${part.id}`));
        collection.add(envelopeToXml(text));
        for (const part of stale) part.delete();
        await context.sync();
        return true;
      });
    },
  };
}

export const ENVELOPE_TAG = 'KAP_ENVELOPE';

/** A presentation tag (PowerPointApi 1.3): the second copy where custom XML parts are missing. */
export function presentationTagBackend(run: PowerPointRun): StorageBackend {
  return {
    where: { de: 'Präsentations-Tag', en: 'presentation tag' },
    read() {
      return run(async (context) => {
        const tag = context.presentation.tags.getItemOrNullObject(ENVELOPE_TAG);
        tag.load('value');
        await context.sync();
        return tag.isNullObject ? [] : [{ slot: 'tag', raw: tag.value }];
      });
    },
    write(text, keep) {
      if (keep.has('tag')) return Promise.resolve(false);
      return run(async (context) => {
        context.presentation.tags.add(ENVELOPE_TAG, text);
        await context.sync();
        return true;
      });
    },
  };
}
