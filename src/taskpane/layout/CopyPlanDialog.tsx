// Where no file can be handed over (an Office that neither downloads nor opens a browser): the
// plan as text, selected and ready to copy into a .kap.json file.
import {
  Body1,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Language } from '../../plan';
import { TEXTS } from '../i18n/texts';

const useStyles = makeStyles({
  surface: { maxWidth: 'min(440px, calc(100vw - 24px))' },
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  text: { fontFamily: tokens.fontFamilyMonospace, minHeight: '10em' },
});

export interface CopyPlanDialogProps {
  readonly open: boolean;
  readonly language: Language;
  readonly text: string;
  readonly message: string;
  readonly onClose: () => void;
}

export function CopyPlanDialog({ open, language, text, message, onClose }: CopyPlanDialogProps) {
  const styles = useStyles();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      // Without clipboard access the text stays selected in the field for Ctrl+C.
      setCopied(false);
    }
  };
  return (
    <Dialog
      open={open}
      onOpenChange={(_, data) => {
        if (!data.open) {
          setCopied(false);
          onClose();
        }
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{TEXTS.copyTitle[language]}</DialogTitle>
          <DialogContent className={styles.content}>
            <Body1>{message}</Body1>
            <Field label={TEXTS.planText[language]}>
              <Textarea
                className={styles.text}
                readOnly
                value={text}
                onFocus={(event) => event.currentTarget.select()}
              />
            </Field>
            <Body1 role="status">{copied ? TEXTS.copied[language] : ''}</Body1>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void copy()}>
              {TEXTS.copyPlan[language]}
            </Button>
            <Button onClick={onClose}>{TEXTS.close[language]}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
