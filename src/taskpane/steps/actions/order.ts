// Due dates in the action plan: overdue, and the order the step lists actions in.
import type { Action } from '../../../plan';

/** True when an unfinished action's due date has passed (a dropped one is not due any more). */
export function isOverdue(action: Action, on: string): boolean {
  return (
    action.due !== '' && action.due < on && action.status !== 'done' && action.status !== 'dropped'
  );
}

/** The actions in due-date order; those without a date last; ties keep plan order. */
export function byDue(actions: readonly Action[]): Action[] {
  return actions
    .map((action, index) => ({ action, index }))
    .sort((a, b) => {
      const x = a.action.due === '' ? '\uffff' : a.action.due;
      const y = b.action.due === '' ? '\uffff' : b.action.due;
      return x < y ? -1 : x > y ? 1 : a.index - b.index;
    })
    .map(({ action }) => action);
}
