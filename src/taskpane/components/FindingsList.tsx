// A step's red-thread findings, worst first. Each names the item by its label; activating it
// moves to the item and focuses the field that mends it.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { CheckmarkCircleRegular } from '@fluentui/react-icons';
import { memo } from 'react';
import type { Finding, Plan, Step } from '../../plan';
import { TEXTS } from '../i18n/texts';
import { useCommands, useLanguage } from '../state/contexts';
import { SeverityIcon } from './SeverityIcon';

/** Where a finding is mended: the step to show and the field to focus. */
export interface FindingTarget {
  readonly id: string;
  readonly field?: string;
  readonly step?: Step;
}

/** The item and field that mend a finding; undefined for findings about the plan as a whole. */
export function targetOf(finding: Finding, plan: Plan): FindingTarget | undefined {
  const id = finding.ids[0];
  if (id === undefined) return undefined;
  switch (finding.code) {
    case 'so-what-without-fact':
      return { id, field: 'factIds' };
    case 'focus-without-so-what':
      return { id, field: 'soWhatIds' };
    case 'goal-without-basis':
      return { id, field: 'basedOn' };
    case 'goal-not-smart': {
      const goal = plan.goals.find((g) => g.id === id);
      const field =
        goal?.measure.trim() === '' ? 'measure' : goal?.target.trim() === '' ? 'target' : 'due';
      return { id, field };
    }
    case 'goal-without-strategy':
      // Mended in step 5, where each goal offers to add its strategy.
      return { id, field: 'add-strategy', step: 5 };
    case 'strategy-without-fact':
      return { id, field: 'factIds' };
    case 'strategy-without-lever':
      return { id, field: 'levers' };
    case 'strategy-without-action':
      return { id, field: 'add-action', step: 6 };
    case 'gap-not-closed':
      return { id, field: 'plan-action' };
    case 'action-without-owner':
      return { id, field: 'who' };
    case 'action-without-due':
    case 'action-outside-window':
      return { id, field: 'due' };
    case 'action-without-link':
      return { id, field: 'for' };
    case 'fact-not-used':
      return { id, field: 'text' };
    default:
      return { id, field: 'row' };
  }
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  finding: {
    justifyContent: 'flex-start',
    textAlign: 'start',
    alignItems: 'flex-start',
    fontWeight: tokens.fontWeightRegular,
    width: '100%',
    minWidth: 0,
    whiteSpace: 'normal',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXS,
  },
  plain: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  icon: { paddingTop: '2px' },
  clear: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    color: tokens.colorPaletteGreenForeground1,
  },
});

export interface FindingsListProps {
  readonly findings: readonly Finding[];
  readonly plan: Plan;
  readonly labelledBy: string;
}

export const FindingsList = memo(function FindingsList(props: FindingsListProps) {
  const styles = useStyles();
  const language = useLanguage();
  const commands = useCommands();
  if (props.findings.length === 0) {
    return (
      <Caption1 className={styles.clear}>
        <CheckmarkCircleRegular aria-hidden />
        {TEXTS.redThreadClear[language]}
      </Caption1>
    );
  }
  return (
    <ul className={styles.list} aria-labelledby={props.labelledBy}>
      {props.findings.map((finding, index) => {
        const target = targetOf(finding, props.plan);
        const icon = (
          <span className={styles.icon}>
            <SeverityIcon severity={finding.severity} />
          </span>
        );
        return (
          <li key={`${finding.code}:${finding.ids.join()}:${index}`}>
            {target ? (
              <Button
                appearance="transparent"
                size="small"
                className={styles.finding}
                title={TEXTS.goToItem[language]}
                onClick={() => commands.focusItem(target.id, target.field, target.step)}
              >
                {icon}
                <span>{finding.message[language]}</span>
              </Button>
            ) : (
              <div className={styles.plain}>
                {icon}
                <Caption1>{finding.message[language]}</Caption1>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
});
