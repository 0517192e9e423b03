// The six steps as a compact row: each shows its number, its state (empty, in progress,
// complete), its errors and warnings and whether the document's copy is older than the plan.
// Part of the first paint: it renders before the editor has loaded, without the plan's state.
import { Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { memo } from 'react';
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
  /** The step shown; absent while the overview or the review is shown instead. */
  readonly current: Step | undefined;
  /** Per step what the plan holds; absent while the editor loads or no plan is open. */
  readonly badges?: Readonly<Record<Step, StepBadge>>;
  readonly onSelect?: (step: Step) => void;
  /** The badges are being brought up to date (the rules run once typing pauses). */
  readonly updating?: boolean;
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
    // Room for the marks below the number.
    paddingBottom: '18px',
    alignItems: 'center',
    justifyContent: 'flex-start',
  },
  number: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold },
  item: { position: 'relative', minWidth: 0 },
  marks: {
    position: 'absolute',
    left: 0,
    right: 0,
    bottom: '3px',
    pointerEvents: 'none',
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
  // On the current step's filled button the marks take its text colour.
  onCurrent: {
    color: tokens.colorNeutralForegroundOnBrand,
    '& span': { color: tokens.colorNeutralForegroundOnBrand },
  },
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

export const StepNavigator = memo(function StepNavigator({
  language,
  current,
  badges,
  onSelect,
  updating = false,
}: StepNavigatorProps) {
  const styles = useStyles();
  return (
    <nav aria-label={TEXTS.stepsLabel[language]} aria-busy={updating}>
      <ol className={styles.list}>
        {STEPS.map((step) => {
          const badge = badges?.[step];
          const label = describe(step, badge, language);
          return (
            <li key={step} className={styles.item}>
              <Button
                className={mergeClasses(styles.step, step === current && styles.current)}
                appearance={step === current ? 'primary' : 'subtle'}
                aria-current={step === current ? 'step' : undefined}
                aria-label={label}
                title={label}
                disabledFocusable={!onSelect}
                onClick={() => onSelect?.(step)}
              >
                <span className={styles.number}>{step}</span>
              </Button>
              {/* Outside the button: its name says all this in words, and a button's visible
                  text must be part of its name (WCAG 2.5.3). Clicks pass through to the button. */}
              <span
                className={mergeClasses(styles.marks, step === current && styles.onCurrent)}
                aria-hidden
              >
                {badge?.state === 'complete' && <span className={styles.complete}>✓</span>}
                {badge?.state === 'in-progress' && badge.errors === 0 && badge.warnings === 0 && (
                  <span>•</span>
                )}
                {badge && badge.errors > 0 && (
                  <span className={styles.errors}>✕{badge.errors}</span>
                )}
                {badge && badge.warnings > 0 && (
                  <span className={styles.warnings}>!{badge.warnings}</span>
                )}
                {badge?.changed && <span className={styles.changed}>↻</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
});
