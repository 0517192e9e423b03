// Moving the focus to an item's field on request (a finding's "go to", a new item): the view
// that shows the item takes the request, makes the field visible and focuses it.
import { useLayoutEffect, type RefObject } from 'react';
import { usePane } from '../state/contexts';
import { focusField } from './fields';

/**
 * Takes the pane's focus request when `shows(id)` says this view holds the item. `reveal` may
 * open the item first: it returns false while the field is not yet rendered (the effect runs
 * again after the next render).
 */
export function useFocusRequest(
  root: RefObject<HTMLElement | null>,
  shows: (id: string) => boolean,
  reveal: (id: string) => boolean = () => true,
): void {
  const { state, dispatch } = usePane();
  const request = state.focus;
  // A layout effect: the focus moves in the same commit as the render that shows the field, so
  // keys typed right after "Add" land in the new field, not on the button (a space there would
  // add another item).
  useLayoutEffect(() => {
    if (!request || !shows(request.id) || !reveal(request.id)) return;
    const element = root.current;
    if (!element) return;
    // The field asked for, else the item's first field, else its row.
    if (
      !focusField(element, request.id, request.field) &&
      !focusField(element, request.id, undefined)
    ) {
      return;
    }
    dispatch({ type: 'focus-done' });
  });
}
