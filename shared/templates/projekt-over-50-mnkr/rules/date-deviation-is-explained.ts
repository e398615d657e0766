// "17 och 18 Prognos för projektets start- resp. slutdatum. Avikelser från beslutade (15 resp.
// 16) datum skall förklaras." — anvisningen under blanketten (T1 2021, seed 000 rad 23; VP 2022
// "ska", 001 rad 1822; the source misspells "Avvikelser" in every edition, corrected in messages).
// The problem sits where the explanation belongs: on the empty Kommentar cell when the sheet has
// that column, else on the deviating prognos date. No edition has the column, and the form sends
// its analysis to the tjänsteutlåtande ("Innehållet i blanketten skall analyseras och kommenteras
// i tjänsteutlåtandet", 000 rad 25), which the tool never sees; a missing explanation therefore
// cannot be proven, and the rule is a warning.
import { defineRule, type RuleContext, type ReportFor, TableDates } from '../../../engine';
import { flatText } from '../../../locale';
import { commentDemands, type Deviation } from '../comment-demand';
import type { DateColumn, ProjektLayout } from '../layout';

const INSTRUCTION_SV = '"Avvikelser från beslutade (15 resp. 16) datum ska förklaras."';
const INSTRUCTION_EN = 'The form requires deviations from the decided dates (15)/(16) to be explained.';

const messages = {
  missingComment: {
    sv: `Prognosen avviker från beslutade datum: {{deviations}}. ${INSTRUCTION_SV} Skriv förklaringen i kommentaren.`,
    en: `The forecast departs from the decided dates: {{deviations}}. ${INSTRUCTION_EN} Write the explanation in the comment.`,
  },
  explainInTjansteutlatande: {
    sv: `{{deviation}}. ${INSTRUCTION_SV} Blanketten har ingen kommentarskolumn: se till att tjänsteutlåtandet förklarar avvikelsen.`,
    en: `{{deviation}}. ${INSTRUCTION_EN} The form has no comment column: make sure the tjänsteutlåtande explains the deviation.`,
  },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/date-deviation-is-explained',
    severity: 'warning',
    docs: {
      sv: 'Om prognosens start- eller slutdatum (17)/(18) avviker från beslutade (15)/(16) ska avvikelsen förklaras.',
      en: 'When the forecast start or end date (17)/(18) departs from the decided (15)/(16), the deviation must be explained.',
      source: 'Anvisning under blanketten: "17 och 18 Prognos för projektets start- resp. slutdatum. Avikelser från beslutade (15 resp. 16) datum skall förklaras." (T1 2021, 000 rad 23; VP 2022, 001 rad 1822)',
    },
    messages,
    scope: 'row',
  },
  check(ctx: RuleContext<ProjektLayout>) {
    const out: ReportFor<typeof messages>[] = [];
    const { sheet, layout } = ctx;
    const { beslutatStart, beslutatSlut, prognosStart, prognosSlut } = layout.dates;
    // The columns in the order start-not-after-end reads them, so both rules share one view.
    const dates = TableDates.of(ctx, layout.projectRows, [beslutatStart.col, beslutatSlut.col, prognosStart.col, prognosSlut.col]);
    // Objects, not tuples: destructuring an object reads its fields, an array allocates an iterator, every row.
    const pairs = [
      { prognos: prognosStart, prognosAt: 2, beslutat: beslutatStart, beslutatAt: 0, what: { sv: 'startdatum', en: 'start date' } },
      { prognos: prognosSlut, prognosAt: 3, beslutat: beslutatSlut, beslutatAt: 1, what: { sv: 'avslutningsdatum', en: 'end date' } },
    ];
    for (let i = 0; i < dates.rows.length; i++) {
      const row = dates.rows[i]!;
      let deviations: Deviation[] | undefined;
      for (let k = 0; k < pairs.length; k++) {
        const { prognos, prognosAt, beslutat, beslutatAt, what } = pairs[k]!;
        const p = dates.day(i, prognosAt);
        const b = dates.day(i, beslutatAt);
        if (Number.isNaN(p) || Number.isNaN(b) || p === b) continue;
        (deviations ??= []).push(dateDeviation(row, prognos, dates.iso(i, prognosAt)!, beslutat, dates.iso(i, beslutatAt)!, what));
      }
      if (deviations) for (const report of commentDemands(sheet, layout, row, deviations)) out.push(report);
    }
    return out;
  },
});

function dateDeviation(row: number, prognos: DateColumn, p: string, beslutat: DateColumn, b: string, what: { sv: string; en: string }): Deviation {
  return {
    cell: { row, col: prognos.col },
    reference: { row, col: beslutat.col },
    text: {
      sv: flatText`Prognosens ${what.sv} (${prognos.number}) ${p} avviker från beslutat (${beslutat.number}) ${b}`,
      en: flatText`The forecast ${what.en} (${prognos.number}) ${p} differs from the decided (${beslutat.number}) ${b}`,
    },
  };
}
