// Messages that need an answer: a save that keeps failing, a copy of the plan someone else saved,
// the plan a file replaced, a plan handed over from Office to this browser.
import { Body1, Button, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({
  banner: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  warning: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteDarkOrangeBorder1}`,
    backgroundColor: tokens.colorPaletteDarkOrangeBackground1,
  },
  buttons: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface BannerAction {
  readonly label: string;
  readonly onClick: () => void;
  readonly primary?: boolean;
}

export function Banner({
  text,
  actions,
  warning,
  children,
}: {
  readonly text: string;
  readonly actions: readonly BannerAction[];
  readonly warning?: boolean;
  readonly children?: ReactNode;
}) {
  const styles = useStyles();
  return (
    <section className={mergeClasses(styles.banner, warning && styles.warning)} aria-label={text}>
      <Body1>{text}</Body1>
      {children}
      <div className={styles.buttons}>
        {actions.map((action) => (
          <Button
            key={action.label}
            appearance={action.primary ? 'primary' : 'secondary'}
            size="small"
            onClick={action.onClick}
          >
            {action.label}
          </Button>
        ))}
      </div>
    </section>
  );
}
