import { resultatenheter } from '../../../../../shared/templates/resultatenheter';
import fill from '../../../../../shared/templates/resultatenheter/fills/procent-kolumner';
import { testFill } from '../../../../support/fill-tester';
import { base } from '../base-sheet';

testFill(resultatenheter, fill, {
  base,
  cases: [
    { name: 'percentages right to the printed 0,0 % need nothing' },
    {
      name: 'emptied percentages are computed: column 6 / 2 and −column 5 / 2',
      patch: { G4: null, I5: null },
      fixes: { G4: 0.05, I5: -0.005 },
      resolves: ['resultatenheter/ackumulerad-procent-equals-overforing-over-bruttobudget', 'resultatenheter/arets-procent-equals-resultat-over-bruttobudget'],
    },
    {
      name: 'a typed percentage of the wrong sign is suggested',
      patch: { I4: -0.03 },
      suggestions: { I4: 0.03 },
      resolves: ['resultatenheter/arets-procent-equals-resultat-over-bruttobudget'],
    },
    {
      name: 'no bruttobudget gives 0, as the template’s IF guards it',
      patch: { B6: null, C6: { f: 'B6*0.05', v: 0 }, H6: { f: 'B6*0.1', v: 0 }, G6: 0.05 },
      suggestions: { G6: 0 },
      fixes: { I6: 0 },
    },
  ],
});
