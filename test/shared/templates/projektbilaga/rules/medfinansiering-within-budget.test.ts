import { projektbilaga } from '../../../../../shared/templates/projektbilaga';
import rule from '../../../../../shared/templates/projektbilaga/rules/medfinansiering-within-budget';
import { testRule } from '../../../../support/rule-tester';
import { base } from '../base-sheet';

testRule(projektbilaga, rule, {
  base,
  valid: [
    { name: 'every medfinansiering within its budget' },
    { name: 'medfinansiering equal to the budget', patch: { D8: '38,6 miljoner kr' } },
    { name: 'different scales compare in kronor: 240 tkr within 2,8 miljoner kr', patch: { C9: '2,8 miljoner kr', D9: '240 tkr' } },
    { name: 'euro against kronor is not compared', patch: { D9: '71 000 Euro', C9: '40 000 kr' } },
    { name: 'an amount without unit is not compared', patch: { C10: '761 742', D10: '900 000 kr' } },
    { name: 'a budget that is no amount is left to the budget rule', patch: { C8: 'okänt' } },
  ],
  invalid: [
    {
      name: 'medfinansiering larger than the budget',
      patch: { D8: '40 miljoner kr' },
      problems: [{ messageId: 'overBudget', cell: 'D8', data: { project: 'Hållbar Etablering', medfinansiering: '40 miljoner kr', budget: '38,6 miljoner kr' } }],
    },
    {
      name: 'a medfinansiering in kronor above a budget in miljoner kr, and one in euro above a budget in euro',
      patch: { D7: '24 300 000 kr', C9: '300 000 Euro', D9: '342 156 Euro' },
      problems: [
        { messageId: 'overBudget', cell: 'D7', data: { project: 'Utvecklat stöd för unga' } },
        { messageId: 'overBudget', cell: 'D9', data: { project: 'Bron' } },
      ],
    },
  ],
});
