// Step 5, strategy: per goal the how — the text, the levers it builds on (the account's goals,
// changes at the account, market changes, competitors' weaknesses) and the facts of the analysis
// it uses, which closes the bridge back to step 1.
import {
  Button,
  Caption1,
  Checkbox,
  Label,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular, DeleteRegular } from '@fluentui/react-icons';
import { memo, useCallback, useId, useMemo, useRef } from 'react';
import { LEVER_NAMES, LEVERS, type Goal, type Lever, type Strategy } from '../../../plan';
import { FieldStack, FOCUS_ATTRIBUTE, focusKey, TextField } from '../../components/fields';
import { useFocusRequest } from '../../components/focus';
import { ReferencePicker } from '../../components/ReferencePicker';
import { fill, TEXTS } from '../../i18n/texts';
import { useCommands, useLabels, useLanguage, usePlan } from '../../state/contexts';
import { useFactOptions } from '../soWhat/SoWhatStep';
import { InternalField } from '../../components/commonFields';
import { StepFrame } from '../StepFrame';

const useStyles = makeStyles({
  goals: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalL },
  goal: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  goalHead: { margin: 0, overflowWrap: 'anywhere' },
  label: { color: tokens.colorBrandForeground1, marginRight: tokens.spacingHorizontalXS },
  levers: { display: 'flex', flexDirection: 'column' },
  leverGroup: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  strategy: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  footer: { display: 'flex', justifyContent: 'flex-end' },
  none: { color: tokens.colorNeutralForeground3 },
  add: { alignSelf: 'flex-start' },
});

const StrategyEditor = memo(function StrategyEditor({ item }: { readonly item: Strategy }) {
  const styles = useStyles();
  const language = useLanguage();
  const labels = useLabels();
  const { edit, remove } = useCommands();
  const facts = useFactOptions();
  const leversId = useId();
  const label = labels.get(item.id) ?? item.id;
  const toggle = (lever: Lever, on: boolean) => {
    const levers = on
      ? LEVERS.filter((l) => l === lever || item.levers.includes(l))
      : item.levers.filter((l) => l !== lever);
    edit({ type: 'update', collection: 'strategies', id: item.id, patch: { levers } });
  };
  return (
    <div className={styles.strategy} role="group" aria-label={label}>
      <FieldStack>
        <TextField
          itemId={item.id}
          field="text"
          label={`${label} · ${TEXTS.strategyText[language]}`}
          multiline
          value={item.text}
          onChange={(text) =>
            edit(
              { type: 'update', collection: 'strategies', id: item.id, patch: { text } },
              `${item.id}:text`,
            )
          }
        />
        {/* Not a Field: a Field gives its one id to every control inside it, and four
            checkboxes with one id would all be labelled by the first label. */}
        <div className={styles.leverGroup}>
          <Label id={leversId}>{TEXTS.strategyLevers[language]}</Label>
          <div className={styles.levers} role="group" aria-labelledby={leversId}>
            {LEVERS.map((lever, index) => (
              <Checkbox
                key={lever}
                label={LEVER_NAMES[lever][language]}
                checked={item.levers.includes(lever)}
                onChange={(_, data) => toggle(lever, data.checked === true)}
                {...(index === 0 ? { [FOCUS_ATTRIBUTE]: focusKey(item.id, 'levers') } : {})}
              />
            ))}
          </div>
        </div>
        <ReferencePicker
          itemId={item.id}
          field="factIds"
          label={TEXTS.strategyFacts[language]}
          selected={item.factIds}
          options={facts}
          emptyText={TEXTS.pickerEmpty_facts[language]}
          onAdd={(target) =>
            edit({ type: 'link', collection: 'strategies', id: item.id, field: 'factIds', target })
          }
          onRemove={(target) =>
            edit({
              type: 'unlink',
              collection: 'strategies',
              id: item.id,
              field: 'factIds',
              target,
            })
          }
        />
        <InternalField collection="strategies" item={item} />
      </FieldStack>
      <div className={styles.footer}>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'delete') }}
          onClick={() => remove('strategies', item.id)}
        >
          {fill(TEXTS.deleteItem[language], { label })}
        </Button>
      </div>
    </div>
  );
});

function GoalStrategies({
  goal,
  strategies,
}: {
  readonly goal: Goal;
  readonly strategies: readonly Strategy[];
}) {
  const styles = useStyles();
  const language = useLanguage();
  const labels = useLabels();
  const { add } = useCommands();
  const headingId = useId();
  const label = labels.get(goal.id) ?? goal.id;
  return (
    <section className={styles.goal} aria-labelledby={headingId}>
      <Subtitle2 as="h3" id={headingId} className={styles.goalHead}>
        <span className={styles.label}>{label}</span>
        {goal.title.trim() === '' ? TEXTS.untitled[language] : goal.title}
      </Subtitle2>
      {strategies.length === 0 ? (
        <>
          <Caption1 className={styles.none}>{TEXTS.strategyNone[language]}</Caption1>
          <Button
            className={styles.add}
            appearance="primary"
            icon={<AddRegular />}
            {...{ [FOCUS_ATTRIBUTE]: focusKey(goal.id, 'add-strategy') }}
            onClick={() => add('strategies', { goalId: goal.id }, 'text')}
          >
            {fill(TEXTS.strategyFor[language], { label })}
          </Button>
        </>
      ) : (
        strategies.map((strategy) => <StrategyEditor key={strategy.id} item={strategy} />)
      )}
    </section>
  );
}

export default function StrategyStep() {
  const styles = useStyles();
  const language = useLanguage();
  const plan = usePlan();
  const root = useRef<HTMLDivElement>(null);
  const byGoal = useMemo(() => {
    const map = new Map<string, Strategy[]>();
    for (const strategy of plan.strategies) {
      const list = map.get(strategy.goalId);
      if (list) list.push(strategy);
      else map.set(strategy.goalId, [strategy]);
    }
    return map;
  }, [plan.strategies]);
  const shown = useMemo(
    () => new Set([...plan.goals.map((g) => g.id), ...plan.strategies.map((s) => s.id)]),
    [plan.goals, plan.strategies],
  );
  useFocusRequest(
    root,
    useCallback((id: string) => shown.has(id), [shown]),
  );
  return (
    <StepFrame step={5}>
      <div ref={root} className={styles.goals}>
        {plan.goals.length === 0 ? (
          <Caption1 className={styles.none}>{TEXTS.noGoalsYet[language]}</Caption1>
        ) : (
          plan.goals.map((goal) => (
            <GoalStrategies key={goal.id} goal={goal} strategies={byGoal.get(goal.id) ?? []} />
          ))
        )}
      </div>
    </StepFrame>
  );
}
