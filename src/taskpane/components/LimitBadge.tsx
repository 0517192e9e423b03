// "3 of 5": how much of the method's limit a list uses, with the reason when it is reached.
import { Badge, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { fill, TEXTS } from '../i18n/texts';
import { useLanguage } from '../state/contexts';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

export interface LimitBadgeProps {
  readonly count: number;
  readonly max: number;
  /** Names what is counted, for screen readers ("opportunities"). */
  readonly what: string;
  readonly id?: string;
}

export function LimitBadge({ count, max, what, id }: LimitBadgeProps) {
  const styles = useStyles();
  const language = useLanguage();
  const text = fill(TEXTS.limitBadge[language], { n: count, max });
  return (
    <span className={styles.row} id={id}>
      <Badge
        appearance={count >= max ? 'filled' : 'tint'}
        color={count > max ? 'danger' : count === max ? 'brand' : 'informative'}
        aria-label={`${text} ${what}`}
      >
        {text}
      </Badge>
    </span>
  );
}

export function LimitReason({ text }: { readonly text: string }) {
  return <Caption1>{text}</Caption1>;
}
