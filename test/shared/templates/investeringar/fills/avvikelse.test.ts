import { investeringar } from '../../../../../shared/templates/investeringar';
import fill from '../../../../../shared/templates/investeringar/fills/avvikelse';
import { testFill } from '../../../../support/fill-tester';
import { uppfoljning2021, vb2019, vp2022 } from '../base-sheets';

testFill(investeringar, fill, {
  base: uppfoljning2021,
  cases: [
    { name: 'Avvikelse right needs nothing' },
    { name: 'the VP form has no Avvikelse', sheet: vp2022 },
    {
      name: 'a stale formula after the Prognos changed is recomputed (a fix)',
      patch: { E4: 3.5 },
      fixes: { D4: 0.5 },
      resolves: ['investeringar/avvikelse-equals-vp-minus-prognos'],
    },
    {
      name: 'VB: an empty S:a avvik is VP − Utfall',
      sheet: vb2019,
      patch: { D8: null },
      fixes: { D8: 3.3 },
      resolves: ['investeringar/avvikelse-equals-vp-minus-prognos'],
    },
    {
      name: 'a typed Avvikelse with the sign reversed is suggested',
      patch: { D4: 1, E4: 5 },
      suggestions: { D4: -1 },
      resolves: ['investeringar/avvikelse-equals-vp-minus-prognos'],
    },
  ],
});
