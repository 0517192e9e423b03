// What a download is made of. The customer version is told by the story from the whole plan
// (buildStory's `customer` option cuts it with customerSafe first, and still knows which goal
// each action serves). Handed to the browser (Office on Mac), the plan goes whole with the
// version to make of it — the page is this add-in on the same machine, and a cut plan would no
// longer know which goal each action serves; offered as text to copy, which may go anywhere,
// only its customer-safe cut does. Pure, so that what leaves the pane is decided in one place
// and tested without rendering.
import { customerSafe, type Plan } from '../../plan';
import type { DownloadChoice, RenderOptions } from './pane';

export const FULL_PLAN: DownloadChoice = { customer: false, review: false };

export interface Download {
  /** The plan the renderer is given. */
  readonly plan: Plan;
  readonly options: RenderOptions;
  /** The plan as it may leave the pane as text to copy. */
  readonly handed: Plan;
}

export function downloadOf(plan: Plan, choice: DownloadChoice): Download {
  return {
    plan,
    options: {
      ...(choice.customer ? { customer: true } : {}),
      ...(choice.review ? { review: true } : {}),
    },
    handed: choice.customer ? customerSafe(plan) : plan,
  };
}
