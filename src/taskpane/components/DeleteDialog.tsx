// Asks before an item that others cite is deleted: who cites it, what happens to them, and that
// undo brings it all back.
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef } from 'react';
import { fill, TEXTS } from '../i18n/texts';
import type { PendingRemoval } from '../state/contexts';
import { useLabels, useLanguage } from '../state/contexts';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  surface: { maxWidth: 'min(420px, calc(100vw - 24px))' },
});

export interface DeleteDialogProps {
  readonly pending: PendingRemoval | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}

export function DeleteDialog({ pending, onConfirm, onCancel }: DeleteDialogProps) {
  const styles = useStyles();
  // Opened by a command, not by a DialogTrigger: the dialog cannot know where the focus was, so
  // a cancelled question hands it back to the delete button itself.
  const returnTo = useRef<HTMLElement | null>(null);
  // Taken while rendering the opening, before the dialog moves the focus into itself.
  if (pending !== null && returnTo.current === null) {
    returnTo.current = document.activeElement as HTMLElement | null;
  }
  const confirm = () => {
    returnTo.current = null;
    onConfirm();
  };
  const cancel = () => {
    onCancel();
    const target = returnTo.current;
    returnTo.current = null;
    // After the dialog has closed and released the focus trap.
    setTimeout(() => target?.focus(), 0);
  };
  const language = useLanguage();
  const labels = useLabels();
  const label = pending ? (labels.get(pending.id) ?? pending.id) : '';
  const names = (effect: 'unlink' | 'remove') =>
    (pending?.citations ?? [])
      .filter((c) => c.effect === effect)
      .map((c) => labels.get(c.id) ?? c.id)
      .join(', ');
  const unlinked = names('unlink');
  const removed = names('remove');
  return (
    <Dialog
      open={pending !== null}
      modalType="alert"
      onOpenChange={(_, data) => {
        if (!data.open) cancel();
      }}
    >
      <DialogSurface className={styles.surface}>
        <DialogBody>
          <DialogTitle>{fill(TEXTS.deleteTitle[language], { label })}</DialogTitle>
          <DialogContent className={styles.content}>
            {removed !== '' && <p>{fill(TEXTS.deleteRemove[language], { labels: removed })}</p>}
            {unlinked !== '' && <p>{fill(TEXTS.deleteUnlink[language], { labels: unlinked })}</p>}
            <p>{TEXTS.deleteUndo[language]}</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirm}>
              {TEXTS.delete[language]}
            </Button>
            <Button onClick={cancel}>{TEXTS.cancel[language]}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
