import { defineTemplate } from '../../../../shared/engine';
import { periodWithin } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
  readonly year: number | undefined;
}

const rule = periodWithin<Layout>({
  id: 'demo-period/period-within',
  docs: { sv: 'Tidplan inom planåret.', en: 'Schedule within the plan year.', source: 'templates.md T15' },
  cells: ({ layout }) => layout.rows.map((row) => ({ row, col: 1 })),
  period: ({ layout }) => (layout.year === undefined ? undefined : { start: `${layout.year}-01-01`, end: `${layout.year}-12-31`, label: String(layout.year) }),
});

const template = defineTemplate<Layout>({
  id: 'demo-period',
  catalogId: 'T99',
  title: { sv: 'Demo', en: 'Demo' },
  lookedFor: ['"Plan <år>" i A1'],
  recognise: (sheet) => {
    const m = /^Plan( \d{4})?$/.exec(sheet.text(0, 0));
    return m ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [1, 2, 3], year: m[1] ? Number(m[1]) : undefined } } : undefined;
  },
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Plan 2021', 'Tidplan'],
  ['Samordnarmöten', 2021],
  ['Utbildning', 'Hösten 2021'],
  ['Uppföljning', { d: '2021-12-31' }],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'a typed year, a season and a typed date' },
    { name: 'a range inside the year', patch: { B2: 'Juli 2021 – december 2021' } },
    { name: 'an open end held to its start', patch: { B3: 'augusti 2021 - löpande' } },
    { name: 'an extension still inside the year', patch: { B3: 'mars 2021 (förlängning till december 2021)' } },
    { name: 'without a plan period only readability is checked', patch: { A1: 'Plan', B2: 2019 } },
  ],
  invalid: [
    { name: 'no time at all', patch: { B3: null }, problems: [{ messageId: 'missing', cell: 'B3' }] },
    { name: 'words that are no period', patch: { B2: 'vid behov' }, problems: [{ messageId: 'notAPeriod', cell: 'B2', data: { text: 'vid behov' } }] },
    {
      name: 'a period that starts before the year',
      patch: { B2: 'december 2020 - juni 2021' },
      problems: [{ messageId: 'outsidePeriod', cell: 'B2', data: { text: 'december 2020 - juni 2021', start: '2020-12-01', end: '2021-06-30', period: '2021' } }],
    },
    {
      name: 'an extension past the year',
      patch: { B3: 'mars 2021 (förlängning till mars 2022)' },
      problems: [{ messageId: 'outsidePeriod', cell: 'B3', data: { end: '2022-03-31' } }],
    },
  ],
});
