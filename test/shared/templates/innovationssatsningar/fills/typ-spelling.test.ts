import { innovationssatsningar } from '../../../../../shared/templates/innovationssatsningar';
import fill from '../../../../../shared/templates/innovationssatsningar/fills/typ-spelling';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(innovationssatsningar, fill, {
  base,
  cases: [
    { name: 'nothing to correct', fixes: {}, suggestions: {} },
    {
      name: 'VP 2022: two misspelt types are suggested corrected, never fixed unasked',
      patch: { B5: 'Verkamhetsutveckling', B6: 'Testbädsverksamhet' },
      suggestions: { B5: 'Verksamhetsutveckling', B6: 'Testbäddverksamhet' },
      resolves: ['innovationssatsningar/typ-is-verksamhetsutveckling-or-testbadd'],
    },
    { name: 'a description is no misspelling and is left alone', patch: { B7: 'Utveckla arbetssätt' }, suggestions: {} },
  ],
});
