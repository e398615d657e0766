// Radrubrikerna bär tecknet: "Verksamhetens intäkter (-)", "Verksamhetens kostnader (+)",
// "Avskrivningar (+)", "Skatteintäkter (-)", "Generella statsbidrag och utjämning (-)",
// "Finansiella intäkter (-)", "Finansiella kostnader (+)" (VB 2019, 002 rad 5578–5680). Tecknet
// gäller raden som bär det; enskilda konton kan ha rättelseposter med omvänt tecken (konto 37,
// "65,43" bland intäkterna), så de prövas inte.
import { checks, reworded } from '../../../engine';
import type { ResultatrakningLayout } from '../layout';

export default reworded(
  checks.signConvention<ResultatrakningLayout>({
    id: 'resultatrakning/marked-lines-follow-their-sign',
    severity: 'error',
    docs: {
      sv: 'Rader märkta (-) är noll eller negativa och rader märkta (+) noll eller positiva, i alla fyra kolumner; kontona under dem prövas inte.',
      en: 'Lines marked (-) are zero or negative and lines marked (+) zero or positive, in all four columns; the accounts below them are not tested.',
      source: 'Radrubrikerna med (-) och (+) (002 rad 5578–5680); konto 37 med "65,43" bland intäkterna visar att enskilda konton kan ha omvänt tecken',
    },
    targets: ({ layout }) =>
      layout.marked.flatMap((m) =>
        layout.columns.map((c) => ({ cell: { row: m.row, col: c.col }, expected: m.sign === '-' ? ('negative' as const) : ('positive' as const), header: m.label })),
      ),
  }),
  {
    shouldBeNegative: {
      sv: 'Raden "{{header}}" redovisas med minustecken, men här står {{value}} kr.',
      en: 'The line "{{header}}" is reported with a minus sign, but this says {{value}} kr.',
    },
    shouldBePositive: {
      sv: 'Raden "{{header}}" redovisas som ett positivt belopp, men här står {{value}} kr.',
      en: 'The line "{{header}}" is reported as a positive amount, but this says {{value}} kr.',
    },
  },
);
