// The pane's header: the product, the open plan and where it lives, and the tools every step
// needs (undo, redo, the language, the plan menu). Part of the first paint: the editor passes
// its tools in once it has loaded.
import {
  Caption1,
  Subtitle1,
  Subtitle2,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { memo, type ReactNode } from 'react';

const useStyles = makeStyles({
  header: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  top: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  product: {
    flexGrow: 1,
    minWidth: 0,
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
  },
  tools: { display: 'flex', alignItems: 'center', gap: '2px', flexShrink: 0 },
  title: { margin: 0, overflowWrap: 'anywhere' },
  grow: { flexGrow: 1, minWidth: 0 },
  line: { color: tokens.colorNeutralForeground2 },
});

export interface HeaderProps {
  readonly product: string;
  /** The open plan's account, or nothing yet. */
  readonly title?: string;
  /** Where the plan lives, or what the pane is connected to. */
  readonly line: string;
  readonly tools?: ReactNode;
}

export const Header = memo(function Header({ product, title, line, tools }: HeaderProps) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <div className={styles.top}>
        {title === undefined ? (
          <Subtitle2 as="h1" className={mergeClasses(styles.title, styles.grow)}>
            {product}
          </Subtitle2>
        ) : (
          <Text size={200} weight="semibold" className={styles.product}>
            {product}
          </Text>
        )}
        <div className={styles.tools}>{tools}</div>
      </div>
      {title !== undefined && (
        <Subtitle1 as="h1" className={styles.title}>
          {title}
        </Subtitle1>
      )}
      <Caption1 className={styles.line} data-testid="plan-home" role="status" aria-live="polite">
        {line}
      </Caption1>
    </header>
  );
});
