// A fake of the PowerPoint object model (PowerPointApi 1.3, plus getSelectedSlides from 1.5 and
// custom XML parts from 1.7 when the fake says it has them). Slides have ids, an order, tags and
// the slide XML they were inserted from, so tests can see what went where.
import JSZip from 'jszip';
import { Batch, BatchError, Loadable, PropertyNotLoaded, decodeBase64, parseLoad } from './batch';
import { emptyStore, namespaceOf, FakeSettings, type DocumentStore } from './common';

export interface ModelSlide {
  readonly id: string;
  readonly tags: Map<string, string>;
  /** The slide's XML as inserted; the user's own slides have a plain text here. */
  readonly content: string;
  readonly formatting: string;
}

export interface PresentationModel {
  slides: ModelSlide[];
  selected: string[];
  tags: Map<string, string>;
  store: DocumentStore;
  nextSlideId: number;
}

export interface PowerPointOptions {
  /** Requirement sets the host reports, e.g. ['PowerPointApi 1.3']; default 1.1–1.5. */
  readonly sets?: readonly string[];
  /** Sync numbers at which the host fails, after that many of the batch's operations. */
  readonly failures?: ReadonlyMap<number, { afterOperations: number }>;
}

export function presentationWith(contents: readonly string[]): PresentationModel {
  const model: PresentationModel = {
    slides: [],
    selected: [],
    tags: new Map(),
    store: emptyStore(),
    nextSlideId: 256,
  };
  for (const content of contents) {
    model.slides.push({
      id: `${model.nextSlideId++}#`,
      tags: new Map(),
      content,
      formatting: 'user',
    });
  }
  return model;
}

function versionsUpTo(minor: number): string[] {
  return Array.from({ length: minor }, (_, i) => `PowerPointApi 1.${i + 1}`);
}

export class FakePowerPoint {
  readonly counter = { syncs: 0 };
  readonly sets: Set<string>;
  readonly settings: FakeSettings;
  private readonly failures: ReadonlyMap<number, { afterOperations: number }>;

  constructor(
    readonly model: PresentationModel,
    options: PowerPointOptions = {},
  ) {
    this.sets = new Set(options.sets ?? versionsUpTo(5));
    this.failures = options.failures ?? new Map();
    this.settings = new FakeSettings(model.store);
  }

  has(set: string): boolean {
    return this.sets.has(set);
  }

  /** Like PowerPoint.run: one request context per batch function. */
  readonly run = async <T>(
    batch: (context: PowerPoint.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const context = new FakeContext(this, new Batch(this.counter, this.failures));
    return batch(context as unknown as PowerPoint.RequestContext);
  };

  /** The slides' contents in order; the writer's slides show as "step:content". */
  deck(): string[] {
    return this.model.slides.map((s) => {
      const step = s.tags.get('KAP_STEP');
      return step === undefined ? s.content : `${step}:${slideText(s.content)}`;
    });
  }
}

/** The text a test renderer put into a slide: <a:t>…</a:t> runs joined. */
export function slideText(xml: string): string {
  const runs = [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]);
  return runs.length > 0 ? runs.join(' ') : xml;
}

class FakeContext {
  readonly presentation: FakePresentation;
  constructor(
    host: FakePowerPoint,
    private readonly batch: Batch,
  ) {
    this.presentation = new FakePresentation(batch, host);
  }
  sync(): Promise<void> {
    return this.batch.sync();
  }
}

function requireSet(host: FakePowerPoint, set: string, member: string): void {
  if (!host.has(set)) throw new BatchError('ApiNotFound', `${member} needs ${set}`);
}

class FakePresentation {
  private slideCollection: FakeSlideCollection | undefined;
  constructor(
    private readonly batch: Batch,
    private readonly host: FakePowerPoint,
  ) {}

  get slides(): FakeSlideCollection {
    const deck = (): ModelSlide[] => this.host.model.slides;
    this.slideCollection ??= new FakeSlideCollection(this.batch, deck, deck);
    return this.slideCollection;
  }

  get tags(): FakeTagCollection {
    return new FakeTagCollection(this.batch, () => {
      requireSet(this.host, 'PowerPointApi 1.3', 'presentation.tags');
      return this.host.model.tags;
    });
  }

  get customXmlParts(): FakeXmlPartCollection {
    return new FakeXmlPartCollection(this.batch, this.host);
  }

  getSelectedSlides(): FakeSlideCollection {
    return new FakeSlideCollection(
      this.batch,
      () => this.host.model.slides,
      () => {
        requireSet(this.host, 'PowerPointApi 1.5', 'getSelectedSlides');
        const model = this.host.model;
        return model.slides.filter((s) => model.selected.includes(s.id));
      },
    );
  }

  insertSlidesFromBase64(
    base64: string,
    options: { formatting?: string; targetSlideId?: string } = {},
  ): void {
    this.batch.enqueue(async () => {
      requireSet(this.host, 'PowerPointApi 1.2', 'insertSlidesFromBase64');
      const model = this.host.model;
      let at = 0;
      if (options.targetSlideId !== undefined) {
        const index = model.slides.findIndex((s) => s.id === options.targetSlideId);
        if (index < 0) throw new BatchError('SlideNotFound', `no slide ${options.targetSlideId}`);
        at = index + 1;
      }
      const zip = await JSZip.loadAsync(decodeBase64(base64));
      const names = Object.keys(zip.files)
        .map((name) => ({ name, n: /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1] }))
        .filter((e): e is { name: string; n: string } => e.n !== undefined)
        .sort((a, b) => Number(a.n) - Number(b.n));
      const inserted: ModelSlide[] = [];
      for (const { name } of names) {
        inserted.push({
          id: `${model.nextSlideId++}#`,
          tags: new Map(),
          content: await zip.file(name)!.async('string'),
          formatting: options.formatting ?? 'KeepSourceFormatting',
        });
      }
      model.slides.splice(at, 0, ...inserted);
    });
  }
}

class FakeSlideCollection extends Loadable {
  private loadedItems: FakeSlide[] | undefined;
  constructor(
    batch: Batch,
    private readonly deck: () => ModelSlide[],
    private readonly source: () => ModelSlide[],
  ) {
    super(batch);
  }

  get items(): FakeSlide[] {
    if (!this.loadedItems) throw new PropertyNotLoaded('items');
    return this.loadedItems;
  }

  load(selection?: string | string[]): this {
    const { items } = parseLoad(selection);
    this.batch.enqueue(() => {
      this.loadedItems = this.source().map((slide) => {
        const proxy = new FakeSlide(this.batch, this.deck, () => slide);
        proxy.snapshot(items);
        return proxy;
      });
    });
    return this;
  }

  getItem(id: string): FakeSlide {
    return new FakeSlide(this.batch, this.deck, () => {
      const slide = this.source().find((s) => s.id === id);
      if (!slide) throw new BatchError('ItemNotFound', `no slide ${id}`);
      return slide;
    });
  }
}

class FakeSlide extends Loadable {
  constructor(
    batch: Batch,
    private readonly deck: () => ModelSlide[],
    private readonly resolve: () => ModelSlide,
  ) {
    super(batch);
  }
  get id(): string {
    return this.read('id');
  }
  get tags(): FakeTagCollection {
    return new FakeTagCollection(this.batch, () => this.resolve().tags);
  }
  snapshot(names: Iterable<string>): void {
    const slide = this.resolve();
    this.fill(
      { id: slide.id },
      [...names].filter((n) => !n.includes('/')),
    );
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => this.snapshot(own));
    return this;
  }
  delete(): void {
    this.batch.enqueue(() => {
      const slide = this.resolve();
      const all = this.deck();
      const index = all.indexOf(slide);
      if (index < 0) throw new BatchError('ItemNotFound', `slide ${slide.id} is gone`);
      all.splice(index, 1);
    });
  }
}

class FakeTag extends Loadable {
  constructor(
    batch: Batch,
    private readonly resolve: () => { key: string; value: string } | undefined,
  ) {
    super(batch);
  }
  get key(): string {
    return this.read('key');
  }
  get value(): string {
    return this.read('value');
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => this.snapshot(own));
    return this;
  }
  snapshot(names: Iterable<string>): void {
    const tag = this.resolve();
    this.fill({ key: tag?.key ?? '', value: tag?.value ?? '', isNullObject: tag === undefined }, [
      ...names,
      'isNullObject',
    ]);
  }
}

class FakeTagCollection extends Loadable {
  private loadedItems: FakeTag[] | undefined;
  constructor(
    batch: Batch,
    private readonly resolve: () => Map<string, string>,
  ) {
    super(batch);
  }
  get items(): FakeTag[] {
    if (!this.loadedItems) throw new PropertyNotLoaded('items');
    return this.loadedItems;
  }
  load(selection?: string | string[]): this {
    const { items } = parseLoad(selection);
    this.batch.enqueue(() => {
      this.loadedItems = [...this.resolve().entries()].map(([key, value]) => {
        const tag = new FakeTag(this.batch, () => ({ key, value }));
        tag.snapshot(items);
        return tag;
      });
    });
    return this;
  }
  add(key: string, value: string): void {
    // PowerPoint stores tag keys in capitals whatever the caller wrote.
    this.batch.enqueue(() => void this.resolve().set(key.toUpperCase(), value));
  }
  delete(key: string): void {
    this.batch.enqueue(() => void this.resolve().delete(key.toUpperCase()));
  }
  getItemOrNullObject(key: string): FakeTag {
    return new FakeTag(this.batch, () => {
      const value = this.resolve().get(key.toUpperCase());
      return value === undefined ? undefined : { key: key.toUpperCase(), value };
    });
  }
}

class FakeClientResult<T> {
  private result: { value: T } | undefined;
  set(value: T): void {
    this.result = { value };
  }
  get value(): T {
    if (!this.result) throw new BatchError('PropertyNotLoaded', 'result read before sync');
    return this.result.value;
  }
}

class FakeXmlPart extends Loadable {
  constructor(
    batch: Batch,
    private readonly host: FakePowerPoint,
    private readonly resolve: () => { id: string; xml: string },
  ) {
    super(batch);
  }
  get id(): string {
    return this.read('id');
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => this.snapshot(own));
    return this;
  }
  snapshot(names: Iterable<string>): void {
    const part = this.resolve();
    this.fill({ id: part.id, namespaceUri: namespaceOf(part.xml) ?? '' }, names);
  }
  getXml(): FakeClientResult<string> {
    const result = new FakeClientResult<string>();
    this.batch.enqueue(() => result.set(this.resolve().xml));
    return result;
  }
  delete(): void {
    this.batch.enqueue(() => {
      const part = this.resolve();
      const parts = this.host.model.store.parts;
      parts.splice(parts.indexOf(part), 1);
    });
  }
}

class FakeXmlPartCollection extends Loadable {
  constructor(
    batch: Batch,
    private readonly host: FakePowerPoint,
  ) {
    super(batch);
  }
  private parts(): DocumentStore['parts'] {
    requireSet(this.host, 'PowerPointApi 1.7', 'customXmlParts');
    return this.host.model.store.parts;
  }
  add(xml: string): FakeXmlPart {
    let created: { id: string; xml: string } | undefined;
    this.batch.enqueue(() => {
      const store = this.host.model.store;
      created = { id: `{pp-${store.nextPartId++}}`, xml };
      this.parts().push(created);
    });
    return new FakeXmlPart(this.batch, this.host, () => {
      if (!created) throw new BatchError('ItemNotFound', 'part not created yet');
      return created;
    });
  }
  getByNamespace(ns: string): FakeXmlPartScoped {
    return new FakeXmlPartScoped(this.batch, this.host, () =>
      this.parts().filter((p) => namespaceOf(p.xml) === ns),
    );
  }
}

class FakeXmlPartScoped extends Loadable {
  private loadedItems: FakeXmlPart[] | undefined;
  constructor(
    batch: Batch,
    private readonly host: FakePowerPoint,
    private readonly source: () => { id: string; xml: string }[],
  ) {
    super(batch);
  }
  get items(): FakeXmlPart[] {
    if (!this.loadedItems) throw new PropertyNotLoaded('items');
    return this.loadedItems;
  }
  load(selection?: string | string[]): this {
    const { items } = parseLoad(selection);
    this.batch.enqueue(() => {
      this.loadedItems = this.source().map((part) => {
        const proxy = new FakeXmlPart(this.batch, this.host, () => part);
        proxy.snapshot(items);
        return proxy;
      });
    });
    return this;
  }
}
