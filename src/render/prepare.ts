// What both renderers do first: keep the requested steps and clean every string of the outline.
import type { Outline, Part, StoryStep } from '../story/outline';
import { safeText } from './text';

export interface RenderOptions {
  /** Only the parts of these steps; all parts when absent. */
  readonly steps?: readonly StoryStep[];
}

/**
 * Every string in a value made safe for XML, whatever field it sits in: a new field of the
 * outline is cleaned without anyone remembering to.
 */
function clean<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) return value.map((item: unknown) => clean(item)) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) out[key] = clean(item as unknown);
    return out as T;
  }
  return value;
}

/** The outline as the renderers use it: filtered to the steps asked for, every text cleaned. */
export function prepareOutline(outline: Outline, options: RenderOptions = {}): Outline {
  const steps = options.steps;
  const parts = steps ? outline.parts.filter((p) => steps.includes(p.step)) : outline.parts;
  return clean({ ...outline, parts });
}

/** The content-control / slide-tag value naming a part: "kap:step=3;part=focus". */
export function partTag(part: Pick<Part, 'step' | 'key'>): string {
  return `kap:step=${part.step};part=${part.key}`;
}
