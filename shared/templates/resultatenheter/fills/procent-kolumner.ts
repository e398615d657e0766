// Kolumnrubrikerna "Ackumulerad resultatöverföring till 2022 % MAX 10 %" och "Årets resultatöverföring
// % MAX 5 %" (T1 2021, 000 rad 35–41) med anvisning 6) "… maximalt 5% av enhetens bruttobudget …
// maximalt 10 % av enhetens bruttobudget" (rad 50–53): kolumn 6 resp. −kolumn 5 delat med kolumn 2,
// 0 när bruttobudget saknas, som blankettens formler.
import { defineFill, type FillContext, numberAt } from '../../../engine';
import { num } from '../../../grid';
import { percent } from '../../../locale';
import type { ResultatenheterLayout } from '../layout';
import { guardedShare, shareDiffers } from '../targets';
import { round, unitRowFormulas } from '../unit-row-formulas';

export default defineFill({
  meta: {
    id: 'resultatenheter/procent-kolumner',
    docs: {
      sv: 'Fyller "Ackumulerad resultatöverföring %" (kolumn 6 / kolumn 2) och "Årets resultatöverföring %" (−kolumn 5 / kolumn 2).',
      en: 'Fills "Ackumulerad resultatöverföring %" (column 6 / column 2) and "Årets resultatöverföring %" (−column 5 / column 2).',
      source: 'Kolumnrubrikerna "… till 2022 % MAX 10 %" och "Årets resultatöverföring % MAX 5 %" (000 rad 35–41), anvisning 6) (000 rad 50–53)',
    },
    messages: {
      ackumulerad: {
        sv: '"Ackumulerad resultatöverföring %" = kolumn 6 / bruttobudget = {{value}}.',
        en: '"Ackumulerad resultatöverföring %" = column 6 / gross budget = {{value}}.',
      },
      arets: {
        sv: '"Årets resultatöverföring %" = −kolumn 5 / bruttobudget = {{value}}.',
        en: '"Årets resultatöverföring %" = −column 5 / gross budget = {{value}}.',
      },
    },
  },
  *plan({ sheet, layout }: FillContext<ResultatenheterLayout>) {
    const source = { kind: 'computed', fillId: 'resultatenheter/procent-kolumner' } as const;
    const columns = [
      [
        'ackumulerad',
        unitRowFormulas(sheet, layout, 'ackProcent', ['ackOverforing', 'bruttobudget'], (v) => guardedShare(v('ackOverforing'), v('bruttobudget')), (l, r) => `IF(${l('bruttobudget')}${r}=0,0,${l('ackOverforing')}${r}/${l('bruttobudget')}${r})`),
      ],
      [
        'arets',
        unitRowFormulas(sheet, layout, 'aretsProcent', ['beraknatResultat', 'bruttobudget'], (v) => guardedShare(-v('beraknatResultat'), v('bruttobudget')), (l, r) => `IF(${l('bruttobudget')}${r}=0,0,-${l('beraknatResultat')}${r}/${l('bruttobudget')}${r})`),
      ],
    ] as const;
    for (const [messageId, cells] of columns) {
      for (const c of cells) {
        const current = numberAt(sheet, c.row, c.col);
        if (current !== undefined && !shareDiffers(current, c.value)) continue;
        yield { messageId, cell: { row: c.row, col: c.col }, data: { value: percent(c.value) }, value: num(round(c.value)), formula: c.formula, source };
      }
    }
  },
});
