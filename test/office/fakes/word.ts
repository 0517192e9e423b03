// A fake of the Word object model (WordApi 1.3) as far as the add-in uses it: a body of
// paragraphs, tables and block-level content controls (tag, title, content), lists, and the
// common API's settings and custom XML parts. Calls are queued and applied at sync.
import { Batch, BatchError, Loadable, PropertyNotLoaded, parseLoad } from './batch';
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
}
export interface WordControl {
  readonly kind: 'cc';
  readonly id: number;
  tag: string;
  title: string;
  children: WordNode[];
}
export type WordNode = WordParagraph | WordTable | WordControl;

export interface WordDocumentModel {
  body: WordNode[];
  lists: Map<number, string>;
  store: DocumentStore;
  nextId: number;
}

export interface WordOptions {
  readonly sets?: readonly string[];
  readonly failures?: ReadonlyMap<number, { afterOperations: number }>;
  /** Word on the web can drop a control's tag and title when its content is replaced. */
  readonly dropTagsOnReplace?: boolean;
}

export function paragraph(text: string, style = 'Normal'): WordParagraph {
  return { kind: 'p', text, style, font: {} };
}

export function documentWith(nodes: WordNode[]): WordDocumentModel {
  return { body: nodes, lists: new Map(), store: emptyStore(), nextId: 1 };
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

function controlsIn(nodes: readonly WordNode[]): WordControl[] {
  return nodes.flatMap((n) => (n.kind === 'cc' ? [n, ...controlsIn(n.children)] : []));
}

function paragraphsIn(nodes: readonly WordNode[]): WordParagraph[] {
  return nodes.flatMap((n) =>
    n.kind === 'p' ? [n] : n.kind === 'cc' ? paragraphsIn(n.children) : [],
  );
}

export class FakeWord {
  readonly counter = { syncs: 0 };
  readonly sets: Set<string>;
  readonly settings: FakeSettings;
  readonly customXmlParts: FakeCommonCustomXmlParts;
  readonly dropTagsOnReplace: boolean;
  private readonly failures: ReadonlyMap<number, { afterOperations: number }>;

  constructor(
    readonly model: WordDocumentModel,
    options: WordOptions = {},
  ) {
    this.sets = new Set(options.sets ?? versionsUpTo(3));
    this.failures = options.failures ?? new Map();
    this.dropTagsOnReplace = options.dropTagsOnReplace ?? false;
    this.settings = new FakeSettings(model.store);
    this.customXmlParts = new FakeCommonCustomXmlParts(model.store);
  }

  readonly run = async <T>(batch: (context: Word.RequestContext) => Promise<T>): Promise<T> => {
    const b = new Batch(this.counter, this.failures);
    const context = { document: new FakeDocument(b, this), sync: () => b.sync() };
    return batch(context as unknown as Word.RequestContext);
  };

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
  constructor(batch: Batch, host: FakeWord) {
    this.body = new FakeBody(batch, host);
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

class FakeBody {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
  ) {}
  get contentControls(): FakeControlCollection {
    return new FakeControlCollection(this.batch, this.host, () => controlsIn(this.host.model.body));
  }
  insertParagraph(text: string, where: 'Start' | 'End'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const body = this.host.model.body;
      const last = paragraphsIn(body).pop();
      ref.node = { kind: 'p', text, style: last?.style ?? 'Normal', font: { ...last?.font } };
      if (where === 'Start') body.unshift(ref.node);
      else body.push(ref.node);
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
    private readonly resolve: () => WordControl,
  ) {
    super(batch);
  }
  snapshot(names: Iterable<string>): void {
    const c = this.resolve();
    this.fill({ id: c.id, tag: c.tag, title: c.title }, names);
  }
  load(selection?: string | string[]): this {
    const { own } = parseLoad(selection);
    this.batch.enqueue(() => this.snapshot(own));
    return this;
  }
  get id(): number {
    return this.read('id');
  }
  get tag(): string {
    return this.read('tag');
  }
  set tag(value: string) {
    this.batch.enqueue(() => void (this.resolve().tag = value));
  }
  get title(): string {
    return this.read('title');
  }
  set title(value: string) {
    this.batch.enqueue(() => void (this.resolve().title = value));
  }
  get paragraphs(): { getFirst(): FakeParagraph } {
    return {
      getFirst: () =>
        new FakeParagraph(this.batch, this.host, () => {
          const first = paragraphsIn(this.resolve().children)[0];
          if (!first) throw new BatchError('ItemNotFound', 'no paragraph');
          return first;
        }),
    };
  }
  insertText(text: string, where: 'Replace'): object {
    if (where !== 'Replace') throw new Error('the fake supports Replace only');
    this.batch.enqueue(() => {
      const control = this.resolve();
      const first = paragraphsIn(control.children)[0];
      control.children = [
        { kind: 'p', text, style: first?.style ?? 'Normal', font: { ...first?.font } },
      ];
      if (this.host.dropTagsOnReplace) {
        control.tag = '';
        control.title = '';
      }
    });
    return {};
  }
  insertParagraph(text: string, where: 'Start' | 'End' | 'Before' | 'After'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const control = this.resolve();
      const paragraphs = paragraphsIn(control.children);
      const near = where === 'Start' ? paragraphs[0] : paragraphs[paragraphs.length - 1];
      ref.node = { kind: 'p', text, style: near?.style ?? 'Normal', font: { ...near?.font } };
      if (where === 'Start') control.children.unshift(ref.node);
      else if (where === 'End') control.children.push(ref.node);
      else insertNear(this.host, control, ref.node, where);
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
      ref.node = {
        kind: 'table',
        values: values.map((r) => [...r]),
        headerRowCount: 0,
        style: 'TableGrid',
      };
      const control = this.resolve();
      if (where === 'Start') control.children.unshift(ref.node);
      else control.children.push(ref.node);
    });
    return new FakeTable(this.batch, () => ref.get());
  }
}

class FakeFont {
  constructor(
    private readonly batch: Batch,
    private readonly resolve: () => WordParagraph,
  ) {}
  set bold(value: boolean) {
    this.batch.enqueue(() => void (this.resolve().font.bold = value));
  }
  set italic(value: boolean) {
    this.batch.enqueue(() => void (this.resolve().font.italic = value));
  }
  set color(value: string) {
    this.batch.enqueue(() => void (this.resolve().font.color = value));
  }
}

class FakeParagraph {
  constructor(
    private readonly batch: Batch,
    private readonly host: FakeWord,
    private readonly resolve: () => WordParagraph,
  ) {}
  set styleBuiltIn(value: string) {
    this.batch.enqueue(() => void (this.resolve().style = value));
  }
  get font(): FakeFont {
    return new FakeFont(this.batch, this.resolve);
  }
  insertParagraph(text: string, where: 'Before' | 'After'): FakeParagraph {
    const ref = new Ref<WordParagraph>();
    this.batch.enqueue(() => {
      const anchor = this.resolve();
      ref.node = { kind: 'p', text, style: anchor.style, font: { ...anchor.font } };
      insertNear(this.host, anchor, ref.node, where);
    });
    return new FakeParagraph(this.batch, this.host, () => ref.get());
  }
  insertContentControl(): FakeControl {
    const ref = new Ref<WordControl>();
    this.batch.enqueue(() => {
      const p = this.resolve();
      const at = locate(this.host.model.body, p);
      if (!at) throw new BatchError('ItemNotFound', 'paragraph is gone');
      ref.node = { kind: 'cc', id: this.host.model.nextId++, tag: '', title: '', children: [p] };
      at.siblings.splice(at.index, 1, ref.node);
    });
    return new FakeControl(this.batch, this.host, () => ref.get());
  }
  startNewList(): FakeList {
    const ref = new Ref<number>();
    this.batch.enqueue(() => {
      ref.node = this.host.model.nextId++;
      this.host.model.lists.set(ref.node, 'list');
      this.resolve().listId = ref.node;
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
      ref.node = { kind: 'p', text, style: anchor.style, font: { ...anchor.font }, listId: id };
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
    private readonly resolve: () => WordTable,
  ) {}
  set headerRowCount(value: number) {
    this.batch.enqueue(() => void (this.resolve().headerRowCount = value));
  }
  set styleBuiltIn(value: string) {
    this.batch.enqueue(() => void (this.resolve().style = value));
  }
}
