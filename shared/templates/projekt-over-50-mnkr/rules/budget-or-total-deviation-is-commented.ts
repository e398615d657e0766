// "Avvikelser gentemot budget eller totalt beslutad kostnad resp. intäkt skall speciellt
// kommenteras med angivelse av dess orsak samt vidtagen åtgärd." — anvisningen under blanketten
// (T1 2021, seed 000 rad 26; VP 2022 "ska", 001 rad 1825). Deviations: the current year's prognos
// against its budget, (5) ≠ (3) and (6) ≠ (4), and the total prognos against the total decided,
// (13) ≠ (11) and (14) ≠ (12). The problem sits on the empty Kommentar cell when the sheet has that
// column, else on the deviating prognos cell. No edition has the column, and the previous
// sentence of the instruction sends the analysis to the tjänsteutlåtande ("Innehållet i blanketten
// skall analyseras och kommenteras i tjänsteutlåtandet"), which the tool never sees; a missing
// comment therefore cannot be proven, and the rule is a warning.
import { defineRule, type ReportFor, type RuleContext, TableNumbers } from '../../../engine';
import { flatText, type Localized } from '../../../locale';
import { commentDemands, deviates, type Deviation, mnkr } from '../comment-demand';
import type { AmountColumn, ProjektLayout } from '../layout';

const INSTRUCTION_SV =
  '"Avvikelser gentemot budget eller totalt beslutad kostnad resp. intäkt ska speciellt kommenteras med angivelse av dess orsak samt vidtagen åtgärd."';
const INSTRUCTION_EN =
  'The form requires deviations from the budget or from the total decided cost or income to be commented on, giving the cause and the measure taken.';

const messages = {
  missingComment: {
    sv: `Projektets prognos avviker: {{deviations}}. ${INSTRUCTION_SV} Skriv orsak och vidtagen åtgärd i kommentaren.`,
    en: `The project's forecast deviates: {{deviations}}. ${INSTRUCTION_EN} Write the cause and the measure in the comment.`,
  },
  explainInTjansteutlatande: {
    sv: `{{deviation}}. ${INSTRUCTION_SV} Blanketten har ingen kommentarskolumn: se till att tjänsteutlåtandet anger orsak och vidtagen åtgärd.`,
    en: `{{deviation}}. ${INSTRUCTION_EN} The form has no comment column: make sure the tjänsteutlåtande gives the cause and the measure.`,
  },
} as const;

export default defineRule({
  meta: {
    id: 'projekt-over-50-mnkr/budget-or-total-deviation-is-commented',
    severity: 'warning',
    docs: {
      sv: 'Om årets prognos avviker från budget, (5) ≠ (3) eller (6) ≠ (4), eller total prognos från totalt beslutat, (13) ≠ (11) eller (14) ≠ (12), ska avvikelsen kommenteras med orsak och vidtagen åtgärd.',
      en: "When this year's forecast departs from the budget, (5) ≠ (3) or (6) ≠ (4), or the total forecast from the total decided, (13) ≠ (11) or (14) ≠ (12), the deviation must be commented on with cause and measure.",
      source: 'Anvisning under blanketten: "Avvikelser gentemot budget eller totalt beslutad kostnad resp. intäkt skall speciellt kommenteras med angivelse av dess orsak samt vidtagen åtgärd." (T1 2021, 000 rad 26; VP 2022, 001 rad 1825)',
    },
    messages,
    scope: 'row',
  },
  check(ctx: RuleContext<ProjektLayout>) {
    const out: ReportFor<typeof messages>[] = [];
    const { sheet, layout } = ctx;
    const year = layout.currentYear === undefined ? '' : ` ${layout.currentYear}`;
    const table = TableNumbers.of(ctx, layout.projectRows, layout.amountCols);
    // Objects, not tuples: destructuring an object reads its fields, an array allocates an iterator, every row.
    const comparison = (prognos: AmountColumn, reference: AmountColumn, what: Localized, refName: Localized) => ({
      prognos,
      reference,
      what,
      refName,
      prognosAt: table.column(prognos.col),
      referenceAt: table.column(reference.col),
    });
    const against = [
      comparison(layout.prognos.kostnad, layout.budget.kostnad, { sv: `Prognos${year} kostnad`, en: `Forecast${year} cost` }, { sv: 'budget', en: 'the budget' }),
      comparison(layout.prognos.intakt, layout.budget.intakt, { sv: `Prognos${year} intäkt`, en: `Forecast${year} income` }, { sv: 'budget', en: 'the budget' }),
      comparison(layout.totals.prognos.kostnad, layout.totals.beslutat.kostnad, { sv: 'Total prognos kostnad', en: 'Total forecast cost' }, { sv: 'totalt beslutad', en: 'the total decided' }),
      comparison(layout.totals.prognos.intakt, layout.totals.beslutat.intakt, { sv: 'Total prognos intäkt', en: 'Total forecast income' }, { sv: 'totalt beslutad', en: 'the total decided' }),
    ];
    for (let t = 0; t < table.rows.length; t++) {
      const row = table.rows[t]!;
      let deviations: Deviation[] | undefined;
      for (let i = 0; i < against.length; i++) {
        const { prognos, reference, what, refName, prognosAt, referenceAt } = against[i]!;
        const p = table.at(t, prognosAt, prognos.col);
        const r = table.at(t, referenceAt, reference.col);
        if (!deviates(p, r)) continue;
        deviations ??= [];
        const pv = mnkr(p);
        const rv = mnkr(r);
        const dv = mnkr(p - r);
        deviations.push({
          cell: { row, col: prognos.col },
          reference: { row, col: reference.col },
          text: {
            sv: flatText`${what.sv} (${prognos.number}) ${pv.sv} avviker från ${refName.sv} (${reference.number}) ${rv.sv} med ${dv.sv} mnkr`,
            en: flatText`${what.en} (${prognos.number}) ${pv.en} differs from ${refName.en} (${reference.number}) ${rv.en} by ${dv.en} mnkr`,
          },
        });
      }
      if (deviations) for (const report of commentDemands(sheet, layout, row, deviations)) out.push(report);
    }
    return out;
  },
});
