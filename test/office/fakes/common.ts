// Fakes of the Office common API pieces the add-in uses: document settings and (for Word) the
// custom XML parts. Both persist per document. Results come through callbacks with an
// AsyncResult, asynchronously. As in Office:
// - each add-in instance works on an in-memory copy of the settings, loaded when it starts;
//   saveAsync writes the whole copy to the document, refreshAsync reads what another instance
//   saved meanwhile (@types/office-js, Settings.refreshAsync);
// - a custom XML part must be well-formed XML: Office refuses one that is not (XML 1.0 cannot
//   hold U+FFFE, U+FFFF or most control characters, not even as character references).
import { SaxesParser } from 'saxes';

export interface StoredPart {
  readonly id: string;
  xml: string;
}

/** What a document keeps between sessions. */
export interface DocumentStore {
  settings: Map<string, unknown>;
  parts: StoredPart[];
  nextPartId: number;
}

export function emptyStore(): DocumentStore {
  return { settings: new Map(), parts: [], nextPartId: 1 };
}

type Callback<T> = (result: Office.AsyncResult<T>) => void;

function succeeded<T>(value: T): Office.AsyncResult<T> {
  return { status: 'succeeded', value } as unknown as Office.AsyncResult<T>;
}
function failed<T>(message: string): Office.AsyncResult<T> {
  return {
    status: 'failed',
    value: undefined,
    error: { code: 5001, name: 'Internal Error', message },
  } as unknown as Office.AsyncResult<T>;
}

function later(run: () => void): void {
  setTimeout(run, 0);
}

/** The parser's complaint when `xml` is not well-formed XML 1.0, else undefined. */
export function malformed(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  try {
    parser.write(xml).close();
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

export function namespaceOf(xml: string): string | undefined {
  return /<[^?!][^>]*?\sxmlns(?::\w+)?="([^"]*)"/.exec(xml)?.[1];
}

export class FakeSettings {
  private pending: Map<string, unknown>;
  saves = 0;
  /** Saves that fail from now on (Infinity: all); counts down with each failure. */
  failSaves: number | boolean = false;

  constructor(private readonly store: DocumentStore) {
    this.pending = new Map(store.settings);
  }

  get(name: string): unknown {
    return this.pending.has(name) ? structuredClone(this.pending.get(name)) : null;
  }
  set(name: string, value: unknown): void {
    this.pending.set(name, structuredClone(value));
  }
  remove(name: string): void {
    this.pending.delete(name);
  }
  refreshAsync(callback?: Callback<FakeSettings>): void {
    later(() => {
      this.pending = new Map(this.store.settings);
      callback?.(succeeded(this));
    });
  }
  saveAsync(callback?: Callback<void>): void {
    later(() => {
      if (this.failSaves === true || (typeof this.failSaves === 'number' && this.failSaves > 0)) {
        if (typeof this.failSaves === 'number') this.failSaves--;
        callback?.(failed('settings could not be saved'));
        return;
      }
      this.saves++;
      this.store.settings = new Map(this.pending);
      callback?.(succeeded(undefined));
    });
  }
}

class FakeCommonPart {
  constructor(
    private readonly store: DocumentStore,
    readonly id: string,
  ) {}
  get namespaceURI(): string {
    return namespaceOf(this.find()?.xml ?? '') ?? '';
  }
  private find(): StoredPart | undefined {
    return this.store.parts.find((p) => p.id === this.id);
  }
  getXmlAsync(callback: Callback<string>): void {
    later(() => {
      const part = this.find();
      callback(part ? succeeded(part.xml) : failed('part deleted'));
    });
  }
  deleteAsync(callback: Callback<void>): void {
    later(() => {
      const index = this.store.parts.findIndex((p) => p.id === this.id);
      if (index < 0) return callback(failed('part deleted'));
      this.store.parts.splice(index, 1);
      callback(succeeded(undefined));
    });
  }
}

export class FakeCommonCustomXmlParts {
  constructor(private readonly store: DocumentStore) {}

  addAsync(xml: string, callback: Callback<FakeCommonPart>): void {
    later(() => {
      const problem = malformed(xml);
      if (problem) return callback(failed(`The XML is not valid: ${problem}`));
      const id = `{${String(this.store.nextPartId++).padStart(8, '0')}-0000-0000-0000-000000000000}`;
      this.store.parts.push({ id, xml });
      callback(succeeded(new FakeCommonPart(this.store, id)));
    });
  }

  getByNamespaceAsync(ns: string, callback: Callback<FakeCommonPart[]>): void {
    later(() => {
      const parts = this.store.parts
        .filter((p) => namespaceOf(p.xml) === ns)
        .map((p) => new FakeCommonPart(this.store, p.id));
      callback(succeeded(parts));
    });
  }
}

/** Casts for handing the fakes to code typed against office.js. */
export function asSettings(settings: FakeSettings): Office.Settings {
  return settings as unknown as Office.Settings;
}
export function asCustomXmlParts(parts: FakeCommonCustomXmlParts): Office.CustomXmlParts {
  return parts as unknown as Office.CustomXmlParts;
}
