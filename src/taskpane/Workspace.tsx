// The editor, loaded after the first paint: it holds the plan and its history, keeps the plan
// where it lives (the document, or this browser), runs the red-thread rules off the keystroke
// path and hands every part of the pane what it needs through contexts.
// First: zod must know it may not compile code before any schema is built (see the module).
import './session/jitless';
import {
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Spinner,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ClipboardTaskListLtrRegular,
  DocumentArrowRightRegular,
  TextBulletListSquareRegular,
} from '@fluentui/react-icons';
import {
  useCallback,
  useEffect,
  useMemo,
  useReducer,
  useRef,
  useState,
  type ChangeEvent,
} from 'react';
import {
  describeError,
  offerFile,
  officeBrowser,
  readHandoff,
  type HostInfo,
  type UnreadableCopy,
} from '../office';
import {
  applyEdit,
  citationsOf,
  emptyItem,
  newPlan,
  nextId,
  readPlanText,
  STEPS,
  writePlanText,
  type Language,
  type Localized,
  type Plan,
  type PlanStart,
  type Step,
} from '../plan';
import type { StoryStep } from '../story/outline';
import type { AppServices } from './App';
import { DeleteDialog } from './components/DeleteDialog';
import { describeSteps, fill, paneLanguage, TEXTS } from './i18n/texts';
import { Header } from './layout/Header';
import { NewPlanForm } from './layout/NewPlanForm';
import { StartPanel } from './layout/StartPanel';
import { StatusRegion } from './layout/StatusRegion';
import { StepNavigator, type StepBadge } from './layout/StepNavigator';
import { RejectedProblems, UnreadableCopies } from './layout/StoredProblems';
import { Tools } from './layout/Tools';
import { Banner } from './layout/Banners';
import { CopyPlanDialog } from './layout/CopyPlanDialog';
import { usePlanHome, type Home, type PlanHome } from './session/usePlanHome';
import {
  ChangedContext,
  CommandsContext,
  DerivedContext,
  LabelsContext,
  LanguageContext,
  PaneContext,
  PlanContext,
  type Commands,
  type PendingRemoval,
} from './state/contexts';
import { derive, HOME_STEP, labelsOf } from './state/derived';
import { useSettled, useStableLabels } from './state/hooks';
import { editorReducer, initialEditor } from './state/editor';
import { changedSinceWritten, fingerprints, STORY_STEPS } from './state/fingerprint';
import {
  canWrite,
  fileNameFor,
  initialPane,
  keptInDocument,
  paneReducer,
  placed,
  type DownloadChoice,
  type DownloadFormat,
  type PaneState,
} from './state/pane';
import { downloadOf, FULL_PLAN } from './state/downloads';
import { StepView } from './steps';
import { OverviewView } from './views/OverviewView';
import { ReviewView } from './views/ReviewView';

/** What the pane shows under the navigator: a step, the overview or the review. */
type View = 'steps' | 'overview' | 'review';

/** The red-thread rules run once the typing has paused this long. */
const RULES_PAUSE_MS = 150;

/** How long a success message stays. */
const SUCCESS_MS = 8000;

/** Every story step: the cover and overview, then the six steps. */
const WHOLE_PLAN: readonly StoryStep[] = STORY_STEPS;

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    minWidth: 0,
    overflowWrap: 'anywhere',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  hidden: { display: 'none' },
  writeBar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1 },
  cannot: { color: tokens.colorNeutralForeground2 },
  views: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  customer: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
  },
  dialog: { maxWidth: 'min(440px, calc(100vw - 24px))' },
});

export interface WorkspaceProps {
  readonly host: Promise<HostInfo>;
  /** Office's answer however late it comes, when the start-up timed out. */
  readonly lateHost?: Promise<HostInfo>;
  readonly services: AppServices;
  readonly language: Language;
  /** The user picked the pane's language before: Office's display language does not override it. */
  readonly languageChosen: boolean;
  readonly onLanguage: (language: Language, chosen: boolean) => void;
  readonly onTheme: (dark: boolean) => void;
}

/** A stored copy as a file: JSON when it parses as JSON, plain text otherwise. */
function rawFile(copy: UnreadableCopy, index: number): { blob: Blob; fileName: string } {
  let json = false;
  try {
    JSON.parse(copy.raw);
    json = true;
  } catch {
    // Damaged data is exported as it is, as text.
  }
  return {
    blob: new Blob([copy.raw], { type: json ? 'application/json' : 'text/plain' }),
    fileName: `stored-plan-${index + 1}.${json ? 'json' : 'txt'}`,
  };
}

export default function Workspace(props: WorkspaceProps) {
  const { host, services, onTheme, onLanguage } = props;
  const styles = useStyles();
  const [pane, dispatch] = useReducer(paneReducer, props.language, initialPane);
  const [editor, editorDispatch] = useReducer(editorReducer, initialEditor);
  const [announcement, setAnnouncement] = useState('');
  const [pendingRemoval, setPendingRemoval] = useState<PendingRemoval | null>(null);
  const [pendingReplace, setPendingReplace] = useState<{ plan: Plan; fileName: string } | null>(
    null,
  );
  const [askNew, setAskNew] = useState(false);
  const [askDetails, setAskDetails] = useState(false);
  const [copyText, setCopyText] = useState<{ text: string; message: string } | null>(null);
  const [handoff, setHandoff] = useState<{ format: DownloadFormat } | null>(null);
  const [view, setView] = useState<View>('steps');
  const [choice, setChoice] = useState<DownloadChoice>(FULL_PLAN);
  const fileInput = useRef<HTMLInputElement>(null);
  const chosen = useRef(props.languageChosen);
  // The revision that came from the store itself: saving it again would only rewrite it.
  const loadedRevision = useRef(-1);
  const language = pane.language;
  const plan = editor.plan;

  const planHome = usePlanHome({
    host,
    lateHost: props.lateHost,
    services,
    dispatch,
    current: () => latest.current.editor.plan,
    onStored: (stored, written) => {
      editorDispatch({ type: 'load', plan: stored, undoable: false, written });
      // What came from the store is not saved back to it.
      loadedRevision.current = latest.current.editor.revision + 1;
    },
  });
  const { session, info, home, ready } = planHome;

  // The latest state for the commands, whose identity must not change.
  const latest = useRef({ pane, editor, session });
  latest.current = { pane, editor, session };

  // Office's language and theme, once Office has said them.
  useEffect(() => {
    if (!info) return;
    if (info.theme) onTheme(info.theme.dark);
    if (info.displayLanguage && !chosen.current) {
      const spoken = paneLanguage(info.displayLanguage);
      dispatch({ type: 'language', language: spoken });
      onLanguage(spoken, false);
    }
  }, [info, onTheme, onLanguage]);

  // Every change is kept where the plan lives.
  const { keep } = planHome;
  useEffect(() => {
    if (!plan || editor.revision === loadedRevision.current) return;
    keep(plan, editor.written);
  }, [plan, editor.revision, editor.written, keep]);

  // A page opened with a plan handed over from Office (where downloads are blocked): open it
  // and offer the file it was sent for.
  useEffect(() => {
    if (home !== 'browser' || !ready) return;
    let current = true;
    void readHandoff(location.hash).then((handed) => {
      if (!current || !handed) return;
      // office.js sets the instance's replaceState and pushState to null (it guards hosts whose
      // web view cannot keep history); the prototype's method still works on this page.
      History.prototype.replaceState.call(history, null, '', location.pathname + location.search);
      const read = readPlanText(handed.planText);
      if (!read.ok) {
        dispatch({ type: 'open-rejected', fileName: 'Office', problems: read.problems });
        return;
      }
      if (latest.current.editor.plan) {
        setPendingReplace({ plan: read.plan, fileName: 'Office' });
      } else {
        editorDispatch({ type: 'load', plan: read.plan, undoable: true });
      }
      if (handed.format) setHandoff({ format: handed.format });
      // The file offered is the version it was sent for: the customer's stays the customer's.
      setChoice({
        customer: handed.options.customer === true,
        review: handed.options.review === true,
      });
    });
    return () => {
      current = false;
    };
  }, [home, ready]);

  // A success fades after a while (it was announced); progress and errors stay until they end
  // or are dismissed.
  const status = pane.status;
  useEffect(() => {
    if (status?.tone !== 'success') return;
    const timer = setTimeout(() => dispatch({ type: 'dismiss-status', only: status }), SUCCESS_MS);
    return () => clearTimeout(timer);
  }, [status]);

  // A refused edit says why.
  const refusal = editor.refusal;
  useEffect(() => {
    if (refusal) dispatch({ type: 'notice', message: refusal.reason });
  }, [refusal]);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const labels = useStableLabels(plan, language);
  // The rules and the "changed since written" marks follow when the typing pauses: they look at
  // the whole plan, and a keystroke must not wait for them.
  const settledPlan = useSettled(plan, RULES_PAUSE_MS);
  const derived = useMemo(
    () => (settledPlan ? derive(settledPlan, language) : null),
    [settledPlan, language],
  );
  const changed = useMemo(
    () => new Set(settledPlan ? changedSinceWritten(settledPlan, editor.written) : []),
    [settledPlan, editor.written],
  );

  const announce = useCallback((text: string) => {
    // The same words twice must be announced twice: a zero-width space makes them differ.
    setAnnouncement((previous) => (previous === text ? `${text}\u200b` : text));
  }, []);

  const write = useCallback(async (steps: readonly StoryStep[]) => {
    const { pane: state, editor: current, session: open } = latest.current;
    const target = current.plan;
    if (!target || !open || state.busy !== null || !canWrite(state)) return;
    dispatch({ type: 'write-started', steps });
    try {
      // The document speaks the plan's language when it names one, else the pane's.
      const result = await open.writeSteps(target, steps, {
        language: target.account.language ?? state.language,
      });
      dispatch({ type: 'write-done', steps, result });
      const done = result.ok ? steps : result.written;
      if (done.length > 0) {
        editorDispatch({ type: 'written', fingerprints: fingerprints(target, done) });
      }
    } catch (error) {
      dispatch({ type: 'write-failed', steps, reason: describeError(error) });
    }
  }, []);

  const commands = useMemo<Commands>(
    () => ({
      edit: (edit, typing) => editorDispatch({ type: 'edit', edit, typing, at: Date.now() }),
      undo: () => {
        if (latest.current.editor.past.length === 0) return;
        editorDispatch({ type: 'undo' });
        announce(TEXTS.undone[latest.current.pane.language]);
      },
      redo: () => {
        if (latest.current.editor.future.length === 0) return;
        editorDispatch({ type: 'redo' });
        announce(TEXTS.redone[latest.current.pane.language]);
      },
      focusItem: (id, field, step) => {
        const current = latest.current.editor.plan;
        if (!current) return;
        const collection = homeOf(current, id);
        const target: Step | undefined = step ?? (collection ? HOME_STEP[collection] : undefined);
        if (target === undefined) return;
        dispatch({ type: 'focus-item', step: target, id, field });
      },
      remove: (collection, id) => {
        const current = latest.current.editor.plan;
        if (!current) return;
        const citations = citationsOf(current, id);
        if (citations.length > 0) {
          setPendingRemoval({ collection, id, citations });
          return;
        }
        const label = labelsOf(current, latest.current.pane.language).get(id) ?? id;
        editorDispatch({ type: 'edit', edit: { type: 'remove', collection, id }, at: Date.now() });
        announce(fill(TEXTS.deleted[latest.current.pane.language], { label }));
      },
      add: (collection, fields = {}, focus) => {
        const current = latest.current.editor.plan;
        if (!current) return undefined;
        const id = nextId(current, collection);
        const edit = {
          type: 'add',
          collection,
          item: emptyItem(collection, id, fields),
        } as const;
        // Checked first, so that a refused item says why and nothing opens.
        const result = applyEdit(current, edit as Parameters<typeof applyEdit>[1]);
        if (!result.ok) {
          dispatch({ type: 'notice', message: result.reason });
          return undefined;
        }
        editorDispatch({
          type: 'edit',
          edit: edit as Parameters<typeof applyEdit>[1],
          at: Date.now(),
        });
        if (focus !== false) {
          dispatch({ type: 'focus-item', step: HOME_STEP[collection], id, field: focus });
        }
        return id;
      },
      write: (steps) => void write(steps),
      announce,
    }),
    [announce, write],
  );

  // Undo and redo from the keyboard, wherever the focus is in the pane.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) {
        event.preventDefault();
        commands.undo();
      } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
        event.preventDefault();
        commands.redo();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [commands]);

  const create = (start: PlanStart) => {
    editorDispatch({ type: 'load', plan: newPlan(start), undoable: true });
    dispatch({ type: 'plan-started', account: start.name });
    setAskNew(false);
  };

  const changeDetails = (details: PlanStart) => {
    setAskDetails(false);
    commands.edit({
      type: 'account',
      patch: {
        name: details.name,
        // An emptied owner is no owner: the field leaves the file.
        planOwner: details.planOwner?.trim() ? details.planOwner : undefined,
        periodStart: details.periodStart,
        language: details.language,
      },
    });
    dispatch({ type: 'notice-info', message: TEXTS.detailsSaved });
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file) return;
    dispatch({ type: 'open-started', fileName: file.name });
    try {
      const result = readPlanText(await file.text());
      if (!result.ok) {
        dispatch({ type: 'open-rejected', fileName: file.name, problems: result.problems });
      } else if (latest.current.editor.plan) {
        // A plan is open: the user decides, and undo can bring it back.
        setPendingReplace({ plan: result.plan, fileName: file.name });
      } else {
        editorDispatch({ type: 'load', plan: result.plan, undoable: true });
        dispatch({ type: 'open-done', fileName: file.name, account: result.plan.account.name });
      }
    } catch (error) {
      dispatch({ type: 'open-failed', fileName: file.name, reason: describeError(error) });
    }
  };

  const replace = (confirmed: boolean) => {
    const pending = pendingReplace;
    setPendingReplace(null);
    if (!pending) return;
    if (!confirmed) {
      dispatch({ type: 'open-cancelled' });
      return;
    }
    editorDispatch({ type: 'load', plan: pending.plan, undoable: true });
    dispatch({ type: 'open-done', fileName: pending.fileName, account: pending.plan.account.name });
    // The document keeps the plan it replaced, also beyond this pane's undo.
    if (home === 'document') {
      loadedRevision.current = latest.current.editor.revision + 1;
      void planHome.replaceWith(pending.plan);
    }
  };

  /** How this host hands over files: downloads are blocked in Office on Mac and iPad. */
  const route = info?.capabilities.download ?? 'blob';

  const download = async (format: DownloadFormat) => {
    if (!editor.plan || pane.busy !== null) return;
    const { plan, options, handed } = downloadOf(editor.plan, choice);
    // The file says what it is, so a customer version is not taken for the full plan.
    const fileName = fileNameFor(
      choice.customer
        ? `${plan.account.name} – ${TEXTS.customerFileSuffix[language]}`
        : plan.account.name,
      format,
    );
    dispatch({ type: 'download-started', format, fileName });
    try {
      const result = await offerFile({
        route,
        format,
        fileName,
        planText: writePlanText(plan),
        copyText: writePlanText(handed),
        options,
        pageUrl: location.href,
        render: () => services.render(plan, format, language, options),
        saveBlob: services.save,
        openBrowser: officeBrowser(),
      });
      dispatch({ type: 'download-done', format, fileName });
      if (result.kind === 'browser') dispatch({ type: 'notice-info', message: result.message });
      if (result.kind === 'manual') {
        setCopyText({ text: result.planText, message: result.message[language] });
      }
    } catch (error) {
      dispatch({ type: 'download-failed', format, fileName, reason: describeError(error) });
    }
  };

  const saveFile = () => {
    if (!plan) return;
    const text = writePlanText(plan);
    if (route !== 'blob') {
      // No download here: the plan's text, to copy into a file.
      setCopyText({ text, message: TEXTS.copyTitle[language] });
      return;
    }
    const fileName = fileNameFor(plan.account.name, 'kap.json');
    services.save(new Blob([text], { type: 'application/json' }), fileName);
    dispatch({ type: 'file-saved', fileName });
  };

  const confirmRemoval = () => {
    const pending = pendingRemoval;
    setPendingRemoval(null);
    if (!pending) return;
    const label = labels.get(pending.id) ?? pending.id;
    commands.edit({ type: 'remove', collection: pending.collection, id: pending.id });
    announce(fill(TEXTS.deleted[language], { label }));
  };

  const chooseLanguage = (next: Language) => {
    chosen.current = true;
    dispatch({ type: 'language', language: next });
    onLanguage(next, true);
  };

  // The header's tools and the navigator keep their identity while the user types: the
  // functions they call read the latest state through a ref.
  const menu = useRef({ chooseLanguage, saveFile, download });
  menu.current = { chooseLanguage, saveFile, download };
  // A finding's "go to" leads to a step: the overview or the review makes way for it.
  const focusRequest = pane.focus;
  useEffect(() => {
    if (focusRequest) setView('steps');
  }, [focusRequest]);
  const canUndo = editor.past.length > 0;
  const canRedo = editor.future.length > 0;
  const hasPlan = plan !== null;
  const busy = pane.busy !== null;
  const tools = useMemo(
    () => (
      <Tools
        language={language}
        canUndo={canUndo}
        canRedo={canRedo}
        hasPlan={hasPlan}
        busy={busy}
        onUndo={commands.undo}
        onRedo={commands.redo}
        onLanguage={(next) => menu.current.chooseLanguage(next)}
        onNew={() => setAskNew(true)}
        onDetails={() => setAskDetails(true)}
        onOpen={() => fileInput.current?.click()}
        onSaveFile={() => menu.current.saveFile()}
        onDownload={(format) => void menu.current.download(format)}
        choice={choice}
        onChoice={setChoice}
      />
    ),
    [language, canUndo, canRedo, hasPlan, busy, commands, choice],
  );
  const selectStep = useCallback((step: Step) => {
    setView('steps');
    dispatch({ type: 'select-step', step });
  }, []);

  const paneValue = useMemo(() => ({ state: pane, dispatch }), [pane]);
  const badges = useMemo(() => {
    if (!derived) return undefined;
    return Object.fromEntries(
      STEPS.map((step) => {
        const summary = derived.steps[step];
        const badge: StepBadge = {
          state: summary.state,
          errors: summary.errors,
          warnings: summary.warnings,
          changed: changed.has(step),
        };
        return [step, badge];
      }),
    ) as Record<Step, StepBadge>;
  }, [derived, changed]);

  const writable = canWrite(pane) && session !== null;
  // In Office but unable to write (an older Office, a failed start): say why, and that the
  // downloads in the plan menu still work.
  const cannotWrite =
    info && info.host !== null && !writable
      ? placed(pane, TEXTS.cannotWrite, {
          reason: info.capabilities.write.ok
            ? TEXTS.cannotWriteNoSession
            : info.capabilities.write.reason,
        })[language]
      : undefined;
  const writingAll = pane.busy === 'write' && pane.writing?.length === WHOLE_PLAN.length;
  const homeLine = lineFor(pane, info, home, language);

  return (
    <LanguageContext.Provider value={language}>
      <PaneContext.Provider value={paneValue}>
        <CommandsContext.Provider value={commands}>
          <LabelsContext.Provider value={labels}>
            <DerivedContext.Provider value={derived}>
              <ChangedContext.Provider value={changed}>
                <main className={styles.root} lang={language}>
                  <Header
                    product={TEXTS.appName[language]}
                    title={plan?.account.name}
                    line={homeLine}
                    tools={tools}
                  />
                  <input
                    ref={fileInput}
                    className={styles.hidden}
                    type="file"
                    accept=".json,application/json"
                    aria-label={TEXTS.openFile[language]}
                    tabIndex={-1}
                    onChange={(event) => void onFile(event)}
                  />
                  <StatusRegion
                    state={pane}
                    language={language}
                    announcement={announcement}
                    onDismiss={() => dispatch({ type: 'dismiss-status' })}
                  />
                  <PlanBanners
                    planHome={planHome}
                    language={language}
                    pane={pane}
                    handoff={handoff && plan ? handoff.format : undefined}
                    onDownload={(format) => {
                      setHandoff(null);
                      void download(format);
                    }}
                    onPlan={(restored, message) => {
                      editorDispatch({ type: 'load', plan: restored, undoable: true });
                      dispatch({ type: 'notice-info', message });
                    }}
                  />
                  {planHome.unreadable.length > 0 && (
                    <UnreadableCopies
                      copies={planHome.unreadable}
                      language={language}
                      onExport={(copy, index) => {
                        const { blob, fileName } = rawFile(copy, index);
                        services.save(blob, fileName);
                      }}
                    />
                  )}
                  {pane.rejected && (
                    <RejectedProblems rejected={pane.rejected} language={language} />
                  )}
                  {!ready ? (
                    <Spinner size="small" label={TEXTS.loadingEditor[language]} />
                  ) : plan ? (
                    <PlanContext.Provider value={plan}>
                      {/* Buttons that say whether they are pressed: Fluent's toggle shows "on"
                          too faintly beside the navigator's filled current step. */}
                      <div className={styles.views} role="group" aria-label={TEXTS.views[language]}>
                        <Button
                          size="small"
                          icon={<TextBulletListSquareRegular />}
                          aria-pressed={view === 'overview'}
                          appearance={view === 'overview' ? 'primary' : 'secondary'}
                          onClick={() => setView(view === 'overview' ? 'steps' : 'overview')}
                        >
                          {TEXTS.viewOverview[language]}
                        </Button>
                        <Button
                          size="small"
                          icon={<ClipboardTaskListLtrRegular />}
                          aria-pressed={view === 'review'}
                          appearance={view === 'review' ? 'primary' : 'secondary'}
                          onClick={() => setView(view === 'review' ? 'steps' : 'review')}
                        >
                          {TEXTS.viewReview[language]}
                        </Button>
                      </div>
                      <StepNavigator
                        language={language}
                        current={view === 'steps' ? pane.step : undefined}
                        badges={badges}
                        onSelect={selectStep}
                        updating={settledPlan !== plan}
                      />
                      {writable && (
                        <div className={styles.writeBar}>
                          <Button
                            icon={
                              writingAll ? (
                                <Spinner size="tiny" aria-hidden />
                              ) : (
                                <DocumentArrowRightRegular />
                              )
                            }
                            disabledFocusable={pane.busy !== null}
                            onClick={() => commands.write(WHOLE_PLAN)}
                          >
                            {TEXTS.writePlan[language]}
                          </Button>
                          {changed.size > 0 && (
                            <span className={styles.changed}>
                              {
                                placed(pane, TEXTS.changedSteps, {
                                  steps: describeSteps([...changed]),
                                })[language]
                              }
                            </span>
                          )}
                        </div>
                      )}
                      {cannotWrite && <Caption1 className={styles.cannot}>{cannotWrite}</Caption1>}
                      {choice.customer && (
                        <div className={styles.customer} role="note">
                          <Caption1>{TEXTS.customerVersionOn[language]}</Caption1>
                          {writable && <Caption1>{TEXTS.customerVersionOffice[language]}</Caption1>}
                          <Button
                            size="small"
                            appearance="subtle"
                            onClick={() => setChoice({ ...choice, customer: false })}
                          >
                            {TEXTS.customerVersionOff[language]}
                          </Button>
                        </div>
                      )}
                      {view === 'overview' ? (
                        <OverviewView />
                      ) : view === 'review' ? (
                        <ReviewView />
                      ) : (
                        <StepView step={pane.step} />
                      )}
                    </PlanContext.Provider>
                  ) : (
                    <StartPanel
                      language={language}
                      busy={pane.busy !== null}
                      onCreate={create}
                      onOpen={() => fileInput.current?.click()}
                    />
                  )}
                  <DeleteDialog
                    pending={pendingRemoval}
                    onConfirm={confirmRemoval}
                    onCancel={() => setPendingRemoval(null)}
                  />
                  <Dialog
                    open={pendingReplace !== null}
                    modalType="alert"
                    onOpenChange={(_, data) => {
                      if (!data.open) replace(false);
                    }}
                  >
                    <DialogSurface className={styles.dialog}>
                      <DialogBody>
                        <DialogTitle>{TEXTS.replaceTitle[language]}</DialogTitle>
                        <DialogContent>
                          {fill(TEXTS.replaceBody[language], {
                            current: plan?.account.name ?? '',
                            next: pendingReplace?.plan.account.name ?? '',
                          })}
                        </DialogContent>
                        <DialogActions>
                          <Button appearance="primary" onClick={() => replace(true)}>
                            {TEXTS.replace[language]}
                          </Button>
                          <Button onClick={() => replace(false)}>{TEXTS.cancel[language]}</Button>
                        </DialogActions>
                      </DialogBody>
                    </DialogSurface>
                  </Dialog>
                  <CopyPlanDialog
                    open={copyText !== null}
                    language={language}
                    text={copyText?.text ?? ''}
                    message={copyText?.message ?? ''}
                    onClose={() => setCopyText(null)}
                  />
                  <Dialog open={askDetails} onOpenChange={(_, data) => setAskDetails(data.open)}>
                    <DialogSurface className={styles.dialog}>
                      <DialogBody>
                        <DialogTitle>{TEXTS.planDetailsHeading[language]}</DialogTitle>
                        <DialogContent>
                          {plan && (
                            <NewPlanForm
                              language={language}
                              autoFocus
                              initial={{
                                name: plan.account.name,
                                planOwner: plan.account.planOwner ?? '',
                                periodStart: plan.account.periodStart,
                                language: plan.account.language ?? language,
                              }}
                              submitLabel={TEXTS.saveDetails[language]}
                              onCreate={changeDetails}
                              onCancel={() => setAskDetails(false)}
                            />
                          )}
                          <Caption1>{TEXTS.detailsMore[language]}</Caption1>{' '}
                          <Button
                            size="small"
                            appearance="transparent"
                            onClick={() => {
                              setAskDetails(false);
                              setView('overview');
                            }}
                          >
                            {TEXTS.openOverview[language]}
                          </Button>
                        </DialogContent>
                      </DialogBody>
                    </DialogSurface>
                  </Dialog>
                  <Dialog open={askNew} onOpenChange={(_, data) => setAskNew(data.open)}>
                    <DialogSurface className={styles.dialog}>
                      <DialogBody>
                        <DialogTitle>{TEXTS.newPlanHeading[language]}</DialogTitle>
                        <DialogContent>
                          <NewPlanForm
                            language={language}
                            autoFocus
                            onCreate={create}
                            onCancel={() => setAskNew(false)}
                          />
                        </DialogContent>
                      </DialogBody>
                    </DialogSurface>
                  </Dialog>
                </main>
              </ChangedContext.Provider>
            </DerivedContext.Provider>
          </LabelsContext.Provider>
        </CommandsContext.Provider>
      </PaneContext.Provider>
    </LanguageContext.Provider>
  );
}

/** The collection an id belongs to in the plan. */
function homeOf(plan: Plan, id: string) {
  for (const collection of Object.keys(HOME_STEP) as (keyof typeof HOME_STEP)[]) {
    if ((plan[collection] as readonly { id: string }[]).some((item) => item.id === id)) {
      return collection;
    }
  }
  return undefined;
}

/** Where the plan lives, in the header's words — or why Office did not start the pane. */
function lineFor(pane: PaneState, info: HostInfo | null, home: Home, language: Language): string {
  // A start that failed or is late says so instead of pretending to be standalone.
  if (info?.problem) return info.problem.message[language];
  if (pane.host.phase === 'starting' || home === 'pending') return TEXTS.starting[language];
  const failed = pane.save.phase === 'failed' || pane.save.phase === 'retrying';
  const reason =
    pane.save.phase === 'failed' || (pane.save.phase === 'retrying' && pane.save.message)
      ? (pane.save.message?.[language] ?? '')
      : '';
  if (home === 'document' && keptInDocument(pane)) {
    if (failed) return fill(TEXTS.livesInDocumentFailed[language], { reason });
    if (pane.save.phase === 'saving') {
      return placed(pane, TEXTS.livesInDocumentSaving, {})[language];
    }
    return placed(pane, TEXTS.livesInDocument, {})[language];
  }
  if (failed) return fill(TEXTS.livesInBrowserFailed[language], { reason });
  return TEXTS.livesInBrowser[language];
}

interface PlanBannersProps {
  readonly planHome: PlanHome;
  readonly language: Language;
  readonly pane: PaneState;
  /** A file this page was opened to hand over, while not yet downloaded. */
  readonly handoff: DownloadFormat | undefined;
  readonly onDownload: (format: DownloadFormat) => void;
  readonly onPlan: (plan: Plan, message: Localized) => void;
}

/** The questions the plan's home asks: retry a save, settle a conflict, a replaced plan. */
function PlanBanners({ planHome, language, pane, handoff, onDownload, onPlan }: PlanBannersProps) {
  const { conflicts, replaced } = planHome;
  const newest = conflicts[0];
  return (
    <>
      {(pane.save.phase === 'failed' || pane.save.phase === 'retrying') && (
        <Banner
          warning
          text={
            pane.save.phase === 'retrying'
              ? fill(TEXTS.retryingIn[language], { s: Math.ceil(pane.save.inMs / 1000) })
              : fill(TEXTS.livesInDocumentFailed[language], {
                  reason: pane.save.message[language],
                })
          }
          actions={[{ label: TEXTS.retrySave[language], onClick: planHome.retry, primary: true }]}
        />
      )}
      {newest && (
        <Banner
          warning
          text={fill(TEXTS.conflict[language], {
            where: newest.where[language],
            when: new Date(newest.envelope.savedAt).toLocaleString(language),
          })}
          actions={[
            {
              label: TEXTS.keepMine[language],
              primary: true,
              onClick: () => void planHome.resolveConflict('mine'),
            },
            {
              label: TEXTS.takeTheirs[language],
              onClick: () => {
                const theirs = planHome.resolveConflict('theirs');
                if (theirs) onPlan(theirs, TEXTS.tookTheirs);
              },
            },
          ]}
        />
      )}
      {replaced && (
        <Banner
          text={
            placed(pane, TEXTS.replacedKept, {
              account: replaced.plan.account.name,
              when: new Date(replaced.replacedAt).toLocaleString(language),
            })[language]
          }
          actions={[
            {
              label: TEXTS.bringBack[language],
              onClick: () =>
                void planHome.restoreReplaced().then((back) => {
                  if (back) onPlan(back, TEXTS.broughtBack);
                }),
            },
            { label: TEXTS.discard[language], onClick: planHome.forgetReplaced },
          ]}
        />
      )}
      {handoff && (
        <Banner
          text={TEXTS.handoffReady[language]}
          actions={[
            {
              label: fill(TEXTS.handoffDownload[language], { file: `.${handoff}` }),
              primary: true,
              onClick: () => onDownload(handoff),
            },
          ]}
        />
      )}
    </>
  );
}
