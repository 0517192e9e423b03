// Renders the real task pane in jsdom for component tests: standalone (no Office), the plan kept
// in an in-memory browser storage, downloads recorded instead of made.
import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { capabilitiesFor, type HostInfo } from '../../../src/office';
import type { Plan } from '../../../src/plan/schema';
import { App, type AppServices } from '../../../src/taskpane/App';
import { makeEnvelope, writeEnvelopeText } from '../../../src/plan/envelope';
import { PLAN_KEY } from '../../../src/taskpane/session/browserStore';

export const STANDALONE: HostInfo = {
  host: null,
  capabilities: capabilitiesFor(null, () => false),
};

export interface Pane {
  readonly user: ReturnType<typeof userEvent.setup>;
  readonly items: Map<string, string>;
  readonly saved: { name: string; blob: Blob }[];
}

/** jsdom lacks what Fluent's positioning and the pane's focus code ask of a browser. */
export function browserShims(): void {
  class NoResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(globalThis, { ResizeObserver: globalThis.ResizeObserver ?? NoResizeObserver });
  if (!('scrollIntoView' in Element.prototype)) {
    Object.defineProperty(Element.prototype, 'scrollIntoView', { value: () => undefined });
  }
  // jest's jsdom environment leaves out structuredClone, which browsers have; plans are JSON.
  if (typeof globalThis.structuredClone !== 'function') {
    Object.assign(globalThis, {
      structuredClone: <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T,
    });
  }
  // jsdom's Blob (and so File) has no text(); browsers do.
  if (!('text' in Blob.prototype)) {
    Object.defineProperty(Blob.prototype, 'text', {
      value(this: Blob) {
        return blobText(this);
      },
    });
  }
}

// The findings follow the typing a moment later (deferred rendering), and jsdom is slow: the
// queries that wait for something to appear wait longer than the default second.
configure({ asyncUtilTimeout: 5000 });

/** A Blob's text: jsdom's Blob has no text(). */
export function blobText(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('could not read the blob'));
    reader.readAsText(blob);
  });
}

export async function renderPane(
  options: {
    plan?: Plan;
    language?: 'de' | 'en';
    items?: Map<string, string>;
    /** Makes the downloaded files; a fixed blob by default. */
    render?: AppServices['render'];
  } = {},
): Promise<Pane> {
  browserShims();
  const items = options.items ?? new Map<string, string>();
  if (options.plan) {
    items.set(
      PLAN_KEY,
      writeEnvelopeText(makeEnvelope(options.plan, 'plan-1', new Date('2027-01-02T10:00:00Z'))),
    );
  }
  const saved: { name: string; blob: Blob }[] = [];
  // No pause between keystrokes: the tests are about behaviour, not typing speed.
  const user = userEvent.setup({ delay: null, applyAccept: false });
  render(
    <App
      language={options.language ?? 'en'}
      languageChosen
      host={Promise.resolve(STANDALONE)}
      workspace={import('../../../src/taskpane/Workspace')}
      services={{
        render: options.render ?? (() => Promise.resolve(new Blob(['rendered']))),
        save: (blob, name) => void saved.push({ name, blob }),
        browser: {
          storage: {
            getItem: (key) => items.get(key) ?? null,
            setItem: (key, value) => void items.set(key, value),
          },
          newId: () => 'plan-1',
        },
      }}
    />,
  );
  // Ready when the editor has loaded and read the stored plan: the start or a step shows.
  await waitFor(
    () =>
      expect(
        screen.queryByText(/Loading the editor|Der Editor wird geladen/) === null &&
          screen.queryByRole('heading', { level: 2 }) !== null,
      ).toBe(true),
    { timeout: 10_000 },
  );
  return { user, items, saved };
}
