// A test page for the browser tests (webpack --env harness): the real task pane as PowerPoint or
// Word would show it, with an in-memory document session in place of Office. It records what the
// pane asked of it in window.kapHarness; the test holds a write explicitly (`hold`) to look at
// the pane mid-write, and can make the next write fail.
//   ?host=word            Word instead of PowerPoint
//   ?write=missing        a PowerPoint that lacks the write API sets
//   ?stored=none          the document holds no plan yet (default: the English example)
//   ?unreadable=1         the document also holds a copy from a newer add-in
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import example from '../../assets/examples/northwind-health.en.kap.json';
import {
  capabilitiesFor,
  type DocumentSession,
  type HostInfo,
  type OpenResult,
  type PreviousPlan,
  type SaveResult,
  type WriteResult,
} from '../../src/office';
import { makeEnvelope } from '../../src/plan/envelope';
import { validatePlanValue } from '../../src/plan/read';
import type { Plan } from '../../src/plan/schema';
import type { StoryStep } from '../../src/story/outline';
import { App } from '../../src/taskpane/App';
import { renderPlan, saveFile } from '../../src/taskpane/session/download';

/** What the test reads and sets through page.evaluate. */
export interface HarnessRecord {
  /** Every write: the steps, the account name, the facts and the risks of the plan written. */
  readonly writes: {
    steps: StoryStep[];
    account: string;
    facts: number;
    texts: string[];
    risks: string[];
  }[];
  /** The account name of every plan handed to the saver. */
  readonly saved: string[];
  /** The plan the document holds now (what a reopening would find). */
  stored: Plan | null;
  written: Record<string, string> | null;
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

const params = new URLSearchParams(location.search);
const checked = validatePlanValue(example);
if (!checked.ok) throw new Error('the example plan is invalid');
const initial: Plan | null = params.get('stored') === 'none' ? null : checked.plan;

const record: HarnessRecord = {
  writes: [],
  saved: [],
  stored: initial,
  written: null,
  flushes: 0,
  failNext: false,
  hold: false,
};
window.kapHarness = record;

const hostName = params.get('host') === 'word' ? 'word' : 'powerpoint';
const capable = params.get('write') !== 'missing';
const info: HostInfo = {
  host: hostName,
  capabilities: capabilitiesFor(
    hostName,
    (name) => capable || name === 'Settings' || name === 'CustomXmlParts',
  ),
};

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

const stored: OpenResult = {
  ...(initial
    ? { envelope: makeEnvelope(initial, 'harness-plan', new Date('2027-04-02T09:00:00Z')) }
    : {}),
  unreadable:
    params.get('unreadable') === '1'
      ? [
          {
            slot: 'tag',
            where: { de: 'Präsentations-Tag', en: 'Presentation tag' },
            message: {
              de: 'Diese Daten stammen von einer neueren Version des Add-ins.',
              en: 'This data was written by a newer version of the add-in.',
            },
            raw: '{"format":"kap-envelope","version":99}',
          },
        ]
      : [],
  failures: [],
};

async function writeSteps(plan: Plan, steps: readonly StoryStep[]): Promise<WriteResult> {
  record.writes.push({
    steps: [...steps],
    account: plan.account.name,
    facts: plan.facts.length,
    texts: plan.facts.map((f) => f.text),
    risks: plan.risks.map((r) => r.title),
  });
  await tick();
  while (record.hold) await tick();
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

let previous: PreviousPlan | undefined;
let pending: Plan | undefined;
let onSaveResult: ((result: SaveResult) => void) | undefined;
const saveResult: SaveResult = { ok: true, copies: 1, stores: [], conflicts: [] };

function flushNow(): Promise<void> {
  record.flushes++;
  if (pending) {
    record.stored = pending;
    record.saved.push(pending.account.name);
    pending = undefined;
    onSaveResult?.(saveResult);
  }
  return Promise.resolve();
}

const session: DocumentSession = {
  info,
  open: () => tick().then(() => stored),
  writeSteps,
  saver: {
    schedule: (value) => {
      pending = value;
      // Saved a moment later, as the real saver does after its interval.
      setTimeout(() => void flushNow(), 50);
    },
    flush: flushNow,
    retry: flushNow,
    busy: () => pending !== undefined,
    state: () => ({ kind: pending ? 'unsaved' : 'saved' }),
    dispose: () => undefined,
  },
  busy: () => false,
  saveState: () => ({ kind: pending ? 'unsaved' : 'saved' }),
  async replacePlan(plan) {
    previous = record.stored
      ? { replacedAt: new Date().toISOString(), plan: record.stored }
      : undefined;
    pending = plan;
    await flushNow();
    return previous ? { plan, replaced: previous, saved: saveResult } : { plan, saved: saveResult };
  },
  replaced: () => previous,
  async restoreReplaced() {
    const back = previous?.plan;
    if (!back) return {};
    previous = record.stored
      ? { replacedAt: new Date().toISOString(), plan: record.stored }
      : undefined;
    pending = back;
    await flushNow();
    return { plan: back, saved: saveResult };
  },
  forgetReplaced: () => {
    previous = undefined;
  },
  noteWritten: (written) => {
    record.written = { ...written };
  },
  conflicts: () => [],
  resolveConflict: () => undefined,
};

const container = document.getElementById('root');
if (!container) throw new Error('the harness page lacks #root');
createRoot(container).render(
  <StrictMode>
    <App
      language="en"
      languageChosen
      host={Promise.resolve(info)}
      services={{
        render: renderPlan,
        save: saveFile,
        connect: (_info, listeners) => {
          onSaveResult = listeners.onSaveResult;
          return session;
        },
      }}
      workspace={import('../../src/taskpane/Workspace')}
    />
  </StrictMode>,
);
