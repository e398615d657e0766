import { vasentlighetsOchRiskanalys } from '../../../../../shared/templates/vasentlighets-och-riskanalys';
import fill from '../../../../../shared/templates/vasentlighets-och-riskanalys/fills/matrix-class-counts';
import { testFill } from '../../../../support/fill-tester';
import { vorSheet } from '../vor-sheet';

const COUNTS_RULE = 'vasentlighets-och-riskanalys/matrix-class-counts-match';

testFill(vasentlighetsOchRiskanalys, fill, {
  base: vorSheet(),
  cases: [
    { name: 'counts that match the table need nothing' },
    { name: 'a legend printed without counts gets them', patch: { H5: null, I5: null, J5: null }, fixes: { H5: 1, I5: 2, J5: 1 } },
    {
      name: 'counts printed in reverse order are corrected only on a yes',
      patch: { H16: 3, F16: '1. Osannolikt', H5: 1, J5: 1 },
      suggestions: { H5: 0, J5: 2 },
      resolves: [COUNTS_RULE],
    },
    { name: 'no matrix, no counts', patch: { A5: null, A6: null, A7: null, A8: null, A9: null } },
  ],
});
