// The six steps as a compact row: each shows its number, its state (empty, in progress,
// complete), its errors and warnings and whether the document's copy is older than the plan.
// Part of the first paint: it renders before the editor has loaded, without the plan's state.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { STEP_NAMES, STEPS, type Language, type Step } from '../../plan';
import { fill, SHELL_TEXTS as TEXTS } from '../i18n/shell';

export interface StepBadge {
  readonly state: 'empty' | 'in-progress' | 'complete';
  readonly errors: number;
  readonly warnings: number;
  readonly changed: boolean;
}

export interface StepNavigatorProps {
  readonly language: Language;
  readonly current: Step;
  /** Per step what the plan holds; absent while the editor loads or no plan is open. */
  readonly badges?: Readonly<Record<Step, StepBadge>>;
  readonly onSelect?: (step: Step) => void;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(6, minmax(0, 1fr))',
    gap: tokens.spacingHorizontalXS,
  },
  step: {
    width: '100%',
    minWidth: 0,
    height: '100%',
    flexDirection: 'column',
    gap: '2px',
    paddingLeft: '2px',
    paddingRight: '2px',
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
  number: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  marks: {
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    gap: '3px',
    minHeight: '14px',
    fontSize: tokens.fontSizeBase100,
    lineHeight: tokens.lineHeightBase100,
    fontWeight: tokens.fontWeightRegular,
  },
  complete: { color: tokens.colorPaletteGreenForeground1 },
  errors: {
    color: tokens.colorPaletteRedForeground1,
    fontWeight: tokens.fontWeightSemibold,
  },
  warnings: { color: tokens.colorPaletteDarkOrangeForeground1 },
  changed: { color: tokens.colorBrandForeground1 },
  current: {
    // A bar under the current step that forced colours keep (a background alone would vanish).
    borderBottom: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
    '@media (forced-colors: active)': { borderBottomColor: 'Highlight' },
  },
});

/** The step's state and counts in words, for its accessible name. */
function describe(step: Step, badge: StepBadge | undefined, language: Language): string {
  const parts = [fill(TEXTS.stepOf[language], { n: step }), STEP_NAMES[step][language]];
  if (badge) {
    parts.push(TEXTS[`stepState_${badge.state}`][language]);
    if (badge.errors > 0) {
      parts.push(
        fill((badge.errors === 1 ? TEXTS.errorsCountOne : TEXTS.errorsCount)[language], {
          n: badge.errors,
        }),
      );
    }
    if (badge.warnings > 0) {
      parts.push(
        fill((badge.warnings === 1 ? TEXTS.warningsCountOne : TEXTS.warningsCount)[language], {
          n: badge.warnings,
        }),
      );
    }
    if (badge.changed) parts.push(TEXTS.changedSinceWritten[language]);
  }
  return parts.join(', ');
}

export function StepNavigator({ language, current, badges, onSelect }: StepNavigatorProps) {
  const styles = useStyles();
  return (
    <nav aria-label={TEXTS.stepsLabel[language]}>
      <ol className={styles.list}>
        {STEPS.map((step) => {
          const badge = badges?.[step];
          const label = describe(step, badge, language);
          return (
            <li key={step}>
              <Button
                className={mergeClasses(styles.step, step === current && styles.current)}
                appearance={step === current ? 'primary' : 'subtle'}
                aria-current={step === current ? 'step' : undefined}
                aria-label={label}
                title={label}
                disabledFocusable={!onSelect}
                onClick={() => onSelect?.(step)}
              >
                <span className={styles.number} aria-hidden>
                  {step}
                </span>
                <span className={styles.marks} aria-hidden>
                  {badge?.state === 'complete' && (
                    <span className={step === current ? undefined : styles.complete}>✓</span>
                  )}
                  {badge?.state === 'in-progress' && badge.errors === 0 && badge.warnings === 0 && (
                    <span>•</span>
                  )}
                  {badge && badge.errors > 0 && (
                    <span className={step === current ? undefined : styles.errors}>
                      ✕{badge.errors}
                    </span>
                  )}
                  {badge && badge.warnings > 0 && (
                    <span className={step === current ? undefined : styles.warnings}>
                      !{badge.warnings}
                    </span>
                  )}
                  {badge?.changed && (
                    <span className={step === current ? undefined : styles.changed}>↻</span>
                  )}
                </span>
              </Button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
