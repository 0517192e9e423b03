// What both renderers do first: keep the requested steps and clean every string of the outline.
import type { Block, ListBlock, Outline, Part, StoryStep } from '../story/outline';
import { safeText } from './text';

export interface RenderOptions {
  /** Only the parts of these steps; all parts when absent. */
  readonly steps?: readonly StoryStep[];
}

function cleanList<T extends ListBlock>(list: T): T {
  return {
    ...list,
    ...(list.title === undefined ? {} : { title: safeText(list.title) }),
    items: list.items.map((item) => ({
      text: safeText(item.text),
      ...(item.label === undefined ? {} : { label: safeText(item.label) }),
      ...(item.detail === undefined ? {} : { detail: safeText(item.detail) }),
      ...(item.warning === undefined ? {} : { warning: safeText(item.warning) }),
    })),
  };
}

function cleanBlock(block: Block): Block {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
      return { ...block, text: safeText(block.text) };
    case 'list':
      return cleanList(block);
    case 'table':
      return {
        ...block,
        columns: block.columns.map((c) => ({ ...c, header: safeText(c.header) })),
        rows: block.rows.map((row) => row.map((cell) => ({ ...cell, text: safeText(cell.text) }))),
      };
    case 'two-column':
      return { ...block, left: cleanList(block.left), right: cleanList(block.right) };
    case 'cards':
      return {
        ...block,
        cards: block.cards.map((card) => ({
          label: safeText(card.label),
          title: safeText(card.title),
          fields: card.fields.map((f) => ({ label: safeText(f.label), value: safeText(f.value) })),
        })),
      };
    case 'timeline':
      return {
        ...block,
        months: block.months.map(safeText),
        groups: block.groups.map((group) => ({
          title: safeText(group.title),
          entries: group.entries.map((e) => ({
            ...e,
            label: safeText(e.label),
            due: safeText(e.due),
          })),
        })),
        legend: {
          open: safeText(block.legend.open),
          'in-progress': safeText(block.legend['in-progress']),
          done: safeText(block.legend.done),
          overdue: safeText(block.legend.overdue),
          outside: safeText(block.legend.outside),
        },
      };
  }
}

function cleanPart(part: Part): Part {
  return {
    step: part.step,
    key: safeText(part.key),
    title: safeText(part.title),
    ...(part.subtitle === undefined ? {} : { subtitle: safeText(part.subtitle) }),
    blocks: part.blocks.map(cleanBlock),
  };
}

/** The outline as the renderers use it: filtered to the steps asked for, every text cleaned. */
export function prepareOutline(outline: Outline, options: RenderOptions = {}): Outline {
  const steps = options.steps;
  const parts = steps ? outline.parts.filter((p) => steps.includes(p.step)) : outline.parts;
  return {
    language: outline.language,
    title: safeText(outline.title),
    parts: parts.map(cleanPart),
  };
}

/** The content-control / slide-tag value naming a part: "kap:step=3;part=focus". */
export function partTag(part: Pick<Part, 'step' | 'key'>): string {
  return `kap:step=${part.step};part=${part.key}`;
}
