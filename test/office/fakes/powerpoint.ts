// A fake of the PowerPoint object model (PowerPointApi 1.3, plus getSelectedSlides from 1.5 and
// custom XML parts from 1.7 when the fake says it has them). Slides have ids, an order, tags and
// the slide XML they were inserted from, so tests can see what went where. Where PowerPoint is
// documented or reported to behave in a surprising way, the fake does the same:
//
// - Slide ids take the form PowerPoint gives, "267#763315295": the slide's id in the file, "#",
//   its creation id (the docs' InsertSlideOptions.targetSlideId accepts "nnn#", "#creationId" or
//   both). `shortIds` gives the short form "267#" some hosts report.
// - Duplicating a slide copies its tags (duplicateSlide, the user's action).
// - insertSlidesFromBase64 refuses a file that is not a presentation with InvalidArgument, and
//   takes the slides in the order of presentation.xml's slide list, with their tags.
// - `lateInserts`: on PowerPoint on the web inserted slides may not be visible to the next
//   loads at once (office-js#2903, #2427, #3087).
// - `interleaved`: a co-author or another window changes the deck between two round trips.
import JSZip from 'jszip';
import {
  Batch,
  BatchError,
  Loadable,
  PropertyNotLoaded,
  decodeBase64,
  parseLoad,
  type Interleaved,
} from './batch';
import { emptyStore, malformed, namespaceOf, FakeSettings, type DocumentStore } from './common';

export interface ModelSlide {
  /** "267#763315295": the slide's id in the file and its creation id. */
  readonly id: string;
  readonly tags: Map<string, string>;
  /** The slide's XML as inserted; the user's own slides have a plain text here. */
  readonly content: string;
  readonly formatting: string;
  /** Loads of the slide collection that do not see this slide yet (office-js#2903). */
  hiddenLoads?: number;
}

export interface PresentationModel {
  slides: ModelSlide[];
  selected: string[];
  tags: Map<string, string>;
  store: DocumentStore;
  nextSlideId: number;
  /** The next creation id: PowerPoint's are random 32-bit numbers; these are only distinct. */
  nextCreationId: number;
}

export interface PowerPointOptions {
  /** Requirement sets the host reports, e.g. ['PowerPointApi 1.3']; default 1.1–1.5. */
  readonly sets?: readonly string[];
  /** Sync numbers at which the host fails, after that many of the batch's operations. */
  readonly failures?: ReadonlyMap<number, { afterOperations: number }>;
  /** A second actor's changes, keyed by the sync they come before. */
  readonly interleaved?: Interleaved;
  /** Slide.id as "267#" instead of "267#763315295". */
  readonly shortIds?: boolean;
  /** Inserted slides stay invisible to this many later loads of a slide collection. */
  readonly lateInserts?: number;
  /** Inserted slides arrive without the tags the source file gave them. */
  readonly dropsSourceTags?: boolean;
}

/** A new slide id in PowerPoint's long form. */
export function newSlideId(model: PresentationModel): string {
  return `${model.nextSlideId++}#${model.nextCreationId++}`;
}

/** Matches an id in any of the forms the API accepts: "267#", "#763315295", "267#763315295". */
function sameSlide(slide: ModelSlide, id: string): boolean {
  const [number, creation] = id.split('#');
  const [own, ownCreation] = slide.id.split('#');
  if (number && number !== own) return false;
  if (creation && creation !== ownCreation) return false;
  return Boolean(number || creation);
}

export function presentationWith(contents: readonly string[]): PresentationModel {
  const model: PresentationModel = {
    slides: [],
    selected: [],
    tags: new Map(),
    store: emptyStore(),
    nextSlideId: 256,
    nextCreationId: 763315295,
  };
  for (const content of contents) {
    model.slides.push({ id: newSlideId(model), tags: new Map(), content, formatting: 'user' });
  }
  return model;
}

/** The user duplicates a slide (Ctrl+D): a copy right after it, with a new id and the same tags. */
export function duplicateSlide(model: PresentationModel, id: string): ModelSlide {
  const index = model.slides.findIndex((s) => s.id === id);
  const original = model.slides[index];
  if (!original) throw new Error(`no slide ${id}`);
  const copy: ModelSlide = {
    id: newSlideId(model),
    tags: new Map(original.tags),
    content: original.content,
    formatting: original.formatting,
  };
  model.slides.splice(index + 1, 0, copy);
  return copy;
}

/** The user (or a co-author) adds a slide of their own after `index` (-1: at the start). */
export function addUserSlide(model: PresentationModel, index: number, content: string): ModelSlide {
  const slide: ModelSlide = { id: newSlideId(model), tags: new Map(), content, formatting: 'user' };
  model.slides.splice(index + 1, 0, slide);
  return slide;
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
    readonly options: PowerPointOptions = {},
  ) {
    this.sets = new Set(options.sets ?? versionsUpTo(5));
    this.failures = options.failures ?? new Map();
    this.settings = new FakeSettings(model.store);
  }

  /** Slide.id as this host reports it. */
  reportedId(slide: ModelSlide): string {
    return this.options.shortIds ? `${slide.id.split('#')[0]}#` : slide.id;
  }

  has(set: string): boolean {
    return this.sets.has(set);
  }

  /** Like PowerPoint.run: one request context per batch function. */
  readonly run = async <T>(
    batch: (context: PowerPoint.RequestContext) => Promise<T>,
  ): Promise<T> => {
    const context = new FakeContext(
      this,
      new Batch(this.counter, this.failures, this.options.interleaved),
    );
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
    this.slideCollection ??= new FakeSlideCollection(this.batch, this.host, deck, () => {
      // A load sees only the slides that have become visible (office-js#2903).
      const visible = deck().filter((s) => !s.hiddenLoads);
      for (const slide of deck()) if (slide.hiddenLoads) slide.hiddenLoads--;
      return visible;
    });
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
      this.host,
      () => this.host.model.slides,
      () => {
        requireSet(this.host, 'PowerPointApi 1.5', 'getSelectedSlides');
        const model = this.host.model;
        return model.slides.filter((s) => model.selected.some((id) => sameSlide(s, id)));
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
        const id = options.targetSlideId;
        const index = model.slides.findIndex((s) => sameSlide(s, id));
        if (index < 0) throw new BatchError('SlideNotFound', `no slide ${id}`);
        at = index + 1;
      }
      const source = await readPresentation(base64);
      const late = this.host.options.lateInserts ?? 0;
      const inserted = source.map((slide): ModelSlide => ({
        id: newSlideId(model),
        tags: this.host.options.dropsSourceTags ? new Map<string, string>() : slide.tags,
        content: slide.xml,
        formatting: options.formatting ?? 'KeepSourceFormatting',
        ...(late > 0 ? { hiddenLoads: late } : {}),
      }));
      model.slides.splice(at, 0, ...inserted);
    });
  }
}

const REL_TAGS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/tags';

/** The relationships of a part: id → target, resolved against the part's folder. */
async function relationships(
  zip: JSZip,
  part: string,
): Promise<Map<string, { type: string; target: string }>> {
  const folder = part.slice(0, part.lastIndexOf('/'));
  const relsPath = `${folder}/_rels/${part.slice(folder.length + 1)}.rels`;
  const xml = (await zip.file(relsPath)?.async('string')) ?? '';
  const rels = new Map<string, { type: string; target: string }>();
  for (const m of xml.matchAll(/<Relationship\b([^>]*)\/?>/g)) {
    const attr = (name: string): string => new RegExp(`${name}="([^"]*)"`).exec(m[1]!)?.[1] ?? '';
    const target = new URL(attr('Target'), `https://x/${folder}/`).pathname.slice(1);
    rels.set(attr('Id'), { type: attr('Type'), target });
  }
  return rels;
}

/**
 * The slides of a .pptx as PowerPoint reads them: in the order of presentation.xml's slide list,
 * each with its tags. Anything that is not a presentation is refused, as PowerPoint does, with
 * InvalidArgument.
 */
async function readPresentation(
  base64: string,
): Promise<{ xml: string; tags: Map<string, string> }[]> {
  const refuse = (why: string): BatchError =>
    new BatchError('InvalidArgument', `not a presentation: ${why}`);
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(decodeBase64(base64));
  } catch {
    throw refuse('not a zip package');
  }
  const types = await zip.file('[Content_Types].xml')?.async('string');
  const presentation = await zip.file('ppt/presentation.xml')?.async('string');
  if (!types || !presentation) throw refuse('no [Content_Types].xml or ppt/presentation.xml');
  const rels = await relationships(zip, 'ppt/presentation.xml');
  const ids = [...presentation.matchAll(/<p:sldId\b[^>]*\br:id="([^"]+)"/g)].map((m) => m[1]!);
  const slides: { xml: string; tags: Map<string, string> }[] = [];
  for (const rid of ids) {
    const path = rels.get(rid)?.target;
    const xml = path ? await zip.file(path)?.async('string') : undefined;
    if (!path || xml === undefined) throw refuse(`slide ${rid} is missing`);
    const tags = new Map<string, string>();
    for (const rel of (await relationships(zip, path)).values()) {
      if (rel.type !== REL_TAGS) continue;
      const tagXml = (await zip.file(rel.target)?.async('string')) ?? '';
      for (const t of tagXml.matchAll(/<p:tag name="([^"]*)" val="([^"]*)"/g)) {
        tags.set(t[1]!.toUpperCase(), t[2]!);
      }
    }
    slides.push({ xml, tags });
  }
  return slides;
}

class FakeSlideCollection extends Loadable {
  private loadedItems: FakeSlide[] | undefined;
  constructor(
    batch: Batch,
    private readonly host: FakePowerPoint,
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
        const proxy = new FakeSlide(this.batch, this.host, this.deck, () => slide);
        proxy.snapshot(items);
        return proxy;
      });
    });
    return this;
  }

  getItem(id: string): FakeSlide {
    return new FakeSlide(this.batch, this.host, this.deck, () => {
      const slide = this.deck().find((s) => sameSlide(s, id));
      if (!slide) throw new BatchError('ItemNotFound', `no slide ${id}`);
      return slide;
    });
  }
}

class FakeSlide extends Loadable {
  constructor(
    batch: Batch,
    private readonly host: FakePowerPoint,
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
      { id: this.host.reportedId(slide) },
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
      const problem = malformed(xml);
      if (problem) throw new BatchError('InvalidArgument', `The XML is not valid: ${problem}`);
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
