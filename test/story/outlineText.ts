// Reading helpers for outline tests: find parts by key and collect every string a renderer
// could print, so tests can ask "is this text anywhere in the story?".
import type {
  Block,
  ListBlock,
  Outline,
  Part,
  TableBlock,
  TableCell,
  TimelineBlock,
} from '../../src/story';

export function part(outline: Outline, key: string): Part {
  const found = outline.parts.find((p) => p.key === key);
  if (!found) throw new Error(`no part with key ${key}`);
  return found;
}

export function blocksOf<K extends Block['kind']>(
  target: Part,
  kind: K,
): Extract<Block, { kind: K }>[] {
  return target.blocks.filter((b): b is Extract<Block, { kind: K }> => b.kind === kind);
}

export function onlyBlock<K extends Block['kind']>(
  target: Part,
  kind: K,
): Extract<Block, { kind: K }> {
  const blocks = blocksOf(target, kind);
  if (blocks.length !== 1) throw new Error(`expected one ${kind} block, found ${blocks.length}`);
  return blocks[0]!;
}

/** Text with its no-break spaces as plain spaces, for tests about words rather than spacing. */
export function plain(text: string): string {
  return text.replace(/[\u00A0\u202F]/g, ' ');
}

function listTexts(list: ListBlock): string[] {
  return [
    ...(list.title === undefined ? [] : [list.title]),
    ...list.items.flatMap((i) => [i.label, i.text, i.detail, i.warning, i.note]),
  ].filter((s): s is string => s !== undefined);
}

/** A cell's text and its further lines. */
export function cellTexts(cell: TableCell): string[] {
  return [cell.text, ...(cell.lines ?? []).map((l) => l.text)];
}

function tableTexts(table: TableBlock): string[] {
  return [
    ...table.columns.map((c) => c.header),
    ...(table.groups ?? []).map((g) => g.title),
    ...table.rows.flatMap((r) => r.flatMap(cellTexts)),
  ];
}

function timelineTexts(timeline: TimelineBlock): string[] {
  return [
    ...timeline.months,
    ...timeline.monthNames,
    ...timeline.quarters.map((q) => q.label),
    ...Object.values(timeline.legend),
    ...Object.values(timeline.words),
    ...timeline.groups.flatMap((g) => [
      g.title,
      ...g.entries.flatMap((e) => [e.label, e.text, e.owner, e.due]),
    ]),
  ];
}

export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
    case 'funnel':
      return [block.text, ...block.stages.flatMap((s) => s.counts.map((c) => c.noun))];
    case 'list':
      return listTexts(block);
    case 'table':
      return tableTexts(block);
    case 'two-column':
      return [...listTexts(block.left), ...listTexts(block.right)];
    case 'cards':
      return block.cards.flatMap((c) => [
        c.label,
        c.title,
        ...c.fields.flatMap((f) => [f.label, f.value]),
      ]);
    case 'timeline':
      return timelineTexts(block);
  }
}

export function partTexts(target: Part): string[] {
  return [
    target.title,
    ...(target.subtitle ? [target.subtitle] : []),
    ...target.blocks.flatMap(blockTexts),
  ];
}

export function outlineTexts(outline: Outline): string[] {
  return [outline.title, ...outline.parts.flatMap(partTexts)];
}

/** Whether a text holds the needle, spacing aside (no-break spaces count as spaces). */
export function contains(texts: readonly string[], needle: string): boolean {
  const wanted = plain(needle);
  return texts.some((t) => plain(t).includes(wanted));
}

/** A value with every string in it made plain: compare outline pieces by words. */
export function plainDeep<T>(value: T): T {
  if (typeof value === 'string') return plain(value) as T;
  if (Array.isArray(value)) return value.map((v: unknown) => plainDeep(v)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, v]) => [key, plainDeep(v as unknown)]),
    ) as T;
  }
  return value;
}
