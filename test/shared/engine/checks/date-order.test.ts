import { defineTemplate } from '../../../../shared/engine';
import { dateOrder } from '../../../../shared/engine/checks';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

const rule = dateOrder<Layout>({
  id: 'demo-dates/date-order',
  docs: { sv: 'Startdatum före slutdatum.', en: 'Start date before end date.', source: 'templates.md T07' },
  pairs: ({ layout }) => layout.rows.map((row) => ({ start: { row, col: 1 }, end: { row, col: 2 } })),
});

const template = defineTemplate<Layout>({
  id: 'demo-dates',
  catalogId: 'T99',
  title: { sv: 'Demo datum', en: 'Demo dates' },
  lookedFor: ['"Demo datum" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Demo datum' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [2, 3] } } : undefined),
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo datum'],
  ['Avtal', 'Start', 'Slut'],
  ['Ramavtal', { d: '2022-02-01' }, { d: '2026-01-31' }],
  ['Konsult', { d: '2021-04-30' }, { d: '2021-04-30' }],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'start before end, and a one-day period' },
    { name: 'dates typed as ISO text', patch: { B3: '2022-02-01', C3: ' 2026-01-31 ' } },
    { name: 'a date with a time of day', patch: { C4: { d: '2021-04-30T00:00:00' } } },
    { name: 'an open end or no dates at all', patch: { C3: null, B4: null, C4: '' } },
    { name: 'a leap day', patch: { B4: '2020-02-29', C4: { d: '2020-03-01' } } },
  ],
  invalid: [
    {
      name: 'end before start',
      patch: { C3: { d: '2022-01-31' } },
      problems: [{ messageId: 'endBeforeStart', cell: 'C3', data: { start: '2022-02-01', end: '2022-01-31' } }],
    },
    {
      name: 'end before start, typed as text',
      patch: { B4: '2021-05-01', C4: '2021-04-30' },
      problems: [{ messageId: 'endBeforeStart', cell: 'C4', data: { start: '2021-05-01', end: '2021-04-30' } }],
    },
    {
      name: 'a date in words is not a date cell',
      patch: { C3: '30 april 2022' },
      problems: [{ messageId: 'notADate', cell: 'C3', data: { text: '30 april 2022' } }],
    },
    {
      name: 'an ISO-looking day that does not exist',
      patch: { B4: '2021-02-30' },
      problems: [{ messageId: 'notADate', cell: 'B4', data: { text: '2021-02-30' } }],
    },
    {
      name: 'a free-text period and a bare number where dates belong',
      patch: { B3: 'VT 2022', C3: 44316 },
      problems: [
        { messageId: 'notADate', cell: 'B3', data: { text: 'VT 2022' } },
        { messageId: 'notADate', cell: 'C3', data: { text: '44316' } },
      ],
    },
  ],
});
