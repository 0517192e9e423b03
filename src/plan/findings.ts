// A red-thread finding: what is wrong with a valid plan, where in the six steps, and which items.
import type { Localized } from './messages';
import type { Step } from './schema';

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Finding {
  /** Stable across versions: tools and the task pane may key on it. */
  readonly code: string;
  readonly severity: Severity;
  readonly step: Step;
  /** The raw ids of the items involved, in plan order. */
  readonly ids: readonly string[];
  readonly message: Localized;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
