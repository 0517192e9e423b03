// Reading helpers for outline tests: find parts by key and collect every string a renderer
// could print, so tests can ask "is this text anywhere in the story?".
import type { Block, ListBlock, Outline, Part, TableBlock, TimelineBlock } from '../../src/story';

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

function listTexts(list: ListBlock): string[] {
  return [
    ...(list.title === undefined ? [] : [list.title]),
    ...list.items.flatMap((i) => [i.label, i.text, i.detail, i.warning]),
  ].filter((s): s is string => s !== undefined);
}

function tableTexts(table: TableBlock): string[] {
  return [
    ...table.columns.map((c) => c.header),
    ...table.rows.flatMap((r) => r.map((c) => c.text)),
  ];
}

function timelineTexts(timeline: TimelineBlock): string[] {
  return [
    ...timeline.months,
    ...Object.values(timeline.legend),
    ...timeline.groups.flatMap((g) => [g.title, ...g.entries.flatMap((e) => [e.label, e.due])]),
  ];
}

export function blockTexts(block: Block): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return [block.text];
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

export function contains(texts: readonly string[], needle: string): boolean {
  return texts.some((t) => t.includes(needle));
}
