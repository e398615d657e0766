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
    const against: ReadonlyArray<readonly [AmountColumn, AmountColumn, { sv: string; en: string }, { sv: string; en: string }]> = [
      [layout.prognos.kostnad, layout.budget.kostnad, { sv: `Prognos${year} kostnad`, en: `Forecast${year} cost` }, { sv: 'budget', en: 'the budget' }],
      [layout.prognos.intakt, layout.budget.intakt, { sv: `Prognos${year} intäkt`, en: `Forecast${year} income` }, { sv: 'budget', en: 'the budget' }],
      [layout.totals.prognos.kostnad, layout.totals.beslutat.kostnad, { sv: 'Total prognos kostnad', en: 'Total forecast cost' }, { sv: 'totalt beslutad', en: 'the total decided' }],
      [layout.totals.prognos.intakt, layout.totals.beslutat.intakt, { sv: 'Total prognos intäkt', en: 'Total forecast income' }, { sv: 'totalt beslutad', en: 'the total decided' }],
    ];
    const table = TableNumbers.of(ctx, layout.projectRows, layout.amountColumns.map((c) => c.col));
    const at = against.map(([prognos, reference]) => [table.column(prognos.col), prognos.col, table.column(reference.col), reference.col] as const);
    for (let t = 0; t < table.rows.length; t++) {
      const row = table.rows[t]!;
      let deviations: Deviation[] | undefined;
      for (let i = 0; i < against.length; i++) {
        // Indexed, not destructured: destructuring an array allocates an iterator, every row.
        const cols = at[i]!;
        const p = table.at(t, cols[0], cols[1]);
        const r = table.at(t, cols[2], cols[3]);
        if (!deviates(p, r)) continue;
        const deviation = against[i]!;
        const prognos = deviation[0];
        const reference = deviation[1];
        const what = deviation[2];
        const refName = deviation[3];
        deviations ??= [];
        const pv = mnkr(p);
        const rv = mnkr(r);
        const dv = mnkr(p - r);
        deviations.push({
          cell: { row, col: prognos.col },
          reference: { row, col: reference.col },
          text: {
            sv: `${what.sv} (${prognos.number}) ${pv.sv} avviker från ${refName.sv} (${reference.number}) ${rv.sv} med ${dv.sv} mnkr`,
            en: `${what.en} (${prognos.number}) ${pv.en} differs from ${refName.en} (${reference.number}) ${rv.en} by ${dv.en} mnkr`,
          },
        });
      }
      if (deviations) for (const report of commentDemands(sheet, layout, row, deviations)) out.push(report);
    }
    return out;
  },
});
