// The task pane: the six steps as a navigable list, the open plan's contents per step, opening a
// plan file, downloading the plan as a deck or a document and — in PowerPoint or Word — writing
// steps into the open document and keeping the plan in it. Everything that happens is an action
// for the pure reducer in state.ts; this file only renders and wires events.
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  Text,
  Title3,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  useCallback,
  useEffect,
  useId,
  useReducer,
  useRef,
  useState,
  type ChangeEvent,
} from 'react';
import {
  describeError,
  flushWhenHidden,
  type DocumentSession,
  type SaveResult,
  type UnreadableCopy,
} from '../office';
import type { HostInfo } from '../office/host';
import { readPlanText } from '../plan/read';
import { STEPS, type Language, type Plan, type Step } from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';
import type { StoryStep } from '../story/outline';
import {
  canWrite,
  downloadName,
  initialState,
  paneReducer,
  placed,
  type DownloadFormat,
  type HostState,
  type PaneState,
} from './state';
import { fill, STEP_HINTS, stepContents, TEXTS } from './texts';

/** Every story step: the cover and overview, then the six steps. */
const WHOLE_PLAN: readonly StoryStep[] = [0, 1, 2, 3, 4, 5, 6];

export interface AppServices {
  /** Turns the plan into a file's bytes (loads the renderers on first use). */
  readonly render: (plan: Plan, format: DownloadFormat, language: Language) => Promise<Blob>;
  /** Hands the bytes to the browser's download. */
  readonly save: (blob: Blob, fileName: string) => void;
  /**
   * The session with the open document, for PowerPoint or Word when they can write; called once.
   * Without it the pane offers downloads only.
   */
  readonly connect?: (
    info: HostInfo,
    onSaveResult: (result: SaveResult) => void,
  ) => DocumentSession;
}

export interface AppProps {
  readonly language: Language;
  /** The one start-up of Office, begun by the entry point before the first render. */
  readonly host: Promise<HostInfo>;
  readonly services: AppServices;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    minHeight: '100vh',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  hostLine: { color: tokens.colorNeutralForeground2 },
  stepList: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  stepButton: { width: '100%', justifyContent: 'flex-start', textAlign: 'start' },
  stepNumber: {
    display: 'inline-flex',
    alignItems: 'center',
    justifyContent: 'center',
    minWidth: tokens.spacingHorizontalXL,
    marginRight: tokens.spacingHorizontalS,
    fontWeight: tokens.fontWeightSemibold,
  },
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  panelHeading: { margin: 0 },
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  hiddenInput: { display: 'none' },
  status: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
  },
  statusText: { flexGrow: 1 },
  problems: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  hint: { color: tokens.colorNeutralForeground3 },
  fullWidth: { flexBasis: '100%', margin: 0 },
  unreadable: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
  },
});

function hostLine(host: HostState, language: Language): string {
  if (host.phase === 'starting') return TEXTS.starting[language];
  const { info } = host;
  if (info.host === null) return TEXTS.standalone[language];
  // A host that lacks the API sets says so in the write section, right away.
  return (info.host === 'powerpoint' ? TEXTS.inPowerPoint : TEXTS.inWord)[language];
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

export function App({ language, host, services }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = {
    needsPlan: useId(),
    stepHeading: useId(),
    problems: useId(),
    write: useId(),
    unreadable: useId(),
  };
  // Created once per pane, also when React runs effects twice (StrictMode).
  const sessionRef = useRef<DocumentSession | null>(null);
  const [session, setSession] = useState<DocumentSession | null>(null);
  const { connect } = services;

  useEffect(() => {
    let current = true;
    void host.then((info) => {
      if (!current) return;
      dispatch({ type: 'host-ready', info });
      if (info.host !== null && info.capabilities.write.ok && connect) {
        sessionRef.current ??= connect(info, (result) => {
          if (!result.ok) dispatch({ type: 'save-failed', message: result.message });
        });
        setSession(sessionRef.current);
      }
    });
    return () => {
      current = false;
    };
  }, [host, connect]);

  useEffect(() => {
    if (!session) return;
    let current = true;
    // open() reads once; a second call (StrictMode) gets the same answer.
    session.open().then(
      (result) => {
        if (current) dispatch({ type: 'stored-plan-loaded', result });
      },
      (error: unknown) => {
        if (current) dispatch({ type: 'stored-plan-failed', reason: describeError(error) });
      },
    );
    const stop = flushWhenHidden(() => session.saver.flush(), window, document);
    return () => {
      current = false;
      stop();
    };
  }, [session]);

  const onFile = useCallback(
    async (event: ChangeEvent<HTMLInputElement>) => {
      const input = event.currentTarget;
      const file = input.files?.[0];
      // Cleared so that choosing the same file again (after fixing it) fires another change.
      input.value = '';
      if (!file) return;
      dispatch({ type: 'open-started', fileName: file.name });
      try {
        const text = await file.text();
        const result = readPlanText(text);
        dispatch({ type: 'open-read', fileName: file.name, result });
        if (result.ok && session) {
          // The opened plan is kept in the document from now on.
          session.saver.schedule(result.plan);
          void session.saver.flush();
        }
      } catch (error) {
        dispatch({ type: 'open-failed', fileName: file.name, reason: describeError(error) });
      }
    },
    [session],
  );

  const download = useCallback(
    async (format: DownloadFormat) => {
      const plan = state.open?.plan;
      if (!plan || state.busy !== null) return;
      const fileName = downloadName(plan, format);
      dispatch({ type: 'download-started', format, fileName });
      try {
        services.save(await services.render(plan, format, language), fileName);
        dispatch({ type: 'download-done', format, fileName });
      } catch (error) {
        dispatch({ type: 'download-failed', format, fileName, reason: describeError(error) });
      }
    },
    [state.open, state.busy, services, language],
  );

  const write = useCallback(
    async (steps: readonly StoryStep[]) => {
      const plan = state.open?.plan;
      if (!plan || !session || state.busy !== null) return;
      dispatch({ type: 'write-started', steps });
      try {
        // The document speaks the plan's language when it names one, else the pane's.
        const result = await session.writeSteps(plan, steps, {
          language: plan.account.language ?? language,
        });
        dispatch({ type: 'write-done', steps, result });
      } catch (error) {
        dispatch({ type: 'write-failed', steps, reason: describeError(error) });
      }
    },
    [state.open, state.busy, session, language],
  );

  const exportRaw = useCallback(
    (copy: UnreadableCopy, index: number) => {
      const { blob, fileName } = rawFile(copy, index);
      services.save(blob, fileName);
    },
    [services],
  );

  const t = (key: keyof typeof TEXTS) => TEXTS[key][language];
  const say = (template: keyof typeof TEXTS) => placed(state, TEXTS[template], {})[language];
  const writable = canWrite(state) && session !== null;
  const info = state.host.phase === 'ready' ? state.host.info : null;
  const writeDisabled = state.open === null || state.busy !== null;
  const writingAll = state.busy === 'write' && state.writing?.length === WHOLE_PLAN.length;
  const writingStep = state.busy === 'write' && state.writing?.length === 1;

  return (
    <main className={styles.root} lang={language}>
      <header className={styles.header}>
        <Title3 as="h1" className={styles.heading}>
          {t('appName')}
        </Title3>
        <Caption1 className={styles.hostLine} data-testid="host-status">
          {hostLine(state.host, language)}
        </Caption1>
      </header>

      <section aria-label={t('planFile')} className={styles.row}>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".json,application/json"
          aria-label={t('openPlan')}
          tabIndex={-1}
          onChange={(event) => void onFile(event)}
        />
        <Button
          appearance="primary"
          // Focusable while busy, so that focus does not drop to the page mid-work.
          disabledFocusable={state.busy !== null}
          title={t('openPlanHint')}
          onClick={() => fileInput.current?.click()}
        >
          {t('openPlan')}
        </Button>
        {(['pptx', 'docx'] as const).map((format) => (
          <Button
            key={format}
            disabledFocusable={state.open === null || state.busy !== null}
            aria-describedby={state.open === null ? ids.needsPlan : undefined}
            icon={state.busy === format ? <Spinner size="tiny" aria-hidden /> : undefined}
            onClick={() => void download(format)}
          >
            {format === 'pptx' ? t('downloadPptx') : t('downloadDocx')}
          </Button>
        ))}
        <Caption1 id={ids.needsPlan} className={styles.hint}>
          {state.open === null
            ? t('downloadNeedsPlan')
            : state.open.source === 'file'
              ? state.open.fileName
              : say('storedSource')}
        </Caption1>
      </section>

      {info !== null && info.host !== null && (
        <section aria-labelledby={ids.write} className={styles.row}>
          <Subtitle2 as="h2" id={ids.write} className={styles.fullWidth}>
            {say('writeHeading')}
          </Subtitle2>
          {writable ? (
            <Button
              appearance="primary"
              disabledFocusable={writeDisabled}
              aria-describedby={state.open === null ? ids.needsPlan : undefined}
              icon={writingAll ? <Spinner size="tiny" aria-hidden /> : undefined}
              onClick={() => void write(WHOLE_PLAN)}
            >
              {t('writePlan')}
            </Button>
          ) : (
            <Body1>
              {
                placed(state, TEXTS.cannotWrite, {
                  reason: info.capabilities.write.ok
                    ? TEXTS.cannotWriteNoSession
                    : info.capabilities.write.reason,
                })[language]
              }
            </Body1>
          )}
        </section>
      )}

      <StatusRegion
        state={state}
        language={language}
        onDismiss={() => dispatch({ type: 'dismiss-status' })}
      />

      {state.stored && state.stored.unreadable.length > 0 && (
        <section aria-labelledby={ids.unreadable}>
          <Subtitle2 as="h2" id={ids.unreadable}>
            {t('unreadableHeading')}
          </Subtitle2>
          <ul className={styles.problems}>
            {state.stored.unreadable.map((copy, index) => (
              <UnreadableItem
                key={copy.slot}
                copy={copy}
                language={language}
                onExport={() => exportRaw(copy, index)}
              />
            ))}
          </ul>
        </section>
      )}

      {state.rejected && (
        <section aria-labelledby={ids.problems}>
          <Subtitle2 as="h2" id={ids.problems}>
            {fill(TEXTS.problemsHeading[language], { file: state.rejected.fileName })}
          </Subtitle2>
          <ul className={styles.problems}>
            {state.rejected.problems.map((problem, index) => (
              <li key={index}>
                {/* The message already names the place: field path, line and column. */}
                <Body1>{problem.message[language]}</Body1>
              </li>
            ))}
          </ul>
        </section>
      )}

      <nav aria-label={t('stepsLabel')}>
        <ol className={styles.stepList}>
          {STEPS.map((step) => (
            <li key={step}>
              <Button
                className={styles.stepButton}
                appearance={step === state.step ? 'primary' : 'subtle'}
                aria-current={step === state.step ? 'step' : undefined}
                aria-controls={ids.stepHeading}
                onClick={() => dispatch({ type: 'select-step', step })}
              >
                <span className={styles.stepNumber} aria-hidden="true">
                  {step}
                </span>
                {STEP_NAMES[step][language]}
              </Button>
            </li>
          ))}
        </ol>
      </nav>

      <StepPanel
        step={state.step}
        plan={state.open?.plan}
        language={language}
        headingId={ids.stepHeading}
        onMove={(by) => dispatch({ type: 'move-step', by })}
        write={
          writable
            ? {
                label: say('writeStep'),
                disabled: writeDisabled,
                describedBy: state.open === null ? ids.needsPlan : undefined,
                running: writingStep,
                onWrite: () => void write([state.step]),
              }
            : undefined
        }
      />
    </main>
  );
}

interface StatusRegionProps {
  readonly state: PaneState;
  readonly language: Language;
  readonly onDismiss: () => void;
}

/**
 * Two live regions that are always in the page, so that screen readers pick up a new message:
 * progress and success politely, errors assertively.
 */
function StatusRegion({ state, language, onDismiss }: StatusRegionProps) {
  const styles = useStyles();
  const { status } = state;
  const body = status && (
    <div className={mergeClasses(styles.status, styles[status.tone])}>
      {/* Spinners are progressbars without a name: hidden, since the text says what runs. */}
      {state.busy !== null && <Spinner size="extra-tiny" aria-hidden />}
      <Body1 className={styles.statusText}>{status.message[language]}</Body1>
      {state.busy === null && (
        <Button
          appearance="transparent"
          size="small"
          // A glyph rather than @fluentui/react-icons, which is not a direct dependency.
          icon={<span aria-hidden="true">✕</span>}
          aria-label={TEXTS.dismiss[language]}
          title={TEXTS.dismiss[language]}
          onClick={onDismiss}
        />
      )}
    </div>
  );
  // One wrapper, so that the empty regions take one gap of the layout, not two.
  return (
    <div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {status?.tone !== 'error' && body}
      </div>
      <div role="alert" aria-atomic="true">
        {status?.tone === 'error' && body}
      </div>
    </div>
  );
}

interface UnreadableItemProps {
  readonly copy: UnreadableCopy;
  readonly language: Language;
  readonly onExport: () => void;
}

function UnreadableItem({ copy, language, onExport }: UnreadableItemProps) {
  const styles = useStyles();
  const id = useId();
  return (
    <li className={styles.unreadable}>
      <Body1 id={id}>
        {copy.where[language]}: {copy.message[language]}
      </Body1>
      {/* Only a download: the stored copy itself stays untouched in the document. */}
      <Button size="small" aria-describedby={id} onClick={onExport}>
        {TEXTS.exportRaw[language]}
      </Button>
    </li>
  );
}

/** The step panel's write button, when the pane can write into the open document. */
interface StepWrite {
  readonly label: string;
  readonly disabled: boolean;
  readonly describedBy: string | undefined;
  readonly running: boolean;
  readonly onWrite: () => void;
}

interface StepPanelProps {
  readonly step: Step;
  readonly plan: Plan | undefined;
  readonly language: Language;
  readonly headingId: string;
  readonly onMove: (by: 1 | -1) => void;
  readonly write: StepWrite | undefined;
}

function StepPanel({ step, plan, language, headingId, onMove, write }: StepPanelProps) {
  const styles = useStyles();
  return (
    <section className={styles.panel} aria-labelledby={headingId}>
      <Caption1>{fill(TEXTS.stepOf[language], { n: step })}</Caption1>
      <Subtitle2 as="h2" id={headingId} className={styles.panelHeading}>
        {STEP_NAMES[step][language]}
      </Subtitle2>
      <Body1>{STEP_HINTS[step][language]}</Body1>
      <Text weight="semibold" data-testid="step-contents">
        {plan ? stepContents(plan, step, language) : TEXTS.noPlan[language]}
      </Text>
      <div className={styles.row}>
        <Button disabled={step === STEPS[0]} onClick={() => onMove(-1)}>
          {TEXTS.previous[language]}
        </Button>
        <Button disabled={step === STEPS[STEPS.length - 1]} onClick={() => onMove(1)}>
          {TEXTS.next[language]}
        </Button>
      </div>
      {write && (
        <div className={styles.row}>
          <Button
            disabledFocusable={write.disabled}
            aria-describedby={write.describedBy}
            icon={write.running ? <Spinner size="tiny" aria-hidden /> : undefined}
            onClick={write.onWrite}
          >
            {write.label}
          </Button>
        </div>
      )}
    </section>
  );
}
