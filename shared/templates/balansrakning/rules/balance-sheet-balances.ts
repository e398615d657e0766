// "Summa Tillgångar 109 479 828,20" och "Summa Skulder & Eget kapital -109 479 828,20" (VB 2019, 002
// rad 5376, 5398): balansräkningen balanserar, skulder och eget kapital med omvänt tecken, i IB,
// Förändring och UB Totalt. Motpartskolumnerna (Externt, Stadens bolag, Internt) balanserar inte
// var för sig och ska inte göra det (75 401 746,67 mot −84 644 987,02 i Externt), så de prövas inte.
import { checks, numberAt, reworded } from '../../../engine';
import type { BalansrakningLayout } from '../layout';

export default reworded(
  checks.formulaEquals<BalansrakningLayout>({
    id: 'balansrakning/balance-sheet-balances',
    severity: 'error',
    docs: {
      sv: 'Summa Skulder & Eget kapital är −Summa Tillgångar i IB, Förändring och UB Totalt (inte i motpartskolumnerna).',
      en: 'Summa Skulder & Eget kapital is −Summa Tillgångar in IB, Förändring and UB Totalt (not in the counterpart columns).',
      source: '"Summa Tillgångar 109 479 828,20" / "Summa Skulder & Eget kapital -109 479 828,20" (002 rad 5376, 5398); katalogen: "only the Totalt column balances"',
    },
    formula: { sv: '−Summa Tillgångar', en: '−Summa Tillgångar' },
    targets: ({ sheet, layout }) =>
      [layout.byKey.ib, layout.byKey.forandring, layout.byKey.totalt].map((c) => {
        const assets = numberAt(sheet, layout.summaTillgangar, c.col);
        return {
          cell: { row: layout.summaSkulder, col: c.col },
          expected: assets === undefined ? undefined : -assets,
          related: [{ row: layout.summaTillgangar, col: c.col }],
        };
      }),
    tolerance: 0.005,
  }),
  {
    mismatch: {
      sv: 'Balansräkningen balanserar inte: Summa Skulder & Eget kapital är {{actual}} kr men ska vara {{expected}} kr, Summa Tillgångar med omvänt tecken.',
      en: 'The balance sheet does not balance: Summa Skulder & Eget kapital is {{actual}} kr but must be {{expected}} kr, Summa Tillgångar with the opposite sign.',
    },
  },
);
