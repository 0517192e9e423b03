// Pending saves must reach the document when the task pane is hidden or closed. PowerPoint and
// Word give an add-in no moment to finish work before closing (the close notification of
// SharedRuntime 1.2 exists for Excel only), and browsers give a page none after pagehide: so
// saving starts at the earliest sign — the pane losing focus to the document, the pane hidden —
// and once more on pagehide, for whatever was typed since.
export interface PageEvents {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface VisibleDocument extends PageEvents {
  readonly visibilityState: string;
}

/**
 * Calls `flush` when the page loses focus, when the document becomes hidden and when the page
 * is hidden (closed or left). Returns a function that stops listening. Flush errors are the
 * flush's to report.
 */
export function flushWhenHidden(
  flush: () => Promise<void>,
  page: PageEvents,
  document: VisibleDocument,
): () => void {
  const onVisibility = (): void => {
    if (document.visibilityState === 'hidden') void flush();
  };
  const onLeave = (): void => void flush();
  document.addEventListener('visibilitychange', onVisibility);
  page.addEventListener('blur', onLeave);
  page.addEventListener('pagehide', onLeave);
  return () => {
    document.removeEventListener('visibilitychange', onVisibility);
    page.removeEventListener('blur', onLeave);
    page.removeEventListener('pagehide', onLeave);
  };
}
