// Writing a plan back to text. Key order is the reader's (JSON.parse keeps insertion order), so
// a file read and written again differs only in whitespace, and unknown fields stay in place.
import type { Plan } from './schema';

export function writePlanText(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
