// Two live regions that are always in the page, so that screen readers pick up a new message:
// progress and success politely, errors assertively. A third, invisible one carries short
// announcements (a move in a ranking, an item created) without a visible message.
import {
  Body1,
  Button,
  Spinner,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { DismissRegular } from '@fluentui/react-icons';
import type { Language } from '../../plan';
import { useVisuallyHidden } from '../components/styles';
import { TEXTS } from '../i18n/texts';
import type { PaneState } from '../state/pane';

const useStyles = makeStyles({
  status: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid transparent`,
  },
  info: { backgroundColor: tokens.colorNeutralBackground3 },
  success: {
    backgroundColor: tokens.colorPaletteGreenBackground1,
    color: tokens.colorPaletteGreenForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteGreenBorder1}`,
  },
  error: {
    backgroundColor: tokens.colorPaletteRedBackground1,
    color: tokens.colorPaletteRedForeground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteRedBorder1}`,
  },
  text: { flexGrow: 1, minWidth: 0, overflowWrap: 'anywhere' },
});

export interface StatusRegionProps {
  readonly state: PaneState;
  readonly language: Language;
  readonly announcement: string;
  readonly onDismiss: () => void;
}

export function StatusRegion({ state, language, announcement, onDismiss }: StatusRegionProps) {
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const { status } = state;
  const body = status && (
    <div className={mergeClasses(styles.status, styles[status.tone])}>
      {/* Spinners are progressbars without a name: hidden, since the text says what runs. */}
      {state.busy !== null && status.tone === 'info' && <Spinner size="extra-tiny" aria-hidden />}
      <Body1 className={styles.text}>{status.message[language]}</Body1>
      {state.busy === null && (
        <Button
          appearance="transparent"
          size="small"
          icon={<DismissRegular />}
          aria-label={TEXTS.dismiss[language]}
          title={TEXTS.dismiss[language]}
          onClick={onDismiss}
        />
      )}
    </div>
  );
  return (
    <div>
      <div role="status" aria-live="polite" aria-atomic="true">
        {status?.tone !== 'error' && body}
      </div>
      <div role="alert" aria-atomic="true">
        {status?.tone === 'error' && body}
      </div>
      <div className={hidden.text} role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>
    </div>
  );
}
