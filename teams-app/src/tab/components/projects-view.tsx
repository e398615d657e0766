import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens, useRestoreFocusTarget } from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatNumber, useI18n } from '../i18n/i18n';
import type { TabRow } from '../model/rows';
import { StatusBadge } from './status-badge';
import { SuggestionBadge } from './suggestion-badge';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' },
  date: { whiteSpace: 'nowrap' },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
});

/** Projects with budget, co-financing and dates, latest end first; a name opens the project. */
export function ProjectsView({ rows, onOpen }: { rows: readonly TabRow[]; onOpen: (key: string) => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const projects = useMemo(
    () => rows.filter((r) => r.project !== null).sort((a, b) => (b.project!.endDate ?? '').localeCompare(a.project!.endDate ?? '') || a.title.localeCompare(b.title, 'sv')),
    [rows],
  );
  const restoreFocus = useRestoreFocusTarget();
  const money = (n: number | null) => (n === null ? t.projects.unknown : t.money(formatNumber(n, lang)));
  return (
    <section aria-labelledby="projects-title" className={s.wrap}>
      <h2 id="projects-title" className={s.h2}>
        {t.projects.title}
      </h2>
      <Table size="small" aria-labelledby="projects-title" data-view="projects">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '22%' }}>{t.projects.name}</TableHeaderCell>
            <TableHeaderCell>{t.projects.financing}</TableHeaderCell>
            <TableHeaderCell>{t.projects.department}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.projects.budget}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.projects.cofinancing}</TableHeaderCell>
            <TableHeaderCell>{t.projects.start}</TableHeaderCell>
            <TableHeaderCell>{t.projects.end}</TableHeaderCell>
            <TableHeaderCell>{t.projects.lifecycle}</TableHeaderCell>
            <TableHeaderCell>{t.projects.followUp}</TableHeaderCell>
            <TableHeaderCell>{t.projects.suggestion}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {projects.map((r) => {
            const p = r.project!;
            return (
              <TableRow key={r.key} data-project={r.externalId}>
                <TableCell>
                  <Button {...restoreFocus} appearance="transparent" onClick={() => onOpen(r.key)} style={{ textAlign: 'left', padding: 0, minWidth: 0 }}>
                    {r.title}
                  </Button>
                </TableCell>
                <TableCell>{p.financingCategory}</TableCell>
                <TableCell>{p.departments.join(', ') || t.projects.unknown}</TableCell>
                <TableCell className={s.num} data-budget>
                  {money(p.budgetSek)}
                </TableCell>
                <TableCell className={s.num}>{money(p.cofinancingSek)}</TableCell>
                <TableCell className={s.date}>{p.startDate ?? t.projects.unknown}</TableCell>
                <TableCell className={s.date}>{p.endDate ?? t.projects.unknown}</TableCell>
                <TableCell>{p.lifecycle}</TableCell>
                <TableCell>
                  <StatusBadge status={r.status} />
                </TableCell>
                <TableCell>
                  <SuggestionBadge suggestion={r.suggestion} />
                </TableCell>
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </section>
  );
}
