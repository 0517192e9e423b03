// The frame around every step: which step it is, what the method asks here, the red-thread
// findings of the step, the step's own editor, then writing it and moving on.
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Caption1Strong,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowLeftRegular, ArrowRightRegular } from '@fluentui/react-icons';
import { useId, useState, type ReactNode } from 'react';
import { STEP_NAMES, STEPS, type Headlines, type Step } from '../../plan';
import { FindingsList } from '../components/FindingsList';
import { TextField } from '../components/fields';
import { fill, STEP_HINTS, TEXTS } from '../i18n/texts';
import { canWrite, placed } from '../state/pane';
import {
  useChanged,
  useCommands,
  useDerived,
  useLanguage,
  usePane,
  usePlan,
} from '../state/contexts';

const useStyles = makeStyles({
  frame: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, minWidth: 0 },
  head: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  heading: { margin: 0 },
  hint: { color: tokens.colorNeutralForeground2 },
  findings: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  findingsHead: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  footer: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  spacer: { flexGrow: 1 },
  changed: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

/** A step's message title, '' while it has none. */
function headlineOf(headlines: Headlines | undefined, step: Step): string {
  const value: unknown = headlines?.[String(step) as '1'];
  return typeof value === 'string' ? value : '';
}

/** Findings shown before "show all": enough to act on, few enough to keep the form in view. */
const FIRST_FINDINGS = 3;

export function StepFrame({
  step,
  children,
}: {
  readonly step: Step;
  readonly children: ReactNode;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const derived = useDerived();
  const changed = useChanged();
  const commands = useCommands();
  const { state, dispatch } = usePane();
  const headingId = useId();
  const findingsId = useId();
  const [all, setAll] = useState(false);
  const summary = derived?.steps[step];
  const findings = summary?.findings ?? [];
  const shown = all ? findings : findings.slice(0, FIRST_FINDINGS);
  const writable = canWrite(state);
  const writing = state.busy === 'write' && state.writing?.length === 1;
  const counts = [
    summary && summary.errors > 0
      ? fill((summary.errors === 1 ? TEXTS.errorsCountOne : TEXTS.errorsCount)[language], {
          n: summary.errors,
        })
      : null,
    summary && summary.warnings > 0
      ? fill((summary.warnings === 1 ? TEXTS.warningsCountOne : TEXTS.warningsCount)[language], {
          n: summary.warnings,
        })
      : null,
  ].filter((c): c is string => c !== null);

  return (
    <section className={styles.frame} aria-labelledby={headingId}>
      <div className={styles.head}>
        <Caption1>{fill(TEXTS.stepOf[language], { n: step })}</Caption1>
        <Subtitle2 as="h2" id={headingId} className={styles.heading}>
          {STEP_NAMES[step][language]}
        </Subtitle2>
        <Body1 className={styles.hint}>{STEP_HINTS[step][language]}</Body1>
      </div>

      <TextField
        itemId={`headline-${step}`}
        field="text"
        label={TEXTS.headline[language]}
        hint={TEXTS.headlineHint[language]}
        value={headlineOf(plan.headlines, step)}
        onChange={(text) => commands.edit({ type: 'headline', step, text }, `headline-${step}`)}
      />

      <section className={styles.findings} aria-labelledby={findingsId}>
        <h3 id={findingsId} className={styles.findingsHead}>
          <Caption1Strong>{TEXTS.redThread[language]}</Caption1Strong>
          {counts.map((text) => (
            <Badge key={text} appearance="tint" color="informative" size="small">
              {text}
            </Badge>
          ))}
        </h3>
        <FindingsList findings={shown} plan={plan} labelledBy={findingsId} />
        {findings.length > FIRST_FINDINGS && (
          <Button appearance="transparent" size="small" onClick={() => setAll(!all)}>
            {all
              ? TEXTS.showFewer[language]
              : fill(TEXTS.showAll[language], { n: findings.length })}
          </Button>
        )}
      </section>

      {children}

      <div className={styles.footer}>
        <Button
          icon={<ArrowLeftRegular />}
          disabled={step === STEPS[0]}
          onClick={() => dispatch({ type: 'move-step', by: -1 })}
        >
          {TEXTS.previous[language]}
        </Button>
        <Button
          icon={<ArrowRightRegular />}
          iconPosition="after"
          disabled={step === STEPS[STEPS.length - 1]}
          onClick={() => dispatch({ type: 'move-step', by: 1 })}
        >
          {TEXTS.next[language]}
        </Button>
        <span className={styles.spacer} />
        {writable && (
          <Button
            appearance="primary"
            disabledFocusable={state.busy !== null}
            icon={writing ? <Spinner size="tiny" aria-hidden /> : undefined}
            onClick={() => commands.write([step])}
          >
            {placed(state, TEXTS.writeStep, {})[language]}
          </Button>
        )}
        {changed.has(step) && (
          <Caption1 className={styles.changed}>
            {placed(state, TEXTS.changedSinceWrittenLong, {})[language]}
          </Caption1>
        )}
      </div>
    </section>
  );
}
