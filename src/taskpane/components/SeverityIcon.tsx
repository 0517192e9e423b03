// A finding's severity as an icon with its name for screen readers; the shape differs per
// severity, so it reads in forced colours and without colour vision too.
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoRegular, WarningFilled } from '@fluentui/react-icons';
import type { Severity } from '../../plan';
import { TEXTS } from '../i18n/texts';
import { useLanguage } from '../state/contexts';

const useStyles = makeStyles({
  icon: { flexShrink: 0, fontSize: '16px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorNeutralForeground3 },
});

export function SeverityIcon({ severity }: { readonly severity: Severity }) {
  const styles = useStyles();
  const language = useLanguage();
  const Icon =
    severity === 'error' ? ErrorCircleFilled : severity === 'warning' ? WarningFilled : InfoRegular;
  return (
    <Icon
      className={mergeClasses(styles.icon, styles[severity])}
      role="img"
      aria-hidden={false}
      aria-label={TEXTS[`severity_${severity}`][language]}
    />
  );
}
