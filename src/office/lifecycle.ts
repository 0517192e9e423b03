// Pending saves must reach the document when the task pane is hidden or closed: browsers give a
// page no reliable moment after pagehide, and a hidden pane may be discarded without one.
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface VisibleDocument extends PageEvents {
  readonly visibilityState: string;
}

/**
 * Calls `flush` when the document becomes hidden and when the page is hidden (closed or left).
 * Returns a function that stops listening. Flush errors are the flush's to report.
 */
export function flushWhenHidden(
  flush: () => Promise<void>,
  page: PageEvents,
  document: VisibleDocument,
): () => void {
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onPageHide = (): void => void flush();
  document.addEventListener('visibilitychange', onVisibility);
  page.addEventListener('pagehide', onPageHide);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    page.removeEventListener('pagehide', onPageHide);
  };
}
