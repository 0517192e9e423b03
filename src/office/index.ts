// The one door from the task pane into Office: start-up, writing steps, the stored plan. The task
// pane calls these plain functions and never names an Office global. The documents module and
// the story are passed in, so the pane (and tests) choose the implementations.
import { makeEnvelope, type PreviousPlan } from '../plan/envelope';
import type { Localized } from '../plan/messages';
import type { Language, Plan } from '../plan/schema';
import type { Outline, StoryStep } from '../story/outline';
import { stepRenderer, type RenderDeck, type ToBase64 } from './deck';
import type { HostInfo } from './host';
import { writeSlides, type PowerPointRun, type SlideWriteOptions } from './powerpoint';
import { createWriteQueue } from './queue';
import { describeError, type WriteResult } from './result';
import { createSaver, type SaveOutcome, type SaveState, type Saver } from './saver';
import {
  commonXmlBackend,
  createPlanStore,
  presentationTagBackend,
  presentationXmlBackend,
  settingsBackend,
  type OpenResult,
  type SaveResult,
  type StorageBackend,
  type StoredConflict,
} from './storage';
import { writeSections, type WordRun } from './word';

export {
  startOffice,
  watchOffice,
  capabilitiesFor,
  hostFromAddress,
  type HostInfo,
  type HostName,
  type Capabilities,
  type Capability,
  type DownloadRoute,
  type Platform,
  type StartOptions,
  type StartProblem,
} from './host';
export {
  offerFile,
  handoffUrl,
  readHandoff,
  encodePlan,
  decodePlan,
  type FileFormat,
  type OfferRequest,
  type OfferResult,
} from './handoff';
export { describeError, type WriteResult } from './result';
export type {
  OpenResult,
  SaveResult,
  StoreOutcome,
  StoredConflict,
  UnreadableCopy,
} from './storage';
export { createSaver, type Saver, type SaveState } from './saver';
export type { PreviousPlan } from '../plan/envelope';
export type { RenderDeck, ToBase64 } from './deck';
export { flushWhenHidden, type PageEvents, type VisibleDocument } from './lifecycle';
// The writers themselves, for callers that manage their own outline and plan id.
export { writeSlides, type SlideTarget, type RenderStep } from './powerpoint';
export { writeSections, type SectionTarget } from './word';
export { stepRenderer } from './deck';

export interface OfficeDeps {
  readonly buildStory: (plan: Plan, options: { language?: Language; today?: string }) => Outline;
  readonly renderDeck: RenderDeck;
  readonly toBase64: ToBase64;
}

/** What the session talks to; defaults to office.js's globals. Tests pass fakes. */
export interface HostEnvironment {
  readonly powerPointRun?: PowerPointRun;
  readonly wordRun?: WordRun;
  readonly settings?: Office.Settings;
  readonly customXmlParts?: Office.CustomXmlParts;
  readonly newPlanId?: () => string;
  readonly now?: () => Date;
  /** True while the document is open read-only (Office.context.document.mode). */
  readonly readOnly?: () => boolean;
  /** Told about every save: the task pane shows a failure (and keeps the plan in memory). */
  readonly onSaveResult?: (result: SaveResult) => void;
  /** Told about every change of the save state ("saved", "not saved", retrying, failed). */
  readonly onSaveState?: (state: SaveState) => void;
  readonly saveIntervalMs?: number;
  /** Pauses before each retry of a failed save; tests shorten them. */
  readonly retryDelaysMs?: readonly number[];
}

export interface WriteOptions {
  readonly language?: Language;
  /** YYYY-MM-DD, passed to the story (overdue marks, "written on"). */
  readonly today?: string;
  readonly formatting?: SlideWriteOptions['formatting'];
}

export interface DocumentSession {
  readonly info: HostInfo;
  /** Reads the plan stored in the document (once; later calls return the same answer). */
  open(): Promise<OpenResult>;
  /** Writes the given steps (0 = cover and overview, 1–6) into the document, in place. */
  writeSteps(plan: Plan, steps: readonly StoryStep[], options?: WriteOptions): Promise<WriteResult>;
  /** Saves while the user types, at most once a second; call saver.flush() on pagehide. */
  readonly saver: Saver<Plan>;
  /** True while a write runs or waits: the pane may show progress, a second click is safe. */
  busy(): boolean;
  /** Whether the pane's plan is in the document: anything but 'saved' means not yet. */
  saveState(): SaveState;
  /**
   * Makes `plan` the document's plan (a plan file the user opened, after the pane asked). The
   * plan it replaces is kept in the document, to be brought back with restoreReplaced().
   */
  replacePlan(plan: Plan): Promise<ReplaceResult>;
  /** The plan the last replacePlan put aside, also after reopening the document. */
  replaced(): PreviousPlan | undefined;
  /** Brings the replaced plan back; the plan it replaces is kept in turn. */
  restoreReplaced(): Promise<ReplaceResult>;
  /** Drops the replaced plan from the document at the next save. */
  forgetReplaced(): void;
  /**
   * Remembers which steps the document shows in which state (the pane's fingerprints per written
   * step), kept in the envelope with every later save so "changed since written" survives
   * reopening.
   */
  noteWritten(written: Readonly<Record<string, string>>): void;
  /** Copies of the plan saved by someone else since the document was opened (last save). */
  conflicts(): readonly StoredConflict[];
  /**
   * Ends a conflict: 'mine' keeps the pane's plan (the other copies are replaced at the next
   * save), 'theirs' returns the newest other copy's plan, which the pane then shows.
   */
  resolveConflict(choice: 'mine' | 'theirs'): Plan | undefined;
}

export interface ReplaceResult {
  /** The plan now in the document; undefined when there was nothing to bring back. */
  readonly plan?: Plan;
  /** The plan put aside. */
  readonly replaced?: PreviousPlan;
  /** How saving went; undefined when nothing was saved. */
  readonly saved?: SaveResult;
}

const CANNOT_WRITE: Localized = {
  de: 'In dieses Dokument kann nicht geschrieben werden.',
  en: 'This document cannot be written to.',
};

/**
 * Office.context.ui.openBrowserWindow (OpenBrowserWindowApi 1.1) as a plain function, or
 * undefined where the host has none; offerFile takes it.
 */
export function officeBrowser(): ((url: string) => void) | undefined {
  const ui = (globalThis as { Office?: typeof Office }).Office?.context?.ui;
  return typeof ui?.openBrowserWindow === 'function'
    ? (url) => ui.openBrowserWindow(url)
    : undefined;
}

/** The session's environment in Office: office.js's globals, read when a session is made. */
export function officeEnvironment(): HostEnvironment {
  const office = (globalThis as { Office?: typeof Office }).Office;
  const document = office?.context?.document;
  return {
    powerPointRun: typeof PowerPoint === 'undefined' ? undefined : (batch) => PowerPoint.run(batch),
    wordRun: typeof Word === 'undefined' ? undefined : (batch) => Word.run(batch),
    settings: document?.settings,
    customXmlParts: document?.customXmlParts,
    // The typings declare a numeric enum; office.js's runtime values are 'readOnly'/'readWrite'.
    readOnly: () => (document?.mode as unknown) === 'readOnly',
  };
}

const READ_ONLY: Localized = {
  de: 'Das Dokument ist schreibgeschützt geöffnet. Bitte „Dokument bearbeiten“ bzw. „Bearbeitung aktivieren“ wählen und dann noch einmal versuchen; der Plan bleibt im Aufgabenbereich erhalten.',
  en: 'The document is open read-only. Please choose "Edit Document" or "Enable Editing", then try again; the task pane keeps the plan meanwhile.',
};

function backendsFor(info: HostInfo, env: HostEnvironment): StorageBackend[] {
  if (!info.capabilities.store.ok) return [];
  if (info.host === 'word') return env.customXmlParts ? [commonXmlBackend(env.customXmlParts)] : [];
  if (info.host === 'powerpoint') {
    const backends: StorageBackend[] = [];
    if (env.settings) backends.push(settingsBackend(env.settings));
    if (env.powerPointRun) {
      const xml = info.capabilities.presentationXmlParts;
      if (xml) backends.push(presentationXmlBackend(env.powerPointRun));
      // Two copies, not three: with custom XML parts the tag is only read — a file saved where
      // PowerPointApi 1.7 was missing has its second copy there, and must still find its plan
      // on a newer host after its settings were lost — and emptied once the part holds it.
      backends.push(presentationTagBackend(env.powerPointRun, xml));
    }
    return backends;
  }
  return [];
}

/**
 * The plan id of a stored copy that cannot be used (newer version, failing validation) but is
 * still JSON: writing under the same id replaces the plan's slides or sections in place instead
 * of adding a second set beside them.
 */
function planIdOf(raw: string): string | undefined {
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return undefined;
    const id = (value as { planId?: unknown }).planId;
    return typeof id === 'string' && id !== '' ? id : undefined;
  } catch {
    return undefined;
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

export function createSession(
  info: HostInfo,
  deps: OfficeDeps,
  environment: HostEnvironment = officeEnvironment(),
): DocumentSession {
  const store = createPlanStore(backendsFor(info, environment));
  const queue = createWriteQueue();
  const now = environment.now ?? (() => new Date());
  let opening: Promise<OpenResult> | undefined;
  let planId: string | undefined;
  /** The newest plan the pane gave: what is (or is about to be) in the document. */
  let latest: Plan | undefined;
  let previous: PreviousPlan | undefined;
  let written: Readonly<Record<string, string>> | undefined;
  let lastSave: SaveResult | undefined;

  const open = (): Promise<OpenResult> => {
    opening ??= store.open().then((result) => {
      planId =
        result.envelope?.planId ??
        result.unreadable.map((copy) => planIdOf(copy.raw)).find((id) => id !== undefined) ??
        (environment.newPlanId ?? newId)();
      latest ??= result.envelope?.plan;
      previous ??= result.envelope?.previous;
      written ??= result.envelope?.written;
      return result;
    });
    return opening;
  };

  const saveOnce = async (plan: Plan): Promise<SaveOutcome> => {
    await open();
    if (environment.readOnly?.()) {
      // Nothing can be written; the next change (or retry()) tries again once editing is on.
      environment.onSaveResult?.({
        ok: false,
        copies: 0,
        stores: [],
        conflicts: [],
        message: READ_ONLY,
      });
      return 'stop';
    }
    const result = await store.save(makeEnvelope(plan, planId!, now(), 0, previous, written));
    lastSave = result;
    environment.onSaveResult?.(result);
    if (result.ok) return 'saved';
    // Trying again helps only where the host failed, not where a copy blocks the store.
    return result.stores.some((s) => !s.ok && s.retry) ? 'retry' : 'stop';
  };

  const inner = createSaver<Plan>(saveOnce, {
    intervalMs: environment.saveIntervalMs ?? 1000,
    retryDelaysMs: environment.retryDelaysMs,
    onState: environment.onSaveState,
    onError: (error) =>
      environment.onSaveResult?.({
        ok: false,
        copies: 0,
        stores: [],
        conflicts: [],
        message: {
          de: `Speichern fehlgeschlagen: ${describeError(error)}`,
          en: `Saving failed: ${describeError(error)}`,
        },
      }),
  });
  const saver: Saver<Plan> = {
    ...inner,
    schedule(plan) {
      latest = plan;
      inner.schedule(plan);
    },
  };

  const saveNow = async (plan: Plan): Promise<SaveResult | undefined> => {
    lastSave = undefined;
    saver.schedule(plan);
    await saver.flush();
    return lastSave;
  };

  const write = async (
    plan: Plan,
    steps: readonly StoryStep[],
    options: WriteOptions,
  ): Promise<WriteResult> => {
    if (!info.capabilities.write.ok) {
      return {
        ok: false,
        message: info.capabilities.write.reason,
        written: [],
        unchanged: [...steps],
        incomplete: [],
      };
    }
    if (environment.readOnly?.()) {
      return { ok: false, message: READ_ONLY, written: [], unchanged: [...steps], incomplete: [] };
    }
    await open();
    const id = planId!;
    const outline = deps.buildStory(plan, { language: options.language, today: options.today });
    let result: WriteResult;
    if (info.host === 'powerpoint' && environment.powerPointRun) {
      result = await writeSlides(
        { run: environment.powerPointRun, canReadSelection: info.capabilities.selection },
        id,
        steps,
        stepRenderer(outline, deps.renderDeck, deps.toBase64),
        { formatting: options.formatting },
      );
    } else if (info.host === 'word' && environment.wordRun) {
      result = await writeSections(
        { run: environment.wordRun, canReadChangeTracking: info.capabilities.changeTracking },
        id,
        outline,
        steps,
      );
    } else {
      return {
        ok: false,
        message: CANNOT_WRITE,
        written: [],
        unchanged: [...steps],
        incomplete: [],
      };
    }
    // The plan id on the slides or sections is only useful with the plan stored beside it.
    saver.schedule(plan);
    await saver.flush();
    return result;
  };

  return {
    info,
    open,
    saver,
    busy: () => queue.busy(),
    saveState: () => saver.state(),
    async replacePlan(plan) {
      await open();
      // The plan on screen is the one put aside: typed changes not saved yet are part of it.
      const aside = latest;
      previous = aside ? { replacedAt: now().toISOString(), plan: aside } : undefined;
      const saved = await saveNow(plan);
      return previous ? { plan, replaced: previous, saved } : { plan, saved };
    },
    replaced: () => previous,
    noteWritten(fingerprints) {
      written = fingerprints;
    },
    async restoreReplaced() {
      await open();
      const back = previous?.plan;
      if (!back) return {};
      previous = latest ? { replacedAt: now().toISOString(), plan: latest } : undefined;
      const saved = await saveNow(back);
      return previous ? { plan: back, replaced: previous, saved } : { plan: back, saved };
    },
    forgetReplaced() {
      previous = undefined;
      if (latest) saver.schedule(latest);
    },
    conflicts: () => lastSave?.conflicts ?? [],
    resolveConflict(choice) {
      const conflicts = lastSave?.conflicts ?? [];
      if (conflicts.length === 0) return undefined;
      store.settle(conflicts);
      lastSave = undefined;
      if (choice === 'mine') {
        if (latest) saver.schedule(latest);
        return undefined;
      }
      const newest = [...conflicts].sort(
        (a, b) =>
          b.envelope.revision - a.envelope.revision ||
          Date.parse(b.envelope.savedAt) - Date.parse(a.envelope.savedAt),
      )[0]!.envelope;
      planId = newest.planId;
      // Written back everywhere, so that every store holds the plan the pane now shows.
      saver.schedule(newest.plan);
      return newest.plan;
    },
    writeSteps(plan, steps, options = {}) {
      const key = JSON.stringify([[...steps].sort(), options, plan]);
      return queue.run(key, () =>
        write(plan, steps, options).catch(
          // The writers report what they know; this catches what they could not foresee (a
          // host that rejects PowerPoint.run itself, a story that cannot be built).
          (error: unknown): WriteResult => ({
            ok: false,
            message: {
              de: `Schreiben nicht möglich: ${describeError(error)}. Bitte das Dokument prüfen und noch einmal versuchen.`,
              en: `Could not write: ${describeError(error)}. Please check the document and try again.`,
            },
            written: [],
            unchanged: [],
            incomplete: [...steps],
          }),
        ),
      );
    },
  };
}
