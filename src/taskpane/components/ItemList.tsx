// The list every step edits its items in. Each item is a row that names it by its label and
// text and opens, in place, into its fields; ranked lists move items with buttons (keyboard)
// and by dragging. New items open for typing at once; a finding's "go to" opens the item and
// focuses the field; a removed item hands the focus to its neighbour.
import {
  Badge,
  Button,
  Caption1,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowDownRegular,
  ArrowUpRegular,
  ChevronDownRegular,
  ChevronRightRegular,
  DeleteRegular,
  ReOrderDotsVerticalRegular,
} from '@fluentui/react-icons';
import {
  memo,
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type ComponentType,
  type DragEvent,
  type ReactNode,
} from 'react';
import type { Collection, Severity } from '../../plan';
import { fill, TEXTS } from '../i18n/texts';
import { useCommands, useDerived, useLabels, useLanguage, usePane } from '../state/contexts';
import { focusField, focusKey, FOCUS_ATTRIBUTE } from './fields';
import { useFocusRequest } from './focus';
import { SeverityIcon } from './SeverityIcon';
import { useVisuallyHidden } from './styles';

export interface ItemEditorProps<T> {
  readonly item: T;
}

export interface ItemListProps<T extends { readonly id: string }> {
  readonly collection: Collection;
  readonly items: readonly T[];
  /** The row's text while the item is closed. */
  readonly summary: (item: T) => string;
  /** The item's fields; a component (not a render function) so rows can skip re-rendering. */
  readonly Editor: ComponentType<ItemEditorProps<T>>;
  /** Something to show in the row beside the text (a badge), optional. */
  readonly Extra?: ComponentType<ItemEditorProps<T>>;
  /** Ranked lists show the rank and move items up and down. */
  readonly ranked?: boolean;
  readonly emptyText: string;
  /** Names the list for assistive technology (the heading above it). */
  readonly labelledBy?: string;
  /** Shown below the list: the add button and what belongs to it. */
  readonly footer?: ReactNode;
}

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  open: { border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}` },
  dropTarget: {
    outline: `${tokens.strokeWidthThick} dashed ${tokens.colorBrandStroke1}`,
    outlineOffset: '1px',
  },
  row: { display: 'flex', alignItems: 'stretch', minWidth: 0 },
  summary: {
    flexGrow: 1,
    minWidth: 0,
    justifyContent: 'flex-start',
    textAlign: 'start',
    fontWeight: tokens.fontWeightRegular,
    paddingLeft: tokens.spacingHorizontalXS,
    gap: tokens.spacingHorizontalXS,
  },
  summaryText: {
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
    flexGrow: 1,
  },
  empty: { fontStyle: 'italic', color: tokens.colorNeutralForeground3 },
  label: {
    flexShrink: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorBrandForeground1,
    minWidth: '2.2em',
  },
  rank: { display: 'flex', flexDirection: 'column', justifyContent: 'center' },
  handle: {
    cursor: 'grab',
    display: 'flex',
    alignItems: 'center',
    color: tokens.colorNeutralForeground3,
  },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  bodyFooter: { display: 'flex', justifyContent: 'flex-end' },
  emptyList: { color: tokens.colorNeutralForeground3 },
  container: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', minWidth: 0 },
  extra: { flexShrink: 0, display: 'inline-flex', whiteSpace: 'nowrap' },
});

/** The worst severity among an item's findings, for the row's mark. */
function worst(severities: readonly Severity[]): Severity | undefined {
  if (severities.includes('error')) return 'error';
  if (severities.includes('warning')) return 'warning';
  return severities.includes('info') ? 'info' : undefined;
}

export function ItemList<T extends { readonly id: string }>(props: ItemListProps<T>) {
  const { collection, items, ranked = false } = props;
  const styles = useStyles();
  const language = useLanguage();
  const labels = useLabels();
  const derived = useDerived();
  const commands = useCommands();
  const listRef = useRef<HTMLUListElement>(null);
  const containerRef = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set());
  const [dragged, setDragged] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<string | null>(null);
  // Where the focus goes once an item removed from this list is gone.
  const removedAt = useRef<{ id: string; index: number } | null>(null);
  // A move's button keeps the focus on the moved item (moving its row may drop the focus).
  const movedFocus = useRef<string | null>(null);

  const toggle = useCallback((id: string) => {
    setOpen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }, []);

  // A focus request for an item of this list opens it in this very render (not one render
  // later), so that its field is there when the focus moves.
  const ids = new Set(items.map((item) => item.id));
  const { state: pane } = usePane();
  const requested = pane.focus?.id;
  const shown =
    requested !== undefined && ids.has(requested) && !open.has(requested)
      ? new Set(open).add(requested)
      : open;
  useEffect(() => {
    if (shown !== open) setOpen(shown);
  }, [shown, open]);
  useFocusRequest(
    listRef,
    (id) => ids.has(id),
    (id) => shown.has(id),
  );

  useEffect(() => {
    const removed = removedAt.current;
    if (!removed || items.some((item) => item.id === removed.id)) return;
    removedAt.current = null;
    const neighbour = items[Math.min(removed.index, items.length - 1)];
    const root = listRef.current;
    if (neighbour && root) focusField(root, neighbour.id, 'row');
    // The list's last item went: the add button below it takes the focus.
    else containerRef.current?.querySelector<HTMLElement>('[data-add-button]')?.focus();
  }, [items]);

  useEffect(() => {
    const id = movedFocus.current;
    if (!id || !listRef.current) return;
    movedFocus.current = null;
    const index = items.findIndex((item) => item.id === id);
    const field = index === 0 ? 'move-down' : index === items.length - 1 ? 'move-up' : undefined;
    const root = listRef.current;
    const active = root.ownerDocument.activeElement;
    const keep = active?.getAttribute(FOCUS_ATTRIBUTE);
    // The button the user pressed, unless it is now disabled at the end of the list.
    const wanted = keep?.startsWith(`${id}:move-`) && !field ? keep.slice(id.length + 1) : field;
    focusField(root, id, wanted ?? 'move-up');
  }, [items]);

  // The rows' callbacks read the items and labels of the latest render through a ref: their
  // identity stays the same while the user types, so the memoised rows do not re-render.
  const current = useRef({ items, labels });
  current.current = { items, labels };

  const move = useCallback(
    (id: string, to: number, announce: boolean) => {
      commands.edit({ type: 'move', collection, id, to });
      movedFocus.current = announce ? id : null;
      if (announce) {
        const label = current.current.labels.get(id) ?? id;
        commands.announce(fill(TEXTS.moved[language], { label, n: to + 1 }));
      }
    },
    [commands, collection, language],
  );

  const onRemove = useCallback(
    (id: string) => {
      const index = current.current.items.findIndex((item) => item.id === id);
      removedAt.current = { id, index };
      commands.remove(collection, id);
    },
    [commands, collection],
  );

  const endDrag = useCallback(() => {
    setDragged(null);
    setDropAt(null);
  }, []);

  const onDrop = (event: DragEvent, target: T) => {
    event.preventDefault();
    setDropAt(null);
    const id = dragged ?? event.dataTransfer.getData('text/plain');
    setDragged(null);
    if (!id || id === target.id) return;
    const to = items.findIndex((item) => item.id === target.id);
    if (to >= 0) {
      move(id, to, false);
      commands.announce(fill(TEXTS.moved[language], { label: labels.get(id) ?? id, n: to + 1 }));
    }
  };

  return (
    <div ref={containerRef} className={styles.container}>
      {items.length === 0 ? (
        <Caption1 className={styles.emptyList}>{props.emptyText}</Caption1>
      ) : (
        <ul ref={listRef} className={styles.list} aria-labelledby={props.labelledBy}>
          {items.map((item, index) => (
            <li
              key={item.id}
              className={mergeClasses(
                styles.item,
                shown.has(item.id) && styles.open,
                dropAt === item.id && styles.dropTarget,
              )}
              onDragOver={
                ranked
                  ? (event) => {
                      if (!dragged) return;
                      event.preventDefault();
                      event.dataTransfer.dropEffect = 'move';
                      if (dropAt !== item.id) setDropAt(item.id);
                    }
                  : undefined
              }
              onDragLeave={ranked ? () => setDropAt(null) : undefined}
              onDrop={ranked ? (event) => onDrop(event, item) : undefined}
            >
              <ItemRow
                item={item}
                label={labels.get(item.id) ?? item.id}
                summary={props.summary(item)}
                severity={worst(derived?.byItem.get(item.id)?.map((f) => f.severity) ?? [])}
                open={shown.has(item.id)}
                rankIndex={ranked ? index : undefined}
                rankCount={items.length}
                Editor={props.Editor}
                Extra={props.Extra}
                onToggle={toggle}
                onRemove={onRemove}
                onMove={move}
                onDragStart={setDragged}
                onDragEnd={endDrag}
              />
            </li>
          ))}
        </ul>
      )}
      {props.footer}
    </div>
  );
}

interface ItemRowProps<T extends { readonly id: string }> {
  readonly item: T;
  readonly label: string;
  readonly summary: string;
  readonly severity: Severity | undefined;
  readonly open: boolean;
  /** The item's place in a ranked list; undefined in lists that are not ranked. */
  readonly rankIndex: number | undefined;
  readonly rankCount: number;
  readonly Editor: ComponentType<ItemEditorProps<T>>;
  readonly Extra: ComponentType<ItemEditorProps<T>> | undefined;
  readonly onToggle: (id: string) => void;
  readonly onRemove: (id: string) => void;
  readonly onMove: (id: string, to: number, announce: boolean) => void;
  readonly onDragStart: (id: string) => void;
  readonly onDragEnd: () => void;
}

/** One item: memoised, so typing in one item does not re-render the others. */
const ItemRow = memo(function ItemRow<T extends { readonly id: string }>(props: ItemRowProps<T>) {
  const { item, label, open, Editor, Extra } = props;
  const rank =
    props.rankIndex === undefined ? undefined : { index: props.rankIndex, count: props.rankCount };
  const styles = useStyles();
  const hidden = useVisuallyHidden();
  const language = useLanguage();
  const bodyId = useId();
  const t = (key: keyof typeof TEXTS) => fill(TEXTS[key][language], { label });
  const text = props.summary.trim();
  return (
    <>
      <div className={styles.row}>
        {rank && (
          <div className={styles.rank}>
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowUpRegular />}
              aria-label={t('moveUp')}
              title={t('moveUp')}
              disabled={rank.index === 0}
              {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'move-up') }}
              onClick={() => props.onMove(item.id, rank.index - 1, true)}
            />
            <Button
              appearance="subtle"
              size="small"
              icon={<ArrowDownRegular />}
              aria-label={t('moveDown')}
              title={t('moveDown')}
              disabled={rank.index === rank.count - 1}
              {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'move-down') }}
              onClick={() => props.onMove(item.id, rank.index + 1, true)}
            />
          </div>
        )}
        {rank && (
          <span
            className={styles.handle}
            draggable
            title={t('dragHandle')}
            // Dragging is the mouse's way; the buttons beside it are the keyboard's.
            aria-hidden="true"
            onDragStart={(event) => {
              event.dataTransfer.effectAllowed = 'move';
              event.dataTransfer.setData('text/plain', item.id);
              props.onDragStart(item.id);
            }}
            onDragEnd={props.onDragEnd}
          >
            <ReOrderDotsVerticalRegular fontSize={20} />
          </span>
        )}
        <Button
          appearance="transparent"
          className={styles.summary}
          icon={open ? <ChevronDownRegular /> : <ChevronRightRegular />}
          aria-expanded={open}
          aria-controls={open ? bodyId : undefined}
          {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'row') }}
          onClick={() => props.onToggle(item.id)}
        >
          <span className={styles.label}>{label}</span>
          <span className={mergeClasses(styles.summaryText, text === '' && styles.empty)}>
            {text === '' ? TEXTS.untitled[language] : text}
          </span>
          {rank && (
            <span className={hidden.text}>{fill(TEXTS.rank[language], { n: rank.index + 1 })}</span>
          )}
          {props.severity && <SeverityIcon severity={props.severity} />}
          {(item as { readonly internal?: unknown }).internal === true && (
            <Badge className={styles.extra} size="small" appearance="outline" color="informative">
              {TEXTS.internalBadge[language]}
            </Badge>
          )}
          {Extra && (
            <span className={styles.extra}>
              <Extra item={item} />
            </span>
          )}
        </Button>
      </div>
      {open && (
        <div id={bodyId} className={styles.body} role="group" aria-label={label}>
          <Editor item={item} />
          <div className={styles.bodyFooter}>
            <Button
              appearance="subtle"
              icon={<DeleteRegular />}
              {...{ [FOCUS_ATTRIBUTE]: focusKey(item.id, 'delete') }}
              onClick={() => props.onRemove(item.id)}
            >
              {t('deleteItem')}
            </Button>
          </div>
        </div>
      )}
    </>
  );
}) as <T extends { readonly id: string }>(props: ItemRowProps<T>) => ReactNode;
