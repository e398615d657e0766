import { balansrakning } from '../../../../../shared/templates/balansrakning';
import fill from '../../../../../shared/templates/balansrakning/fills/ub-totalt';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(balansrakning, fill, {
  base,
  cases: [
    { name: 'a complete printout needs nothing' },
    {
      name: 'an empty UB Totalt is Externt + Stadens bolag + Internt',
      patch: { G12: null, G19: null },
      fixes: { G12: 3500, G19: -2000 },
      resolves: ['balansrakning/ub-totalt-equals-sum-of-counterparts', 'balansrakning/ub-equals-ib-plus-forandring'],
    },
    { name: 'a typed wrong UB Totalt is only suggested', patch: { G9: 800 }, suggestions: { G9: 700 } },
  ],
});
