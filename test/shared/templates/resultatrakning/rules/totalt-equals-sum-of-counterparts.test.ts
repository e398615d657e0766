import { resultatrakning } from '../../../../../shared/templates/resultatrakning';
import rule from '../../../../../shared/templates/resultatrakning/rules/totalt-equals-sum-of-counterparts';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(resultatrakning, rule, {
  base,
  valid: [{ name: 'Totalt is Externt + Stadens bolag + Internt on every line' }, { name: 'a Totalt printed as OCR text', patch: { E7: '-4 90,00' } }],
  invalid: [
    { name: 'an internal amount left out of Totalt', patch: { E12: 1200 }, problems: [{ messageId: 'mismatch', cell: 'E12', data: { actual: 1200, expected: 1600 } }] },
    { name: 'a counterpart amount changed without Totalt', patch: { C22: 4 }, problems: [{ messageId: 'mismatch', cell: 'E22', data: { actual: 20, expected: 21 } }] },
  ],
});
