import { Button, makeStyles, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { formatPercent, useI18n } from '../i18n/i18n';
import { rollupByPlan, statusesInRollups } from '../model/rollup';
import type { TabRow } from '../model/rows';

const useStyles = makeStyles({
  wrap: { overflowX: 'auto' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums' },
  h2: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: `${tokens.spacingVerticalS} 0` },
});

/** Counts per status, share done and late items for each plan; a plan's name opens its items. */
export function PlanRollup({ rows, onShowPlan }: { rows: readonly TabRow[]; onShowPlan: (planKey: string) => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const rollups = useMemo(() => rollupByPlan(rows), [rows]);
  const statuses = useMemo(() => statusesInRollups(rollups), [rollups]);
  return (
    <section aria-labelledby="rollup-title" className={s.wrap}>
      <h2 id="rollup-title" className={s.h2}>
        {t.rollup.title}
      </h2>
      <Table size="small" aria-labelledby="rollup-title" data-view="rollup">
        <TableHeader>
          <TableRow>
            <TableHeaderCell style={{ width: '30%' }}>{t.rollup.plan}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.rollup.total}</TableHeaderCell>
            {statuses.map((st) => (
              <TableHeaderCell key={st} className={s.num}>
                {st}
              </TableHeaderCell>
            ))}
            <TableHeaderCell className={s.num}>{t.rollup.shareDone}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.rollup.late}</TableHeaderCell>
            <TableHeaderCell className={s.num}>{t.rollup.suggested}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rollups.map((r) => (
            <TableRow key={r.key} data-plan={r.key}>
              <TableCell>
                <Button appearance="transparent" onClick={() => onShowPlan(r.key)} style={{ textAlign: 'left', padding: 0, minWidth: 0 }}>
                  {r.title[lang]}
                </Button>
              </TableCell>
              <TableCell className={s.num}>{r.total}</TableCell>
              {statuses.map((st) => (
                <TableCell key={st} className={s.num} data-status-count={st}>
                  {r.byStatus[st] ?? 0}
                </TableCell>
              ))}
              <TableCell className={s.num}>{r.shareDone === null ? t.rollup.none : formatPercent(r.shareDone, lang)}</TableCell>
              <TableCell className={s.num} data-late-count>
                {r.late}
              </TableCell>
              <TableCell className={s.num}>
                {r.suggested.röd} / {r.suggested.gul} / {r.suggested.grön}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
