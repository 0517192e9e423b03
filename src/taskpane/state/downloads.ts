// Which plan a download is rendered from: the whole plan, or its customer-safe version when the
// user chose the customer version in the plan menu. Pure, so that what leaves the pane is
// decided in one place and tested without rendering.
import { customerSafe, type Plan } from '../../plan';
import type { DownloadChoice, RenderOptions } from './pane';

export const FULL_PLAN: DownloadChoice = { customer: false, review: false };

/** The plan a download is made of. */
export function planForDownload(plan: Plan, choice: DownloadChoice): Plan {
  return choice.customer ? customerSafe(plan) : plan;
}

/** The options the renderer is called with. */
export function renderOptionsFor(choice: DownloadChoice): RenderOptions {
  return choice.review ? { review: true } : {};
}
