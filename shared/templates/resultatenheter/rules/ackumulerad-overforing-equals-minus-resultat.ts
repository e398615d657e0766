// "4) Summan ska överensstämma med resultatenheternas resultat i bokslutet" och "5) Avser hela
// resultatet (100 % exkl. resultatfond)." — Anvisningar (T1 2021, 000 rad 48–49). Kolumn 6,
// "Beräknad ackumulerad resultatöverföring till 2022 Överskott (+) Underskott (-)", är förra årets
// resultat (kolumn 4) plus årets (kolumn 5), med omvänt tecken. Katalogen kallar sambandet
// underförstått; därför en varning, inte ett fel.
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets } from '../targets';

export default reworded(
  checks.formulaEquals<ResultatenheterLayout>({
    id: 'resultatenheter/ackumulerad-overforing-equals-minus-resultat',
    severity: 'warning',
    docs: {
      sv: 'Kolumn 6 (överskott +) är −(kolumn 4 + kolumn 5) (överskott −): teckenbytet i rubrikerna, inte ett nytt belopp.',
      en: 'Column 6 (surplus +) is −(column 4 + column 5) (surplus −): the headers flip the sign, the amount stays.',
      source: 'Kolumnrubrikerna 4–6 "Överskott (-) Underskott (+)" / "Överskott (+) Underskott (-)" och anvisning 4)–6) (000 rad 35–53)',
    },
    formula: { sv: '−(kolumn 4 + kolumn 5)', en: '−(column 4 + column 5)' },
    targets: ({ sheet, layout }) =>
      formulaTargets(sheet, layout, 'ackOverforing', ['resultatForegaende', 'beraknatResultat'], (v) => -(v('resultatForegaende') + v('beraknatResultat'))),
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: 'Kolumn 6 är {{actual}} tkr, men −(kolumn 4 + kolumn 5) ger {{expected}}. Kolumn 6 anger "Överskott (+) Underskott (-)", kolumnerna 4–5 tvärtom; kontrollera tecken och belopp.',
      en: 'Column 6 is {{actual}} tkr, but −(column 4 + column 5) gives {{expected}}. Column 6 shows surplus as +, columns 4–5 the other way round; check sign and amount.',
    },
  },
);
