// A compact preview of the twelve months: per month a dot for each action due, coloured by its
// state (overdue, done, in progress, open), and what falls outside. Each month reads as a sentence
// for screen readers ("Mar 2027: 2 actions, 1 overdue").
import { Caption1, Subtitle2, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { planWindow, today, type Action, type Plan } from '../../../plan';
import { windowColumn, windowMonths } from '../../../story/format';
import { countOf, fill, TEXTS } from '../../i18n/texts';
import { useLanguage } from '../../state/contexts';
import { isOverdue } from './order';

type DotState = 'overdue' | 'done' | 'progress' | 'open';

const useStyles = makeStyles({
  box: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  months: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'grid',
    gridTemplateColumns: 'repeat(12, minmax(0, 1fr))',
    gap: '2px',
  },
  month: {
    display: 'flex',
    flexDirection: 'column-reverse',
    alignItems: 'center',
    gap: '2px',
    minHeight: '44px',
    paddingBottom: '2px',
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
  },
  quarter: { backgroundColor: tokens.colorNeutralBackground2 },
  name: { fontSize: tokens.fontSizeBase100, lineHeight: tokens.lineHeightBase100 },
  dot: {
    width: '8px',
    height: '8px',
    borderRadius: '50%',
    border: `1px solid ${tokens.colorNeutralStrokeAccessible}`,
  },
  overdue: {
    backgroundColor: tokens.colorPaletteRedBackground3,
    border: `1px solid ${tokens.colorPaletteRedBorder2}`,
    borderRadius: '1px',
  },
  done: {
    backgroundColor: tokens.colorPaletteGreenBackground3,
    border: `1px solid ${tokens.colorPaletteGreenBorder2}`,
  },
  progress: { backgroundColor: tokens.colorBrandBackground },
  open: { backgroundColor: tokens.colorNeutralBackground1 },
  more: { fontSize: tokens.fontSizeBase100 },
});

function stateOf(action: Action, on: string): DotState {
  if (isOverdue(action, on)) return 'overdue';
  if (action.status === 'done') return 'done';
  return action.status === 'in-progress' ? 'progress' : 'open';
}

/** Dots drawn per month; more become "+n". */
const DOTS = 4;

export function Timeline({
  actions: all,
  plan,
}: {
  readonly actions: readonly Action[];
  readonly plan: Plan;
}) {
  const styles = useStyles();
  const language = useLanguage();
  const headingId = useId();
  // A dropped action will not happen: the months show what is still to be done or was done.
  const actions = all.filter((action) => action.status !== 'dropped');
  const window = planWindow(plan);
  const now = today();
  const names = windowMonths(window, language);
  const columns: DotState[][] = names.map(() => []);
  let outside = 0;
  let overdue = 0;
  for (const action of actions) {
    const state = stateOf(action, now);
    if (state === 'overdue') overdue++;
    const column = windowColumn(window, action.due);
    if (column === undefined) outside++;
    else columns[column]!.push(state);
  }
  const word = (state: DotState) =>
    state === 'overdue'
      ? TEXTS.overdue[language]
      : state === 'done'
        ? TEXTS.timelineDone[language]
        : state === 'progress'
          ? TEXTS.timelineInProgress[language]
          : TEXTS.timelineOpen[language];
  return (
    <section className={styles.box} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.heading}>
        {TEXTS.timelineHeading[language]}
      </Subtitle2>
      <ul className={styles.months}>
        {names.map((name, index) => {
          const states = columns[index]!;
          const parts = (['overdue', 'progress', 'open', 'done'] as const)
            .map((state) => ({ state, n: states.filter((s) => s === state).length }))
            .filter((p) => p.n > 0)
            .map((p) => `${p.n} ${word(p.state)}`);
          const label = `${name}: ${countOf('actions', states.length, language)}${parts.length > 0 ? ` (${parts.join(', ')})` : ''}`;
          return (
            <li
              key={name}
              className={mergeClasses(
                styles.month,
                Math.floor(index / 3) % 2 === 1 && styles.quarter,
              )}
              aria-label={label}
              title={label}
            >
              <span className={styles.name} aria-hidden>
                {name.slice(0, 3)}
              </span>
              {states.slice(0, DOTS).map((state, i) => (
                <span key={i} className={mergeClasses(styles.dot, styles[state])} aria-hidden />
              ))}
              {states.length > DOTS && (
                <span className={styles.more} aria-hidden>
                  +{states.length - DOTS}
                </span>
              )}
            </li>
          );
        })}
      </ul>
      <Caption1>
        {fill(TEXTS.timelineSummary[language], {
          total: countOf('actions', actions.length, language),
          overdue,
          outside,
        })}
      </Caption1>
    </section>
  );
}
