// Kolumnen "Uppföljning / Kommentar" (VP 2022, 001 rad 2584–2781) är tom i verksamhetsplanen och
// fylls i när planen följs upp. Intern kontroll och planer följs upp i tertialrapport 2 och
// verksamhetsberättelsen (System för intern kontroll 4.3.1–4.3.2, 001 rad 150–156); där ska varje
// aktivitet ha sin uppföljning.
import { checks, reworded } from '../../../engine';
import type { KompetensLayout } from '../layout';

export default reworded(
  checks.requiredCells<KompetensLayout>({
    id: 'kompetensforsorjning/uppfoljning-filled-at-follow-up',
    severity: 'warning',
    docs: {
      sv: 'I tertialrapport 2 och verksamhetsberättelsen har varje aktivitet en uppföljning; i verksamhetsplanen får kolumnen vara tom.',
      en: 'In tertial report 2 and the annual report every activity has a follow-up; in the operational plan the column may be empty.',
      source: 'Kolumnen "Uppföljning / Kommentar" (001 rad 2584–2781); uppföljning i T2 och VB (001 rad 150–156)',
    },
    cells: ({ layout }) => {
      const col = layout.columns.uppfoljning;
      if (col === undefined || layout.stage === 'vp') return [];
      return layout.rows.map((row) => ({ cell: { row, col }, field: 'Uppföljning / Kommentar' }));
    },
  }),
  {
    missing: {
      sv: '"{{field}}" är tom; i uppföljningen ska det framgå hur det gått med aktiviteten.',
      en: '"{{field}}" is empty; the follow-up must say how the activity went.',
    },
  },
);
