import type { LineKey as RrLine } from '../resultatrakning/layout';
import type { LineKey } from './layout';

/**
 * How the budgetavräkning's outcome lines add up from the same closing's income statement (column
 * Totalt): the one table both reconciliation rules, same workbook and separate file, go by.
 */
export const RESULTATRAKNING_TIES: readonly { readonly line: LineKey; readonly rr: readonly RrLine[]; readonly parts: { readonly sv: string; readonly en: string } }[] = [
  {
    line: 'kostnader',
    rr: ['verksamhetensKostnader', 'avskrivningar', 'finansiellaKostnader'],
    parts: { sv: 'verksamhetens kostnader + avskrivningar + finansiella kostnader', en: 'operating costs + depreciation + financial costs' },
  },
  { line: 'intakter', rr: ['verksamhetensIntakter', 'finansiellaIntakter'], parts: { sv: 'verksamhetens intäkter + finansiella intäkter', en: 'operating income + financial income' } },
  { line: 'summaDrift', rr: ['aretsResultat'], parts: { sv: 'årets resultat', en: 'the year’s result' } },
];
