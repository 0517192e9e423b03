import { flushWhenHidden } from '../../src/office/lifecycle';

class FakeDocument extends EventTarget {
  visibilityState = 'visible';
}

it('flushes when the pane loses focus, is hidden or closed, and stops when told', () => {
  const page = new EventTarget();
  const document = new FakeDocument();
  let flushes = 0;
  const stop = flushWhenHidden(
    () => {
      flushes++;
      return Promise.resolve();
    },
    page,
    document,
  );
  document.dispatchEvent(new Event('visibilitychange'));
  expect(flushes).toBe(0);
  document.visibilityState = 'hidden';
  document.dispatchEvent(new Event('visibilitychange'));
  expect(flushes).toBe(1);
  page.dispatchEvent(new Event('pagehide'));
  expect(flushes).toBe(2);
  // The user clicks into the document: what was typed is saved right away.
  page.dispatchEvent(new Event('blur'));
  expect(flushes).toBe(3);
  stop();
  page.dispatchEvent(new Event('pagehide'));
  page.dispatchEvent(new Event('blur'));
  document.dispatchEvent(new Event('visibilitychange'));
  expect(flushes).toBe(3);
});
