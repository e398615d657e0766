import { Button, Caption1, makeStyles, mergeClasses, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowDownRegular, ArrowUpRegular, ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { type KeyboardEvent, useCallback, useEffect, useRef, useState } from 'react';
import type { Problem, Severity } from '../../../../shared/engine';
import { useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  nav: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap', alignItems: 'center', marginBlock: tokens.spacingVerticalS },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  item: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalS,
    width: '100%',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    cursor: 'pointer',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
  current: { boxShadow: `inset 0 0 0 ${tokens.strokeWidthThick} ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  icon: { fontSize: '20px', marginBlockStart: '2px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorPaletteBlueForeground2 },
  head: { fontWeight: tokens.fontWeightSemibold },
  message: { overflowWrap: 'anywhere' },
  sheet: { marginBlock: `${tokens.spacingVerticalM} ${tokens.spacingVerticalXS}` },
});

function SeverityIcon({ severity }: { severity: Severity }) {
  const s = useStyles();
  const Icon = severity === 'error' ? ErrorCircleFilled : severity === 'warning' ? WarningFilled : InfoFilled;
  return <Icon aria-hidden="true" className={mergeClasses(s.icon, s[severity])} />;
}

export interface ProblemListProps {
  readonly problems: readonly Problem[];
  readonly onSelect: (problem: Problem) => void;
}

const keyOf = (p: Problem, i: number) => `${p.sheet}!${p.cell}|${p.ruleId}|${p.messageId}|${i}`;

/**
 * Problems grouped by sheet, each a button (Enter or click goes to the cell), with severity as an
 * icon and a word, never colour alone. Next/previous (F8 / Shift+F8, as in VS Code) step through
 * them in order and move focus with the selection.
 */
export function ProblemList({ problems, onSelect }: ProblemListProps) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const [current, setCurrent] = useState(-1);
  const refs = useRef<(HTMLButtonElement | null)[]>([]);

  useEffect(() => {
    if (current >= problems.length) setCurrent(problems.length - 1);
  }, [problems.length, current]);

  const go = useCallback(
    (index: number) => {
      if (problems.length === 0) return;
      const i = ((index % problems.length) + problems.length) % problems.length;
      setCurrent(i);
      refs.current[i]?.focus();
      onSelect(problems[i]!);
    },
    [problems, onSelect],
  );

  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.key !== 'F8') return;
      e.preventDefault();
      go(e.shiftKey ? current - 1 : current + 1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go, current]);

  const onItemKey = (e: KeyboardEvent<HTMLButtonElement>, i: number) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      refs.current[Math.min(i + 1, problems.length - 1)]?.focus();
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      refs.current[Math.max(i - 1, 0)]?.focus();
    }
  };

  const groups: { sheet: string; items: { p: Problem; i: number }[] }[] = [];
  problems.forEach((p, i) => {
    const last = groups[groups.length - 1];
    if (last?.sheet === p.sheet) last.items.push({ p, i });
    else groups.push({ sheet: p.sheet, items: [{ p, i }] });
  });

  return (
    <section aria-labelledby="problems-heading">
      <Subtitle2 as="h2" id="problems-heading">
        {t.problemsHeading(problems.length)}
      </Subtitle2>
      {problems.length === 0 ? (
        <p>{t.noProblems}</p>
      ) : (
        <>
          <div className={s.nav} role="group" aria-label={t.position(Math.max(current + 1, 1), problems.length)}>
            <Button icon={<ArrowUpRegular />} onClick={() => go(current - 1)} aria-keyshortcuts="Shift+F8" title="Shift+F8">
              {t.previous}
            </Button>
            <Button icon={<ArrowDownRegular />} onClick={() => go(current + 1)} aria-keyshortcuts="F8" title="F8">
              {t.next}
            </Button>
            {current >= 0 && <Caption1 aria-live="polite">{t.position(current + 1, problems.length)}</Caption1>}
          </div>
          {groups.map((g) => (
            <div key={g.sheet}>
              <Subtitle2 as="h3" className={s.sheet}>
                {t.sheet(g.sheet)}
              </Subtitle2>
              <ul className={s.list}>
                {g.items.map(({ p, i }) => (
                  <li key={keyOf(p, i)}>
                    <button
                      type="button"
                      ref={(el) => {
                        refs.current[i] = el;
                      }}
                      className={mergeClasses(s.item, i === current && s.current)}
                      aria-current={i === current ? 'true' : undefined}
                      data-cell={`${p.sheet}!${p.cell}`}
                      onClick={() => {
                        setCurrent(i);
                        onSelect(p);
                      }}
                      onKeyDown={(e) => onItemKey(e, i)}
                    >
                      <SeverityIcon severity={p.severity} />
                      <span>
                        <span className={s.head}>
                          {t.severity[p.severity]} · {p.cell}
                        </span>
                        <br />
                        <span className={s.message}>{p.message[lang]}</span>
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </>
      )}
    </section>
  );
}
