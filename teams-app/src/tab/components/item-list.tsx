// The item list, virtualised: only the rows in view (and a few around them) are in the DOM, so
// the nämnd's items and 5 000 of them cost the same to render. It is one listbox that keeps focus
// and points at the active row with aria-activedescendant — focus never sits on a row that
// scrolls out and is removed. Arrow keys, Page Up/Down, Home/End move; Enter opens.

import { makeStyles, mergeClasses, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n';
import type { TabRow } from '../model/rows';
import { StatusBadge } from './status-badge';
import { SuggestionBadge } from './suggestion-badge';

export const ROW_HEIGHT = 88;
const OVERSCAN = 6;

const useStyles = makeStyles({
  listbox: {
    position: 'relative',
    flexGrow: 1,
    minHeight: '240px',
    overflowY: 'auto',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    outlineStyle: 'none',
    '&:focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
    '&:focus-visible [data-active="true"]': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-3px' },
  },
  option: {
    position: 'absolute',
    left: 0,
    right: 0,
    boxSizing: 'border-box',
    display: 'flex',
    flexDirection: 'column',
    justifyContent: 'center',
    rowGap: '2px',
    padding: `0 ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke3}`,
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  line: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM, whiteSpace: 'nowrap', overflow: 'hidden', minWidth: 0 },
  title: { fontWeight: tokens.fontWeightSemibold, overflow: 'hidden', textOverflow: 'ellipsis' },
  id: { color: tokens.colorNeutralForeground2, flexShrink: 0 },
  meta: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200, overflow: 'hidden', textOverflow: 'ellipsis' },
  empty: { padding: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
});

export function optionId(key: string): string {
  return `item-${key.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}`)}`;
}

export function ItemList({
  rows,
  selectedKey,
  resetKey,
  onOpen,
}: {
  rows: readonly TabRow[];
  selectedKey: string | null;
  /** Changes when the filters change: back to the top. */
  resetKey: string;
  onOpen: (key: string) => void;
}) {
  const s = useStyles();
  const { t } = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  const [active, setActive] = useState(0);
  // Closing the detail panel puts focus back here, where the person opened it from.
  const restoreFocus = useRestoreFocusTarget();

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setHeight(el.clientHeight);
    const observer = new ResizeObserver(() => setHeight(el.clientHeight));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  useEffect(() => {
    setActive(0);
    setScrollTop(0);
    if (ref.current) ref.current.scrollTop = 0;
  }, [resetKey]);

  // What the benchmark times: the list as committed for this set of rows.
  useLayoutEffect(() => {
    performance.mark('namndstod:list-commit', { detail: { count: rows.length } });
  }, [rows]);

  const current = Math.min(active, Math.max(0, rows.length - 1));
  const first = Math.max(0, Math.floor(scrollTop / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((scrollTop + height) / ROW_HEIGHT) + OVERSCAN);

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(rows.length - 1, index));
    setActive(next);
    const el = ref.current;
    if (!el) return;
    const top = next * ROW_HEIGHT;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + ROW_HEIGHT > el.scrollTop + el.clientHeight) el.scrollTop = top + ROW_HEIGHT - el.clientHeight;
    setScrollTop(el.scrollTop);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (rows.length === 0) return;
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(current + 1),
      ArrowUp: () => moveTo(current - 1),
      PageDown: () => moveTo(current + page),
      PageUp: () => moveTo(current - page),
      Home: () => moveTo(0),
      End: () => moveTo(rows.length - 1),
      Enter: () => onOpen(rows[current]!.key),
      ' ': () => onOpen(rows[current]!.key),
    };
    const action = keys[e.key];
    if (action) {
      e.preventDefault();
      action();
    }
  };

  const visible = rows.slice(first, last);
  return (
    <div
      ref={ref}
      {...restoreFocus}
      className={s.listbox}
      role="listbox"
      aria-label={t.row.listLabel}
      tabIndex={0}
      aria-activedescendant={rows.length > 0 ? optionId(rows[current]!.key) : undefined}
      onKeyDown={onKeyDown}
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
      data-count={rows.length}
    >
      {rows.length === 0 ? (
        <div className={s.empty}>{t.row.empty}</div>
      ) : (
        <div role="presentation" style={{ height: rows.length * ROW_HEIGHT, position: 'relative' }}>
          {visible.map((row, i) => {
            const index = first + i;
            return (
              <Row
                key={row.key}
                row={row}
                index={index}
                total={rows.length}
                active={index === current}
                selected={row.key === selectedKey}
                onClick={() => {
                  setActive(index);
                  onOpen(row.key);
                }}
              />
            );
          })}
        </div>
      )}
    </div>
  );
}

function Row({
  row,
  index,
  total,
  active,
  selected,
  onClick,
}: {
  row: TabRow;
  index: number;
  total: number;
  active: boolean;
  selected: boolean;
  onClick: () => void;
}) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const d = row.deadline;
  const passed = row.suggestion?.reason.code === 'overdue' ? ` – ${t.row.passed}` : '';
  const due = d.due ? `${t.row.due} ${d.due}${d.precision ? ` (${t.precision[d.precision]})` : ''}${passed}` : t.row.noDeadline;
  const points = [...new Set(row.schedule.map((c) => c.point))];
  const next =
    points.length > 0
      ? `${t.row.followUp} ${points.join(', ')} · ${row.next ? `${t.row.next} ${row.next.point} ${row.next.year}` : t.row.noNext}`
      : row.followUpText
        ? `${t.row.followUp}: ${row.followUpText}`
        : t.row.noFollowUp;
  return (
    <div
      id={optionId(row.key)}
      role="option"
      aria-selected={selected}
      aria-setsize={total}
      aria-posinset={index + 1}
      data-active={active}
      data-key={row.key}
      data-external-id={row.externalId}
      className={mergeClasses(s.option, selected && s.selected)}
      style={{ top: index * ROW_HEIGHT, height: ROW_HEIGHT }}
      onClick={onClick}
    >
      <div className={s.line}>
        <span className={s.id}>
          {t.kinds[row.kind]} {row.externalId}
        </span>
        <span className={s.title}>{row.title}</span>
      </div>
      <div className={s.line}>
        <StatusBadge status={row.status} />
        <SuggestionBadge suggestion={row.suggestion} />
        <span className={s.meta}>{due}</span>
      </div>
      <div className={s.line}>
        <span className={s.meta}>{next}</span>
        <span className={s.meta}>
          {t.row.owner}: {row.ownerText ?? t.row.ownerMissing}
        </span>
        <span className={s.meta}>{row.plan.title[lang]}</span>
      </div>
    </div>
  );
}
