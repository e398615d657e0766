import { defineTemplate } from '../../../../shared/engine';
import { percentCap } from '../../../../shared/engine/checks';
import { percent } from '../../../../shared/locale';
import { sheetOf } from '../../../support/grid-literal';
import { testRule } from '../../../support/rule-tester';

interface Layout {
  readonly rows: readonly number[];
}

// Resultatenheter: överskott up to 10 % of the unit's omslutning may be carried over, underskott
// up to 5 %. The demo enters överskott as positive and underskott as negative.
const rule = percentCap<Layout>({
  id: 'demo-cap/percent-cap',
  docs: { sv: 'Högst 10 % överskott och 5 % underskott.', en: 'At most 10 % surplus and 5 % deficit.', source: 'templates.md T02' },
  targets: ({ layout }) => layout.rows.map((row) => ({ value: { row, col: 2 }, base: { row, col: 1 }, capPositive: 0.1, capNegative: 0.05 })),
});

const template = defineTemplate<Layout>({
  id: 'demo-cap',
  catalogId: 'T99',
  title: { sv: 'Demo tak', en: 'Demo cap' },
  lookedFor: ['"Demo tak" i A1'],
  recognise: (sheet) => (sheet.text(0, 0) === 'Demo tak' ? { edition: { id: 'demo', label: 'Demo' }, layout: { rows: [2, 3, 4] } } : undefined),
  rules: [rule],
});

const base = sheetOf('Blad1', [
  ['Demo tak'],
  ['Enhet', 'Omslutning', 'Resultat'],
  ['Jobbtorg', 1000, 80],
  ['Vux', 2000, -90],
  ['Fokus unga', 500, 0],
]);

testRule(template, rule, {
  base,
  valid: [
    { name: 'surplus and deficit under their caps, zero result' },
    { name: 'surplus exactly at 10 %', patch: { C3: 100 } },
    { name: 'deficit exactly at 5 %', patch: { C4: -100 } },
    // 391 195 848,4 × 0,1 is 39 119 584,839999996 in binary; the cap must not fail on that noise.
    { name: 'exactly at the cap of a large base in kronor', patch: { B3: 391195848.4, C3: 39119584.84 } },
    { name: 'a negative base (an income budget) is capped by its size', patch: { B3: -1000, C3: 100 } },
    { name: 'base or value missing: nothing to compare', patch: { B3: null, C4: null } },
    { name: 'base or value not a number: nothing to compare', patch: { B3: 'okänt', C4: 'se not' } },
    { name: 'numbers typed as text count with their value', patch: { B3: '1 000', C3: '100,0' } },
    { name: 'zero result on a zero base', patch: { B5: 0 } },
  ],
  invalid: [
    {
      name: 'surplus over 10 %',
      patch: { C3: 120 },
      problems: [{ messageId: 'overCap', cell: 'C3', data: { actual: 120, base: 1000, share: percent(0.12), cap: percent(0.1), limit: 100 } }],
    },
    {
      name: 'deficit over 5 %, although under the surplus cap',
      patch: { C4: -150 },
      problems: [{ messageId: 'overCap', cell: 'C4', data: { actual: -150, base: 2000, share: percent(0.075), cap: percent(0.05), limit: 100 } }],
    },
    {
      name: 'just over the cap of a large base',
      patch: { B3: 391195848.4, C3: 39119584.85 },
      problems: [{ messageId: 'overCap', cell: 'C3', data: { cap: percent(0.1), limit: 39119584.84 } }],
    },
    {
      name: 'any result on a zero base is over the cap',
      patch: { B5: 0, C5: 5 },
      problems: [{ messageId: 'overCap', cell: 'C5', data: { actual: 5, base: 0, share: { sv: 'mer än 100%', en: 'more than 100%' }, limit: 0 } }],
    },
  ],
});
