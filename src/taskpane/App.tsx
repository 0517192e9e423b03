// The task pane: the six steps as a navigable list, the open plan's contents per step, opening a
// plan file and downloading the plan as a deck or a document. Everything that happens is an
// action for the pure reducer in state.ts; this file only renders and wires events.
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
import { useCallback, useEffect, useId, useReducer, useRef, type ChangeEvent } from 'react';
import type { HostInfo } from '../office/host';
import { readPlanText } from '../plan/read';
import { STEPS, type Language, type Plan, type Step } from '../plan/schema';
import { STEP_NAMES } from '../plan/steps';
import {
  downloadName,
  initialState,
  paneReducer,
  type DownloadFormat,
  type HostState,
  type PaneState,
} from './state';
import { fill, STEP_HINTS, stepContents, TEXTS } from './texts';

export interface AppServices {
  /** Turns the plan into a file's bytes (loads the renderers on first use). */
  readonly render: (plan: Plan, format: DownloadFormat, language: Language) => Promise<Blob>;
  /** Hands the bytes to the browser's download. */
  readonly save: (blob: Blob, fileName: string) => void;
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
});

function hostLine(host: HostState, language: Language): string {
  if (host.phase === 'starting') return TEXTS.starting[language];
  const { info } = host;
  if (info.host === null) return TEXTS.standalone[language];
  const where = info.host === 'powerpoint' ? TEXTS.inPowerPoint : TEXTS.inWord;
  // A host that lacks the API sets says so right away, not at the first write.
  return info.capabilities.write.ok
    ? where[language]
    : `${where[language]}. ${info.capabilities.write.reason[language]}`;
}

function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export function App({ language, host, services }: AppProps) {
  const styles = useStyles();
  const [state, dispatch] = useReducer(paneReducer, initialState);
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = { needsPlan: useId(), stepHeading: useId(), problems: useId() };

  useEffect(() => {
    let current = true;
    void host.then((info) => {
      if (current) dispatch({ type: 'host-ready', info });
    });
    return () => {
      current = false;
    };
  }, [host]);

  const onFile = useCallback(async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again (after fixing it) fires another change.
    input.value = '';
    if (!file) return;
    dispatch({ type: 'open-started', fileName: file.name });
    try {
      const text = await file.text();
      dispatch({ type: 'open-read', fileName: file.name, result: readPlanText(text) });
    } catch (error) {
      dispatch({ type: 'open-failed', fileName: file.name, reason: describeError(error) });
    }
  }, []);

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

  const t = (key: keyof typeof TEXTS) => TEXTS[key][language];

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
          disabled={state.busy !== null}
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
            icon={state.busy === format ? <Spinner size="tiny" /> : undefined}
            onClick={() => void download(format)}
          >
            {format === 'pptx' ? t('downloadPptx') : t('downloadDocx')}
          </Button>
        ))}
        <Caption1 id={ids.needsPlan} className={styles.hint}>
          {state.open === null ? t('downloadNeedsPlan') : state.open.fileName}
        </Caption1>
      </section>

      <StatusRegion
        state={state}
        language={language}
        onDismiss={() => dispatch({ type: 'dismiss-status' })}
      />

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
      {state.busy !== null && <Spinner size="extra-tiny" />}
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

interface StepPanelProps {
  readonly step: Step;
  readonly plan: Plan | undefined;
  readonly language: Language;
  readonly headingId: string;
  readonly onMove: (by: 1 | -1) => void;
}

function StepPanel({ step, plan, language, headingId, onMove }: StepPanelProps) {
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
    </section>
  );
}
