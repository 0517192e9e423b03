// A fake of the Word object model (WordApi 1.3, changeTrackingMode from 1.4) as far as the add-in
// uses it: a body of paragraphs, tables and block-level content controls (tag, title, content,
// locks), lists, the selection, and the common API's settings and custom XML parts. Calls are
// queued and applied at sync. Where Word is documented or reported to behave in a surprising
// way, the fake does the same, and names the source:
//
// - A new paragraph takes over the list membership of the paragraph it is inserted next to, as
//   a new paragraph in Word does; `startNewList` fails on a paragraph that already is a list item
//   (@types/office-js: "Fails if the paragraph is already a list item"; office-js#2307).
// - `dropTagsOnReplace`: a control loses its tag and title when its content is replaced. Reported
//   for content replaced with insertFileFromBase64 (office-js#1467, #2752), which the add-in does
//   not use; kept as a stricter check that a write sets both again.
// - `tagEditsLostOnReopen`: a tag or title changed on a control that existed when the document
//   was opened is gone after reopening (Word on the web, office-js#2052).
// - `reverseEndInsertsInNewControls`: paragraphs added at the end of a content control made in
//   this session come out in reverse order (Word on the web, office-js#3599).
// - `failEditsAtCursor`: changing a control while the user's cursor is inside it fails (Word on
//   the web, office-js#2815).
// - body.insertParagraph(…, 'End') on a document that ends in a content control goes into that
//   control (office-js#866: "End" inserts inside the boundaries of the last control).
// - With track changes on, a deleted control stays in the document, marked deleted, and
//   contentControls still returns it (office-js#1524).
// - A protected or read-only document refuses every change with AccessDenied.
import {
  Batch,
  BatchError,
  Loadable,
  PropertyNotLoaded,
  parseLoad,
  type Interleaved,
} from './batch';
import { emptyStore, FakeCommonCustomXmlParts, FakeSettings, type DocumentStore } from './common';

export interface WordFont {
  bold?: boolean;
  italic?: boolean;
  color?: string;
}
export interface WordParagraph {
  readonly kind: 'p';
  text: string;
  style: string;
  listId?: number;
  font: WordFont;
}
export interface WordTable {
  readonly kind: 'table';
  values: string[][];
  headerRowCount: number;
  style: string;
  font: { size?: number };
}
export interface WordControl {
  readonly kind: 'cc';
  readonly id: number;
  tag: string;
  title: string;
  children: WordNode[];
  /** Locked by the user (content control properties: "Contents cannot be edited"). */
  cannotEdit?: boolean;
  /** Deleted while track changes was on: still in the document (office-js#1524). */
  deleted?: boolean;
}
export type WordNode = WordParagraph | WordTable | WordControl;

export interface WordDocumentModel {
  body: WordNode[];
  lists: Map<number, string>;
  store: DocumentStore;
  nextId: number;
  /** Where the user's cursor is: inside a node, or just before or after it. */
  cursor?: { node: WordNode; where: 'in' | 'before' | 'after' };
  changeTracking: 'Off' | 'TrackAll' | 'TrackMineOnly';
  /** Restrict Editing (or a document opened read-only): every change fails. */
  protection: 'none' | 'readOnly';
}

export interface WordOptions {
  readonly sets?: readonly string[];
  readonly failures?: ReadonlyMap<number, { afterOperations: number }>;
  readonly interleaved?: Interleaved;
  readonly dropTagsOnReplace?: boolean;
  readonly tagEditsLostOnReopen?: boolean;
  readonly reverseEndInsertsInNewControls?: boolean;
  readonly failEditsAtCursor?: boolean;
}

/** The behaviours of Word on the web that the fake can show, all at once. */
export const WORD_ON_THE_WEB: WordOptions = {
  tagEditsLostOnReopen: true,
  reverseEndInsertsInNewControls: true,
  failEditsAtCursor: true,
};

export function paragraph(text: string, style = 'Normal'): WordParagraph {
  return { kind: 'p', text, style, font: {} };
}

/** A document with these nodes; an empty one holds one empty paragraph, as in Word. */
export function documentWith(nodes: WordNode[]): WordDocumentModel {
  return {
    body: nodes.length > 0 ? nodes : [paragraph('')],
    lists: new Map(),
    store: emptyStore(),
    nextId: 1,
    changeTracking: 'Off',
    protection: 'none',
  };
}

function versionsUpTo(minor: number): string[] {
  return Array.from({ length: minor }, (_, i) => `WordApi 1.${i + 1}`);
}

/** Where a node sits: its siblings' array and its index there. */
function locate(
  nodes: WordNode[],
  node: WordNode,
): { siblings: WordNode[]; index: number } | undefined {
  const index = nodes.indexOf(node);
  if (index >= 0) return { siblings: nodes, index };
  for (const child of nodes) {
    if (child.kind === 'cc') {
      const found = locate(child.children, node);
      if (found) return found;
    }
  }
  return undefined;
}

/** The controls that contain `node`, outermost first. */
function ancestors(nodes: readonly WordNode[], node: WordNode): WordControl[] {
  for (const child of nodes) {
    if (child === node) return [];
    if (child.kind === 'cc') {
      if (child.children.includes(node)) return [child];
      const deeper = ancestors(child.children, node);
      if (deeper.length > 0 || contains(child, node)) return [child, ...deeper];
    }
  }
  return [];
}

function contains(control: WordControl, node: WordNode): boolean {
  return control.children.some(
    (child) => child === node || (child.kind === 'cc' && contains(child, node)),
  );
}

export function controlsIn(nodes: readonly WordNode[]): WordControl[] {
  return nodes.flatMap((n) => (n.kind === 'cc' ? [n, ...controlsIn(n.children)] : []));
}

function paragraphsIn(nodes: readonly WordNode[]): WordParagraph[] {
  return nodes.flatMap((n) =>
    n.kind === 'p' ? [n] : n.kind === 'cc' ? paragraphsIn(n.children) : [],
  );
}

/** Every paragraph's text in document order, table cells included (one paragraph a cell). */
function textsIn(nodes: readonly WordNode[]): string[] {
  return nodes.flatMap((n) =>
    n.kind === 'p' ? [n.text] : n.kind === 'cc' ? textsIn(n.children) : n.values.flat(),
  );
}

/** A new paragraph next to `anchor` takes over its style, direct formatting and list. */
function newParagraphLike(text: string, anchor: WordParagraph | undefined): WordParagraph {
  const p: WordParagraph = {
    kind: 'p',
    text,
    style: anchor?.style ?? 'Normal',
    font: { ...anchor?.font },
  };
  if (anchor?.listId !== undefined) p.listId = anchor.listId;
  return p;
}

export class FakeWord {
  readonly counter = { syncs: 0 };
  readonly sets: Set<string>;
  readonly settings: FakeSettings;
  readonly customXmlParts: FakeCommonCustomXmlParts;
  readonly options: WordOptions;
  /** Controls made through the API in this session (office-js#3599 concerns these). */
  readonly madeHere = new Set<WordControl>();
  /** Tag and title of each control as the file will keep them (office-js#2052). */
  private readonly persisted = new Map<WordControl, { tag: string; title: string }>();
  private readonly failures: ReadonlyMap<number, { afterOperations: number }>;

  constructor(
    readonly model: WordDocumentModel,
    options: WordOptions = {},
  ) {
    this.options = options;
    this.sets = new Set(options.sets ?? versionsUpTo(3));
    this.failures = options.failures ?? new Map();
    this.settings = new FakeSettings(model.store);
    this.customXmlParts = new FakeCommonCustomXmlParts(model.store);
    for (const control of controlsIn(model.body)) {
      this.persisted.set(control, { tag: control.tag, title: control.title });
    }
  }

  readonly run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const b = new Batch(this.counter, this.failures, this.options.interleaved);
    const context = { document: new FakeDocument(b, this), sync: () => b.sync() };
    return batch(context as unknown as Word.RequestContext);
  };

  /** Closes the document and opens it again, with what the file kept. */
  reopen(options: WordOptions = this.options): FakeWord {
    if (this.options.tagEditsLostOnReopen) {
      for (const [control, kept] of this.persisted) {
        control.tag = kept.tag;
        control.title = kept.title;
      }
    }
    return new FakeWord(this.model, options);
  }

  /** A property change through the API; lost on reopen for controls older than the session. */
  setProperty(control: WordControl, name: 'tag' | 'title', value: string): void {
    control[name] = value;
  }

  /** A change that the document keeps whatever happens (content replaced, tags dropped). */
  dropProperties(control: WordControl): void {
    control.tag = '';
    control.title = '';
    const kept = this.persisted.get(control);
    if (kept) {
      kept.tag = '';
      kept.title = '';
    }
  }

  has(set: string): boolean {
    return this.sets.has(set);
  }

  /** Throws as Word does when the document or `node` may not change. */
  checkWritable(node?: WordNode): void {
    if (this.model.protection !== 'none') {
      throw new BatchError('AccessDenied', 'The document is protected or read-only.');
    }
    if (!node) return;
    const chain = [...ancestors(this.model.body, node), ...(node.kind === 'cc' ? [node] : [])];
    if (chain.some((c) => c.cannotEdit)) {
      throw new BatchError('AccessDenied', 'The content control is locked for editing.');
    }
    const cursor = this.model.cursor;
    if (this.options.failEditsAtCursor && cursor?.where === 'in') {
      const cursorIn = new Set([
        ...ancestors(this.model.body, cursor.node),
        ...(cursor.node.kind === 'cc' ? [cursor.node] : []),
      ]);
      // The message Word on the web gives (office-js#2815).
      if (chain.some((c) => cursorIn.has(c))) {
        throw new BatchError('GeneralException', 'La is not iterable');
      }
    }
  }

  controls(): WordControl[] {
    return controlsIn(this.model.body);
  }

  /** The document as lines: "text" outside controls, "[tag|title]" and indented content inside. */
  lines(nodes: readonly WordNode[] = this.model.body, indent = ''): string[] {
    return nodes.flatMap((n): string[] => {
      if (n.kind === 'cc')
        return [`${indent}[${n.tag}|${n.title}]`, ...this.lines(n.children, `${indent}  `)];
      if (n.kind === 'table')
        return [`${indent}table ${n.values.map((r) => r.join(' / ')).join(' // ')}`];
      const list = n.listId === undefined ? '' : `${this.model.lists.get(n.listId) ?? 'list'} `;
      return [`${indent}${n.style === 'Normal' ? '' : `${n.style} `}${list}${n.text}`];
    });
  }
}

class FakeDocument {
  readonly body: FakeBody;
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
  ) {
    this.body = new FakeBody(batch, host);
  }
  private loadedMode: string | undefined;
  get changeTrackingMode(): string {
    if (this.loadedMode === undefined) throw new PropertyNotLoaded('changeTrackingMode');
    return this.loadedMode;
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => {
      if (own.has('changeTrackingMode')) {
        if (!this.host.has('WordApi 1.4')) {
          throw new BatchError('ApiNotFound', 'changeTrackingMode needs WordApi 1.4');
        }
        this.loadedMode = this.host.model.changeTracking;
      }
    });
    return this;
  }
  getSelection(): FakeRange {
    return new FakeRange(this.batch, this.host, () => {
      const cursor = this.host.model.cursor;
      return cursor?.where === 'in' ? cursor.node : undefined;
    });
  }
}

/** Creates a node when the queued operation runs; proxies made before then resolve through it. */
class Ref<T> {
  node: T | undefined;
  get(): T {
    if (!this.node) throw new BatchError('ItemNotFound', 'object not created yet');
    return this.node;
  }
}

function insertNear(
  host: FakeWord,
  anchor: WordNode,
  node: WordNode,
  where: 'Before' | 'After',
): void {
  const at = locate(host.model.body, anchor);
  if (!at) throw new BatchError('ItemNotFound', 'anchor is gone');
  at.siblings.splice(where === 'Before' ? at.index : at.index + 1, 0, node);
}

/** A range; the add-in uses it to find the control around the selection and to move it. */
class FakeRange {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    /** The node the range sits in (undefined: outside any paragraph the fake knows). */
    private readonly resolve: () => WordNode | undefined,
    private readonly place:
      { node: () => WordNode; where: 'before' | 'after' } | undefined = undefined,
  ) {}
  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.batch, this.host, () => {
      const node = this.resolve();
      if (!node) return undefined;
      const chain = ancestors(this.host.model.body, node);
      return node.kind === 'cc' ? node : chain[chain.length - 1];
    });
  }
  select(): void {
    this.batch.enqueue(() => {
      if (this.place) this.host.model.cursor = { node: this.place.node(), where: this.place.where };
      else {
        const node = this.resolve();
        this.host.model.cursor = node ? { node, where: 'in' } : undefined;
      }
    });
  }
}

class FakeBody {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
  ) {}
  get contentControls(): FakeControlCollection {
    return new FakeControlCollection(this.batch, this.host, () => controlsIn(this.host.model.body));
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(this.batch, this.host, () =>
      paragraphsIn(this.host.model.body),
    );
  }
  insertParagraph(text: string, where: 'Start' | 'End'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      this.host.checkWritable();
      const body = this.host.model.body;
      const paragraphs = paragraphsIn(body);
      const anchor = where === 'Start' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      ref.node = newParagraphLike(text, anchor);
      if (where === 'Start') {
        body.unshift(ref.node);
        return;
      }
      // "End" stays inside the boundaries of a control the document ends in (office-js#866).
      let siblings = body;
      for (let last = siblings[siblings.length - 1]; last?.kind === 'cc';) {
        siblings = last.children;
        last = siblings[siblings.length - 1];
      }
      siblings.push(ref.node);
    });
    return new FakeParagraph(this.batch, this.host, () => ref.get());
  }
}

class FakeControlCollection extends Loadable {
  private loadedItems: FakeControl[] | undefined;
  constructor(
    batch: Batch,
    private readonly host: FakeWord,
    private readonly source: () => WordControl[],
  ) {
    super(batch);
  }
  get items(): FakeControl[] {
    if (!this.loadedItems) throw new PropertyNotLoaded('items');
    return this.loadedItems;
  }
  load(selection?: string | string[]): this {
    const { items } = parseLoad(selection);
    this.batch.enqueue(() => {
      this.loadedItems = this.source().map((control) => {
        const proxy = new FakeControl(this.batch, this.host, () => control);
        proxy.snapshot(items);
        return proxy;
      });
    });
    return this;
  }
}

class FakeControl extends Loadable {
  constructor(
    batch: Batch,
    private readonly host: FakeWord,
    /** Undefined: a null object (…OrNullObject found nothing). */
    private readonly find: () => WordControl | undefined,
  ) {
    super(batch);
  }
  private resolve(): WordControl {
    const control = this.find();
    if (!control) throw new BatchError('ItemNotFound', 'no content control');
    return control;
  }
  snapshot(names: Iterable<string>): void {
    const c = this.find();
    this.fill(
      c
        ? {
            id: c.id,
            tag: c.tag,
            title: c.title,
            cannotEdit: c.cannotEdit ?? false,
            isNullObject: false,
          }
        : { id: 0, tag: '', title: '', cannotEdit: false, isNullObject: true },
      [...names, 'isNullObject'],
    );
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => this.snapshot(own));
    return this;
  }
  get isNullObject(): boolean {
    return this.read('isNullObject');
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(value: string) {
    this.batch.enqueue(() => {
      const control = this.resolve();
      this.host.checkWritable(control);
      this.host.setProperty(control, 'tag', value);
    });
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.batch.enqueue(() => {
      const control = this.resolve();
      this.host.checkWritable(control);
      this.host.setProperty(control, 'title', value);
    });
  }
  get cannotEdit(): boolean {
    return this.read('cannotEdit');
  }
  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.batch, this.host, () => {
      const control = this.find();
      if (!control) return undefined;
      const chain = ancestors(this.host.model.body, control);
      return chain[chain.length - 1];
    });
  }
  get paragraphs(): FakeParagraphCollection {
    return new FakeParagraphCollection(
      this.batch,
      this.host,
      () => paragraphsIn(this.resolve().children),
      () => textsIn(this.resolve().children),
    );
  }
  getRange(where: 'Before' | 'After'): FakeRange {
    const place = where === 'Before' ? 'before' : 'after';
    return new FakeRange(this.batch, this.host, () => undefined, {
      node: () => this.resolve(),
      where: place,
    });
  }
  insertText(text: string, where: 'Replace'): object {
    if (where !== 'Replace') throw new Error('the fake supports Replace only');
    this.batch.enqueue(() => {
      const control = this.resolve();
      this.host.checkWritable(control);
      const first = paragraphsIn(control.children)[0];
      control.children = [newParagraphLike(text, first)];
      if (this.host.options.dropTagsOnReplace) this.host.dropProperties(control);
    });
    return {};
  }
  insertParagraph(text: string, where: 'Start' | 'End' | 'Before' | 'After'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const control = this.resolve();
      const paragraphs = paragraphsIn(control.children);
      const near =
        where === 'Start' || where === 'Before' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      ref.node = newParagraphLike(text, near);
      if (where === 'Before' || where === 'After') {
        this.host.checkWritable();
        insertNear(this.host, control, ref.node, where);
        return;
      }
      this.host.checkWritable(control);
      if (where === 'Start') control.children.unshift(ref.node);
      else if (
        this.host.options.reverseEndInsertsInNewControls &&
        this.host.madeHere.has(control)
      ) {
        // Word on the web: each paragraph lands right after the control's first one (#3599).
        control.children.splice(Math.min(1, control.children.length), 0, ref.node);
      } else control.children.push(ref.node);
    });
    return new FakeParagraph(this.batch, this.host, () => ref.get());
  }
  insertTable(
    rowCount: number,
    columnCount: number,
    where: 'Start' | 'End',
    values: string[][],
  ): FakeTable {
    const ref = new Ref<WordTable>();
    this.batch.enqueue(() => {
      if (values.length !== rowCount || values.some((row) => row.length !== columnCount)) {
        throw new BatchError('InvalidArgument', 'values do not match the table size');
      }
      const control = this.resolve();
      this.host.checkWritable(control);
      ref.node = {
        kind: 'table',
        values: values.map((r) => [...r]),
        headerRowCount: 0,
        style: 'TableGrid',
        font: {},
      };
      if (where === 'Start') control.children.unshift(ref.node);
      else control.children.push(ref.node);
    });
    return new FakeTable(this.batch, this.host, () => ref.get());
  }
}

/** A paragraph as loaded into a collection: its text only. */
class FakeParagraphText extends Loadable {
  get text(): string {
    return this.read('text');
  }
  setText(text: string, names: Iterable<string>): void {
    this.fill({ text }, names);
  }
}

class FakeParagraphCollection {
  private loadedItems: FakeParagraphText[] | undefined;
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly source: () => WordParagraph[],
    /** The texts a load returns; Word counts a table cell's paragraph too. */
    private readonly texts: () => string[] = () => source().map((p) => p.text),
  ) {}
  get items(): FakeParagraphText[] {
    if (!this.loadedItems) throw new PropertyNotLoaded('items');
    return this.loadedItems;
  }
  load(selection?: string | string[]): this {
    const { items } = parseLoad(selection);
    this.batch.enqueue(() => {
      this.loadedItems = this.texts().map((text) => {
        const proxy = new FakeParagraphText(this.batch);
        proxy.setText(text, items);
        return proxy;
      });
    });
    return this;
  }
  getFirst(): FakeParagraph {
    return new FakeParagraph(this.batch, this.host, () => {
      const first = this.source()[0];
      if (!first) throw new BatchError('ItemNotFound', 'no paragraph');
      return first;
    });
  }
  getLast(): FakeParagraph {
    return new FakeParagraph(this.batch, this.host, () => {
      const all = this.source();
      const last = all[all.length - 1];
      if (!last) throw new BatchError('ItemNotFound', 'no paragraph');
      return last;
    });
  }
}

class FakeFont {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly resolve: () => WordParagraph,
  ) {}
  private set(change: (font: WordFont) => void): void {
    this.batch.enqueue(() => {
      const p = this.resolve();
      this.host.checkWritable(p);
      change(p.font);
    });
  }
  set bold(value: boolean) {
    this.set((font) => void (font.bold = value));
  }
  set italic(value: boolean) {
    this.set((font) => void (font.italic = value));
  }
  set color(value: string) {
    this.set((font) => void (font.color = value));
  }
}

class FakeParagraph {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly resolve: () => WordParagraph,
  ) {}
  private change(apply: (p: WordParagraph) => void): void {
    this.batch.enqueue(() => {
      const p = this.resolve();
      this.host.checkWritable(p);
      apply(p);
    });
  }
  set styleBuiltIn(value: string) {
    this.change((p) => void (p.style = value));
  }
  get font(): FakeFont {
    return new FakeFont(this.batch, this.host, this.resolve);
  }
  get parentContentControlOrNullObject(): FakeControl {
    return new FakeControl(this.batch, this.host, () => {
      const chain = ancestors(this.host.model.body, this.resolve());
      return chain[chain.length - 1];
    });
  }
  insertParagraph(text: string, where: 'Before' | 'After'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const anchor = this.resolve();
      this.host.checkWritable(anchor);
      ref.node = newParagraphLike(text, anchor);
      insertNear(this.host, anchor, ref.node, where);
    });
    return new FakeParagraph(this.batch, this.host, () => ref.get());
  }
  insertContentControl(): FakeControl {
    const ref = new Ref<WordControl>();
    this.batch.enqueue(() => {
      const p = this.resolve();
      this.host.checkWritable(p);
      const at = locate(this.host.model.body, p);
      if (!at) throw new BatchError('ItemNotFound', 'paragraph is gone');
      ref.node = { kind: 'cc', id: this.host.model.nextId++, tag: '', title: '', children: [p] };
      this.host.madeHere.add(ref.node);
      at.siblings.splice(at.index, 1, ref.node);
    });
    return new FakeControl(this.batch, this.host, () => ref.get());
  }
  detachFromList(): void {
    // "Moves this paragraph out of its list, if the paragraph is a list item."
    this.change((p) => void delete p.listId);
  }
  startNewList(): FakeList {
    const ref = new Ref<number>();
    this.batch.enqueue(() => {
      const p = this.resolve();
      this.host.checkWritable(p);
      // "Fails if the paragraph is already a list item" — with a GeneralException (#2307).
      if (p.listId !== undefined) {
        throw new BatchError('GeneralException', 'startNewList on a paragraph in a list');
      }
      ref.node = this.host.model.nextId++;
      this.host.model.lists.set(ref.node, 'list');
      p.listId = ref.node;
    });
    return new FakeList(this.batch, this.host, () => ref.get());
  }
}

class FakeList {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly resolve: () => number,
  ) {}
  insertParagraph(text: string, where: 'Start' | 'End'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const id = this.resolve();
      const members = paragraphsIn(this.host.model.body).filter((p) => p.listId === id);
      const anchor = where === 'Start' ? members[0] : members[members.length - 1];
      if (!anchor) throw new BatchError('ItemNotFound', 'list is empty');
      this.host.checkWritable(anchor);
      ref.node = newParagraphLike(text, anchor);
      insertNear(this.host, anchor, ref.node, where === 'Start' ? 'Before' : 'After');
    });
    return new FakeParagraph(this.batch, this.host, () => ref.get());
  }
  setLevelBullet(level: number, bullet: string): void {
    this.batch.enqueue(
      () => void this.host.model.lists.set(this.resolve(), `bullet(${level},${bullet})`),
    );
  }
  setLevelNumbering(level: number, numbering: string): void {
    this.batch.enqueue(
      () => void this.host.model.lists.set(this.resolve(), `number(${level},${numbering})`),
    );
  }
}

class FakeTable {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly resolve: () => WordTable,
  ) {}
  private change(apply: (t: WordTable) => void): void {
    this.batch.enqueue(() => {
      const table = this.resolve();
      this.host.checkWritable(table);
      apply(table);
    });
  }
  set headerRowCount(value: number) {
    this.change((t) => void (t.headerRowCount = value));
  }
  set styleBuiltIn(value: string) {
    this.change((t) => void (t.style = value));
  }
  get font(): { size: number } {
    const change = (apply: (t: WordTable) => void): void => this.change(apply);
    return {
      set size(value: number) {
        change((t) => void (t.font.size = value));
      },
      get size(): number {
        throw new PropertyNotLoaded('size');
      },
    };
  }
}
