import type { FileReport } from '../../../excel-addin/src/cli/file-report';
import type { Problem } from '../../../shared/engine';

export function problem(over: Partial<Problem>): Problem {
  return {
    ruleId: 'investeringar/avvikelse-equals-vp-minus-prognos',
    severity: 'error',
    kind: 'rule',
    sheet: 'Blad1',
    cell: 'D4',
    related: ['C4', 'E4'],
    messageId: 'mismatch',
    data: {},
    message: { sv: 'Avvikelse 9,9 borde vara 0.', en: 'Avvikelse 9.9 should be 0.' },
    ...over,
  };
}

/** Reports of the three kinds a run can give: checked, unknown template, unreadable. */
export const checked: FileReport = {
  file: 'rapport.xlsx',
  template: { id: 'investeringar', catalogId: 'T03', title: { sv: 'Investeringar', en: 'Investments' }, edition: { id: 't1-2021', label: 'T1 2021' } },
  problems: [
    problem({}),
    problem({ severity: 'warning', cell: 'A1', ruleId: 'investeringar/title-year', message: { sv: 'Rubriken <b>2020</b>.', en: 'Title <b>2020</b>.' } }),
    problem({ sheet: 'Blad & <2>', cell: 'B7', severity: 'info', message: { sv: 'Notera.', en: 'Note.' } }),
  ],
};
export const unknown: FileReport = { file: 'lista.xlsx', problems: [], lookedFor: ['T03: raden "Inventarier och maskiner"'] };
export const unreadable: FileReport = {
  file: 'trasig "fil".xlsx',
  problems: [],
  error: { code: 'corrupt', sv: 'Filen är skadad eller ofullständig (zip).', en: 'The file is damaged or incomplete (zip).' },
};
export const all = [checked, unknown, unreadable];

