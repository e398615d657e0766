import { ansokanStatsbidrag } from '../../../../../shared/templates/ansokan-statsbidrag';
import rule from '../../../../../shared/templates/ansokan-statsbidrag/rules/section-numbering-complete';
import { testRule } from '../../../../support/rule-tester';
import { base, RENUMBERED } from '../base-sheet';

testRule(ansokanStatsbidrag, rule, {
  base,
  valid: [{ name: 'numbered without a gap', patch: RENUMBERED }],
  invalid: [
    {
      name: 'the 2021 form: 1.1 followed by 1.3',
      problems: [{ messageId: 'missingSection', cell: 'A18', data: { missing: '1.2', previous: '1.1 Behovsanalys/problembeskrivning', next: '1.3 Beskrivning av insatsen' } }],
    },
    {
      name: 'a main section skipped',
      patch: { ...RENUMBERED, A35: '3. Beskrivning av utgifter och eventuell medfinansiering' },
      problems: [{ messageId: 'missingSection', cell: 'A35', data: { missing: '2' } }],
    },
  ],
});
