// A test page for the browser test (webpack --env harness): the real task pane as PowerPoint
// would show it, with a fake document session in place of Office. The session answers after a
// short delay so that progress is visible, and records what the pane asked of it in
// window.kapHarness for the test to read. `?write=missing` starts a PowerPoint that lacks the
// write API sets.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import example from '../../assets/examples/northwind-health.en.kap.json';
import {
  capabilitiesFor,
  type DocumentSession,
  type HostInfo,
  type OpenResult,
  type WriteResult,
} from '../../src/office';
import { makeEnvelope } from '../../src/plan/envelope';
import { validatePlanValue } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import type { StoryStep } from '../../src/story/outline';
import { App } from '../../src/taskpane/App';
import { renderPlan, saveFile } from '../../src/taskpane/download';

/** What the test reads and sets through page.evaluate. */
export interface HarnessRecord {
  /** The steps of every write the pane asked for, in order. */
  readonly writes: StoryStep[][];
  /** Every plan handed to the saver. */
  readonly saved: string[];
  flushes: number;
  /** The next write fails (the test sets this). */
  failNext: boolean;
  /** Writes wait while this is set, so the test can look at the pane mid-write. */
  hold: boolean;
}

declare global {
  interface Window {
    kapHarness: HarnessRecord;
  }
}

const DELAY_MS = 600;
const record: HarnessRecord = { writes: [], saved: [], flushes: 0, failNext: false, hold: false };
window.kapHarness = record;

const checked = validatePlanValue(example);
if (!checked.ok) throw new Error('the example plan is invalid');
const plan: Plan = checked.plan;

const capable = new URLSearchParams(location.search).get('write') !== 'missing';
const info: HostInfo = {
  host: 'powerpoint',
  capabilities: capabilitiesFor('powerpoint', (name) => capable || name === 'Settings'),
};

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const stored: OpenResult = {
  envelope: makeEnvelope(plan, 'harness-plan', new Date('2027-04-02T09:00:00Z')),
  unreadable: [
    {
      slot: 'tag',
      where: { de: 'Präsentations-Tag', en: 'Presentation tag' },
      message: {
        de: 'Diese Daten stammen von einer neueren Version des Add-ins.',
        en: 'This data was written by a newer version of the add-in.',
      },
      raw: '{"format":"kap-envelope","version":99}',
    },
  ],
  failures: [],
};

async function writeSteps(_plan: Plan, steps: readonly StoryStep[]): Promise<WriteResult> {
  record.writes.push([...steps]);
  await wait(DELAY_MS);
  while (record.hold) await wait(20);
  if (!record.failNext) return { ok: true, written: [...steps] };
  record.failNext = false;
  return {
    ok: false,
    message: {
      de: 'PowerPoint hat das Einfügen der Folien abgelehnt.',
      en: 'PowerPoint refused to insert the slides.',
    },
    written: steps.filter((step) => step < 5),
    unchanged: steps.filter((step) => step > 5),
    incomplete: steps.filter((step) => step === 5),
  };
}

const session: DocumentSession = {
  info,
  open: () => wait(50).then(() => stored),
  writeSteps,
  saver: {
    schedule: (value) => void record.saved.push(value.account.name),
    flush: () => {
      record.flushes++;
      return Promise.resolve();
    },
    busy: () => false,
    retry: () => Promise.resolve(),
    state: () => ({ kind: 'saved' }),
    dispose: () => undefined,
  },
  busy: () => false,
  saveState: () => ({ kind: 'saved' }),
  replacePlan: (p) => Promise.resolve({ plan: p }),
  replaced: () => undefined,
  restoreReplaced: () => Promise.resolve({}),
  forgetReplaced: () => undefined,
  conflicts: () => [],
  resolveConflict: () => undefined,
};

const container = document.getElementById('root');
if (!container) throw new Error('the harness page lacks #root');
createRoot(container).render(
  <StrictMode>
    <FluentProvider theme={webLightTheme}>
      <App
        language="en"
        host={Promise.resolve(info)}
        services={{ render: renderPlan, save: saveFile, connect: () => session }}
      />
    </FluentProvider>
  </StrictMode>,
);
