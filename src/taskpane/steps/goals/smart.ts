// The SMART helper's letters for one goal: what holds, what is missing, what only the user can
// judge. The same conditions as the goal-not-smart rule, told letter by letter.
import { isInWindow, type Goal, type PlanWindow } from '../../../plan';

export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';
export type SmartState = 'holds' | 'missing' | 'judge';

export const SMART_LETTERS: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

export function smartCheck(goal: Goal, window: PlanWindow): Record<SmartLetter, SmartState> {
  const given = (text: string): boolean => text.trim() !== '';
  return {
    S: given(goal.title) && given(goal.target) ? 'holds' : 'missing',
    M: given(goal.measure) ? 'holds' : 'missing',
    // Whether a target is attractive and achievable is the key account manager's judgement.
    A: 'judge',
    R: goal.basedOn.length > 0 ? 'holds' : 'missing',
    T: goal.due !== '' && isInWindow(window, goal.due) ? 'holds' : 'missing',
  };
}
