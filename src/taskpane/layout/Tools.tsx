// The header's tools: undo and redo, the pane's language, and the plan menu (new, open, save as
// file, download the slides or the document).
import {
  Button,
  Menu,
  MenuDivider,
  MenuGroup,
  MenuGroupHeader,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Tooltip,
  makeStyles,
} from '@fluentui/react-components';
import {
  ArrowDownloadRegular,
  ArrowRedoRegular,
  ArrowUndoRegular,
  DocumentAddRegular,
  EditRegular,
  FolderOpenRegular,
  MoreHorizontalRegular,
  SaveRegular,
} from '@fluentui/react-icons';
import type { Language } from '../../plan';
import { TEXTS } from '../i18n/texts';
import type { DownloadChoice } from '../state/pane';

export interface ToolsProps {
  readonly language: Language;
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  readonly hasPlan: boolean;
  readonly busy: boolean;
  readonly onUndo: () => void;
  readonly onRedo: () => void;
  readonly onLanguage: (language: Language) => void;
  readonly onNew: () => void;
  readonly onDetails: () => void;
  readonly onOpen: () => void;
  readonly onSaveFile: () => void;
  readonly onDownload: (format: 'pptx' | 'docx') => void;
  readonly choice: DownloadChoice;
  readonly onChoice: (choice: DownloadChoice) => void;
}

const useStyles = makeStyles({
  language: { minWidth: '32px', paddingLeft: '4px', paddingRight: '4px' },
});

export function Tools(props: ToolsProps) {
  const styles = useStyles();
  const { language } = props;
  const other: Language = language === 'de' ? 'en' : 'de';
  return (
    <>
      <Tooltip content={TEXTS.undoHint[language]} relationship="label">
        <Button
          appearance="subtle"
          icon={<ArrowUndoRegular />}
          disabledFocusable={!props.canUndo}
          aria-keyshortcuts="Control+Z"
          onClick={props.onUndo}
        />
      </Tooltip>
      <Tooltip content={TEXTS.redoHint[language]} relationship="label">
        <Button
          appearance="subtle"
          icon={<ArrowRedoRegular />}
          disabledFocusable={!props.canRedo}
          aria-keyshortcuts="Control+Y Control+Shift+Z"
          onClick={props.onRedo}
        />
      </Tooltip>
      {/* The name starts with the visible text ("DE"), as speech input expects (WCAG 2.5.3). */}
      <Tooltip content={TEXTS.switchLanguage[language]} relationship="description">
        <Button
          appearance="subtle"
          className={styles.language}
          aria-label={`${other.toUpperCase()} — ${TEXTS.switchLanguage[language]}`}
          onClick={() => props.onLanguage(other)}
        >
          {other.toUpperCase()}
        </Button>
      </Tooltip>
      <Menu
        positioning="below-end"
        checkedValues={{
          version: [
            ...(props.choice.customer ? ['customer'] : []),
            ...(props.choice.review ? ['review'] : []),
          ],
        }}
        onCheckedValueChange={(_, data) => {
          if (data.name !== 'version') return;
          props.onChoice({
            customer: data.checkedItems.includes('customer'),
            review: data.checkedItems.includes('review'),
          });
        }}
      >
        <MenuTrigger disableButtonEnhancement>
          <Tooltip content={TEXTS.planMenu[language]} relationship="label">
            <Button appearance="subtle" icon={<MoreHorizontalRegular />} />
          </Tooltip>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentAddRegular />} disabled={props.busy} onClick={props.onNew}>
              {TEXTS.newPlan[language]}
            </MenuItem>
            <MenuItem icon={<EditRegular />} disabled={!props.hasPlan} onClick={props.onDetails}>
              {TEXTS.planDetails[language]}
            </MenuItem>
            <MenuItem icon={<FolderOpenRegular />} disabled={props.busy} onClick={props.onOpen}>
              {TEXTS.openFile[language]}
            </MenuItem>
            <MenuItem icon={<SaveRegular />} disabled={!props.hasPlan} onClick={props.onSaveFile}>
              {TEXTS.saveAsFile[language]}
            </MenuItem>
            <MenuDivider />
            <MenuItem
              icon={<ArrowDownloadRegular />}
              disabled={!props.hasPlan || props.busy}
              onClick={() => props.onDownload('pptx')}
            >
              {TEXTS.downloadDeck[language]}
            </MenuItem>
            <MenuItem
              icon={<ArrowDownloadRegular />}
              disabled={!props.hasPlan || props.busy}
              onClick={() => props.onDownload('docx')}
            >
              {TEXTS.downloadDocument[language]}
            </MenuItem>
            <MenuDivider />
            <MenuGroup>
              <MenuGroupHeader>{TEXTS.downloadOptions[language]}</MenuGroupHeader>
              <MenuItemCheckbox name="version" value="customer" disabled={!props.hasPlan}>
                {TEXTS.customerVersion[language]}
              </MenuItemCheckbox>
              <MenuItemCheckbox name="version" value="review" disabled={!props.hasPlan}>
                {TEXTS.reviewVersion[language]}
              </MenuItemCheckbox>
            </MenuGroup>
          </MenuList>
        </MenuPopover>
      </Menu>
    </>
  );
}
