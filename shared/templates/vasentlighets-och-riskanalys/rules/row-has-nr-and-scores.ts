// "Dessa ska värderas (1-5) utifrån vilka konsekvenserna blir om händelsen inträffar samt hur
// sannolikt det är att händelserna inträffar. Utifrån riskvärdet beslutas om den oönskade
// händelsen/risken ska hanteras i internkontrollplanen." — System för intern kontroll (VP 2022, 001
// rad 6–7). En händelse utan Nr kan inte placeras i riskmatrisen, och utan värdering finns inget
// riskvärde att besluta utifrån.
import { checks, reworded } from '../../../engine';
import type { VorLayout } from '../layout';

export default reworded(
  checks.requiredCells<VorLayout>({
    id: 'vasentlighets-och-riskanalys/row-has-nr-and-scores',
    severity: 'error',
    docs: {
      sv: 'Varje oönskad händelse har Nr, Sannolikhet, Konsekvens och RV.',
      en: 'Every undesired event has Nr, Sannolikhet (probability), Konsekvens (consequence) and RV.',
      source: '"Dessa ska värderas (1-5) … Utifrån riskvärdet beslutas om den oönskade händelsen/risken ska hanteras i internkontrollplanen." (001 rad 6–7); riskmatrisen placerar händelserna efter Nr (001 rad 343–401)',
    },
    cells: ({ layout }) => {
      const { nr, sannolikhet, konsekvens, rv } = layout.columns;
      const fields = [
        [nr, 'Nr'],
        [sannolikhet, 'Sannolikhet'],
        [konsekvens, 'Konsekvens'],
        [rv, 'RV'],
      ] as const;
      return layout.rows.flatMap((row) => fields.map(([col, field]) => ({ cell: { row, col }, field })));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" saknas för händelsen. Varje oönskad händelse ska ha Nr och värderas (1-5) i sannolikhet och konsekvens; RV = sannolikhet × konsekvens.',
      en: '"{{field}}" is missing for the event. Every undesired event needs a Nr and a 1–5 rating of probability and consequence; RV = probability × consequence.',
    },
  },
);
