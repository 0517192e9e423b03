// Step 4, goals: at most three strategic goals, each SMART — title, measure, target, due date —
// and based on the top opportunities and risks. A fourth is refused with the method's reason;
// the SMART helper shows letter by letter what holds.
import {
  Caption1,
  Caption1Strong,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, QuestionCircleRegular } from '@fluentui/react-icons';
import { memo, useId, useMemo } from 'react';
import {
  ITEM_NOUNS,
  LIMITS,
  MAX_GOALS,
  MAX_OPPORTUNITIES,
  MAX_RISKS,
  planWindow,
  RAGS,
  type Goal,
} from '../../../plan';
import { DateField, FieldStack, SelectField, TextField } from '../../components/fields';
import { InternalField } from '../../components/commonFields';
import { AddButton } from '../../components/AddButton';
import { ItemList, type ItemEditorProps } from '../../components/ItemList';
import { LimitBadge } from '../../components/LimitBadge';
import { ReferencePicker } from '../../components/ReferencePicker';
import { dayBefore, formatDay } from '../../../story/format';
import { fill, TEXTS } from '../../i18n/texts';
import { useCommands, useLanguage, usePlan } from '../../state/contexts';
import { StepFrame } from '../StepFrame';
import { SMART_LETTERS, smartCheck, type SmartState } from './smart';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  actions: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXS,
    marginTop: tokens.spacingVerticalXS,
  },
  reason: { color: tokens.colorNeutralForeground2 },
  smart: {
    listStyleType: 'none',
    margin: 0,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  letter: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  mark: { flexShrink: 0, fontSize: '16px', paddingTop: '1px' },
  holds: { color: tokens.colorPaletteGreenForeground1 },
  missing: { color: tokens.colorPaletteDarkOrangeForeground1 },
  judge: { color: tokens.colorNeutralForeground3 },
  key: { fontWeight: tokens.fontWeightSemibold, minWidth: '1em' },
});

function SmartHelper({ goal }: { readonly goal: Goal }) {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const window = planWindow(plan);
  const checks = smartCheck(goal, window);
  const headingId = useId();
  const icon = (state: SmartState) =>
    state === 'holds' ? (
      <CheckmarkCircleFilled className={mergeClasses(styles.mark, styles.holds)} aria-hidden />
    ) : state === 'missing' ? (
      <CircleRegular className={mergeClasses(styles.mark, styles.missing)} aria-hidden />
    ) : (
      <QuestionCircleRegular className={mergeClasses(styles.mark, styles.judge)} aria-hidden />
    );
  const stateWord = (state: SmartState) =>
    (state === 'holds'
      ? TEXTS.smartHolds
      : state === 'missing'
        ? TEXTS.smartMissing
        : TEXTS.smartJudge)[language];
  // The window's last day: the day before its end.
  const last = dayBefore(window.end);
  return (
    <div>
      <Caption1Strong id={headingId}>{TEXTS.smartHeading[language]}</Caption1Strong>
      <ul className={styles.smart} aria-labelledby={headingId}>
        {SMART_LETTERS.map((letter) => (
          <li key={letter} className={styles.letter}>
            {icon(checks[letter])}
            <span className={styles.key} aria-hidden>
              {letter}
            </span>
            <Caption1>
              {fill(TEXTS[`smart_${letter}`][language], {
                from: formatDay(window.start, language),
                to: formatDay(last, language),
              })}
              {' — '}
              {stateWord(checks[letter])}
            </Caption1>
          </li>
        ))}
      </ul>
    </div>
  );
}

function useFocusOptions() {
  const plan = usePlan();
  return useMemo(
    () =>
      [...plan.opportunities.slice(0, MAX_OPPORTUNITIES), ...plan.risks.slice(0, MAX_RISKS)].map(
        (item) => ({ id: item.id, text: item.title }),
      ),
    [plan.opportunities, plan.risks],
  );
}

const GoalEditor = memo(function GoalEditor({ item }: ItemEditorProps<Goal>) {
  const language = useLanguage();
  const { edit } = useCommands();
  const options = useFocusOptions();
  const update = (patch: Partial<Goal>, field: string) =>
    edit({ type: 'update', collection: 'goals', id: item.id, patch }, `${item.id}:${field}`);
  return (
    <FieldStack>
      <TextField
        itemId={item.id}
        field="title"
        label={TEXTS.goalTitle[language]}
        multiline
        value={item.title}
        onChange={(title) => update({ title }, 'title')}
      />
      <TextField
        itemId={item.id}
        field="measure"
        label={TEXTS.goalMeasure[language]}
        placeholder={TEXTS.goalMeasureHint[language]}
        value={item.measure}
        onChange={(measure) => update({ measure }, 'measure')}
      />
      <TextField
        itemId={item.id}
        field="target"
        label={TEXTS.goalTarget[language]}
        placeholder={TEXTS.goalTargetHint[language]}
        value={item.target}
        onChange={(target) => update({ target }, 'target')}
      />
      <DateField
        itemId={item.id}
        field="due"
        label={TEXTS.goalDue[language]}
        value={item.due}
        onChange={(due) => update({ due }, 'due')}
      />
      <ReferencePicker
        itemId={item.id}
        field="basedOn"
        label={TEXTS.goalBasedOn[language]}
        selected={item.basedOn}
        options={options}
        emptyText={TEXTS.pickerEmpty_focus[language]}
        onAdd={(target) =>
          edit({ type: 'link', collection: 'goals', id: item.id, field: 'basedOn', target })
        }
        onRemove={(target) =>
          edit({ type: 'unlink', collection: 'goals', id: item.id, field: 'basedOn', target })
        }
      />
      <SmartHelper goal={item} />
      <TextField
        itemId={item.id}
        field="owner"
        label={TEXTS.goalOwner[language]}
        value={item.owner ?? ''}
        onChange={(owner) => update({ owner: owner === '' ? undefined : owner }, 'owner')}
      />
      <TextField
        itemId={item.id}
        field="baseline"
        label={TEXTS.goalBaseline[language]}
        hint={TEXTS.goalBaselineHint[language]}
        value={item.baseline ?? ''}
        onChange={(baseline) =>
          update({ baseline: baseline === '' ? undefined : baseline }, 'baseline')
        }
      />
      <GoalProgressFields goal={item} />
      <InternalField collection="goals" item={item} />
    </FieldStack>
  );
});

/** The current value and the traffic light: kept up to date here and in the review. */
export const GoalProgressFields = memo(function GoalProgressFields({
  goal,
  labelled,
}: {
  readonly goal: Goal;
  /** Names the goal in the labels, where several goals' fields stand together (the review). */
  readonly labelled?: string;
}) {
  const language = useLanguage();
  const { edit } = useCommands();
  const rags = useMemo(
    () => RAGS.map((rag) => ({ value: rag, text: TEXTS[`rag_${rag}`][language] })),
    [language],
  );
  const update = (patch: Partial<Goal>, field: string) =>
    edit({ type: 'update', collection: 'goals', id: goal.id, patch }, `${goal.id}:${field}`);
  return (
    <>
      <TextField
        itemId={goal.id}
        field="current"
        label={
          labelled === undefined
            ? TEXTS.goalCurrent[language]
            : fill(TEXTS.reviewCurrentOf[language], { label: labelled })
        }
        value={goal.current ?? ''}
        onChange={(current) => update({ current: current === '' ? undefined : current }, 'current')}
      />
      <SelectField
        itemId={goal.id}
        field="rag"
        label={
          labelled === undefined
            ? TEXTS.goalRag[language]
            : fill(TEXTS.reviewRagOf[language], { label: labelled })
        }
        value={goal.rag ?? ''}
        none={TEXTS.notSet[language]}
        choices={rags}
        onChange={(rag) => update({ rag: rag === '' ? undefined : rag }, 'rag')}
      />
    </>
  );
});

function goalSummary(goal: Goal): string {
  return goal.target.trim() === '' ? goal.title : `${goal.title} — ${goal.target}`;
}

export default function GoalsStep() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const { add } = useCommands();
  const headingId = useId();
  const reasonId = useId();
  const full = plan.goals.length >= MAX_GOALS;
  return (
    <StepFrame step={4}>
      <section className={styles.section} aria-labelledby={headingId}>
        <Subtitle2 as="h3" id={headingId} className={styles.head}>
          {TEXTS.goalsHeading[language]}
          <LimitBadge
            count={plan.goals.length}
            max={MAX_GOALS}
            what={ITEM_NOUNS.goals.many[language]}
          />
        </Subtitle2>
        <ItemList
          collection="goals"
          items={plan.goals}
          summary={goalSummary}
          Editor={GoalEditor}
          labelledBy={headingId}
          emptyText={TEXTS.noItems_goals[language]}
          footer={
            <div className={styles.actions}>
              <AddButton
                disabledFocusable={full}
                aria-describedby={full ? reasonId : undefined}
                onClick={() => add('goals', {}, 'title')}
              >
                {TEXTS.add_goals[language]}
              </AddButton>
              {full && (
                <Caption1 id={reasonId} className={styles.reason}>
                  {LIMITS.goals?.reason[language]}
                </Caption1>
              )}
            </div>
          }
        />
      </section>
    </StepFrame>
  );
}
