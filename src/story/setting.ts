// The last step of the story: every text of the outline set by the typography rules of its
// language, in one pass, so no part can forget them and every renderer gets the same characters.
import type { Language } from '../plan/schema';
import type { Block, CellLine, ListBlock, Outline, Part, TableCell } from './outline';
import { typeset } from './typography';

type Set = (text: string) => string;

function setList<T extends ListBlock>(list: T, set: Set): T {
  return {
    ...list,
    ...(list.title === undefined ? {} : { title: set(list.title) }),
    items: list.items.map((item) => ({
      ...item,
      text: set(item.text),
      ...(item.detail === undefined ? {} : { detail: set(item.detail) }),
      ...(item.warning === undefined ? {} : { warning: set(item.warning) }),
      ...(item.note === undefined ? {} : { note: set(item.note) }),
    })),
  };
}

function setCell(cell: TableCell, set: Set): TableCell {
  return {
    ...cell,
    text: set(cell.text),
    ...(cell.lines === undefined
      ? {}
      : { lines: cell.lines.map((line): CellLine => ({ ...line, text: set(line.text) })) }),
  };
}

function setBlock(block: Block, set: Set): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: set(block.text) };
    case 'funnel':
      return {
        ...block,
        text: set(block.text),
        stages: block.stages.map((stage) => ({
          counts: stage.counts.map((c) => ({ ...c, noun: set(c.noun) })),
        })),
      };
    case 'list':
      return setList(block, set);
    case 'table':
      return {
        ...block,
        columns: block.columns.map((c) => ({ ...c, header: set(c.header) })),
        rows: block.rows.map((row) => row.map((cell) => setCell(cell, set))),
        ...(block.groups === undefined
          ? {}
          : { groups: block.groups.map((g) => ({ ...g, title: set(g.title) })) }),
      };
    case 'two-column':
      return { ...block, left: setList(block.left, set), right: setList(block.right, set) };
    case 'cards':
      return {
        ...block,
        cards: block.cards.map((card) => ({
          label: card.label,
          title: set(card.title),
          fields: card.fields.map((f) => ({ ...f, label: set(f.label), value: set(f.value) })),
        })),
      };
    case 'timeline':
      return {
        ...block,
        groups: block.groups.map((group) => ({
          title: set(group.title),
          entries: group.entries.map((e) => ({
            ...e,
            text: set(e.text),
            owner: set(e.owner),
          })),
        })),
      };
  }
}

function setPart(part: Part, set: Set): Part {
  return {
    ...part,
    title: set(part.title),
    ...(part.subtitle === undefined ? {} : { subtitle: set(part.subtitle) }),
    blocks: part.blocks.map((block) => setBlock(block, set)),
  };
}

export function typesetOutline(outline: Outline): Outline {
  const language: Language = outline.language;
  const set: Set = (text) => typeset(text, language);
  return {
    ...outline,
    title: set(outline.title),
    account: set(outline.account),
    parts: outline.parts.map((part) => setPart(part, set)),
  };
}
