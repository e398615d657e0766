// "4) Summan ska överensstämma med resultatenheternas resultat i bokslutet" och "5) Avser hela
// resultatet (100 % exkl. resultatfond)." — Anvisningar (T1 2021, 000 rad 48–49). Kolumn 6,
// "Beräknad ackumulerad resultatöverföring till 2022 Överskott (+) Underskott (-)", är förra årets
// resultat (kolumn 4) plus årets (kolumn 5), med omvänt tecken — så länge inget tak slår in: då förs
// bara upp till taket över ("maximalt 5%", "maximalt 10 % … vid underskott gäller 5 %", rad 50–53),
// och sådana rader lämnas åt takreglerna. Katalogen kallar sambandet underförstått; därför en varning.
import { checks, reworded } from '../../../engine';
import type { ResultatenheterLayout } from '../layout';
import { formulaTargets } from '../targets';

export default reworded(
  checks.formulaEquals<ResultatenheterLayout>({
    id: 'resultatenheter/ackumulerad-overforing-equals-minus-resultat',
    severity: 'warning',
    docs: {
      sv: 'Kolumn 6 (överskott +) är −(kolumn 4 + kolumn 5) (överskott −) när inget tak slår in: teckenbytet i rubrikerna, inte ett nytt belopp.',
      en: 'Column 6 (surplus +) is −(column 4 + column 5) (surplus −) when no cap applies: the headers flip the sign, the amount stays.',
      source: 'Kolumnrubrikerna 4–6 "Överskott (-) Underskott (+)" / "Överskott (+) Underskott (-)" och anvisning 4)–6) (000 rad 35–53)',
    },
    formula: { sv: '−(kolumn 4 + kolumn 5)', en: '−(column 4 + column 5)' },
    targets: ({ sheet, layout }) =>
      formulaTargets(sheet, layout, 'ackOverforing', ['resultatForegaende', 'beraknatResultat', 'bruttobudget'], (v) => {
        const expected = -(v('resultatForegaende') + v('beraknatResultat'));
        const brutto = Math.abs(v('bruttobudget'));
        const capped = brutto > 0 && (Math.abs(v('beraknatResultat')) > 0.05 * brutto || expected > 0.1 * brutto || expected < -0.05 * brutto);
        return capped ? undefined : expected;
      }),
    tolerance: 0.5,
  }),
  {
    mismatch: {
      sv: 'Kolumn 6 är {{actual}} tkr, men −(kolumn 4 + kolumn 5) ger {{expected}}. Kolumn 6 anger "Överskott (+) Underskott (-)", kolumnerna 4–5 tvärtom; kontrollera tecken och belopp.',
      en: 'Column 6 is {{actual}} tkr, but −(column 4 + column 5) gives {{expected}}. Column 6 shows surplus as +, columns 4–5 the other way round; check sign and amount.',
    },
  },
);
