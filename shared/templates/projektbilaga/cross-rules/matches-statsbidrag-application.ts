// Ett projekt som finansieras med statsbidrag (Delegationen mot segregation, DELMOS) står i
// projektbilagan med samma budget, medfinansiering och tidplan som i ansökan: "Unga Når Unga" har
// 1 miljon kr i medfinansiering och start augusti 2021 i VP 2022, men ansökan har ingen egen
// finansiering och start 1 juni 2021; "Inkluderingslots" (ansökan "Etableringscentrum", om
// inkluderingslotsar) startar augusti 2021 i listan men juli 2021 i ansökan (katalogen T20, VP 2022).
// Listan skriver beloppen avrundade ("1,4 miljoner kr"); de jämförs på listans noggrannhet.
import { type CellPos, type Sheet } from '../../../grid';
import { defineCrossRule, numberAt, textAt, type CrossRuleContext, type PartnerSheet } from '../../../engine';
import type { StatsbidragLayout } from '../../ansokan-statsbidrag/layout';
import { nameWords, periodField, projectKey, sameAmount, sameMonth } from '../cross-match';
import type { ProjektbilagaLayout } from '../layout';
import { type MoneyReading, readMoney } from '../money';
import { readPeriod } from '../period';
import { moneyAt } from '../rows';

type Application = PartnerSheet<StatsbidragLayout>;

export default defineCrossRule({
  meta: {
    id: 'projektbilaga/matches-statsbidrag-application',
    severity: 'warning',
    partners: ['ansokan-statsbidrag'],
    sameWorkbook: true,
    docs: {
      sv: 'Ett projekt som har en statsbidragsansökan står i projektbilagan med ansökans budget (summa kostnader), egen finansiering och tidplan.',
      en: "A project with a state-grant application appears in the project annex with the application's budget (total costs), own financing and timeline.",
      source: 'Katalogen T20 VP 2022: "cross-check Inkluderingslots with statsbidrag application Etableringscentrum", "cross-check Unga Når Unga with statsbidrag application"; T09: "cross-check with Projektbilaga VP 2022"',
    },
    messages: {
      budgetDiffers: {
        sv: 'Budgeten för {{project}} är "{{actual}}", men ansökan "{{application}}" i {{partnerFile}} ({{partnerCell}}) har summa kostnader {{expected}} kr.',
        en: 'The budget for {{project}} is "{{actual}}", but the application "{{application}}" in {{partnerFile}} ({{partnerCell}}) has total costs of {{expected}} kr.',
      },
      medfinansieringDiffers: {
        sv: 'Medfinansieringen för {{project}} är "{{actual}}", men ansökan "{{application}}" i {{partnerFile}} ({{partnerCell}}) har egen finansiering {{expected}} kr.',
        en: 'The co-financing for {{project}} is "{{actual}}", but the application "{{application}}" in {{partnerFile}} ({{partnerCell}}) has own financing of {{expected}} kr.',
      },
      startDiffers: {
        sv: '{{project}} startar "{{actual}}" här, men tidplanen i ansökan "{{application}}" i {{partnerFile}} ({{partnerCell}}) är "{{expected}}".',
        en: '{{project}} starts "{{actual}}" here, but the timeline of the application "{{application}}" in {{partnerFile}} ({{partnerCell}}) is "{{expected}}".',
      },
      endDiffers: {
        sv: '{{project}} slutar "{{actual}}" här, men tidplanen i ansökan "{{application}}" i {{partnerFile}} ({{partnerCell}}) är "{{expected}}".',
        en: '{{project}} ends "{{actual}}" here, but the timeline of the application "{{application}}" in {{partnerFile}} ({{partnerCell}}) is "{{expected}}".',
      },
    },
  },
  *check({ sheet, layout, partners }: CrossRuleContext<ProjektbilagaLayout, StatsbidragLayout>) {
    for (const app of partners) {
      const insats = app.layout.fields.namn;
      const application = insats ? textAt(app.sheet, insats.value.row, insats.value.col) : '';
      if (application === '') continue;
      const text = once(() => applicationText(app));
      const row = layout.projectRows.find((r) => isTheProject(sheet, layout, r, application, text));
      if (row === undefined) continue;
      const project = sheet.text(row, layout.columns.projekt);
      const base = { project, application };

      const budget = moneyAt(sheet, layout, row, 'budget');
      const total = app.layout.summaKostnader && amountAt(app, app.layout.summaKostnader.row);
      if (budget?.money && total && !sameAmount(budget.money, total.money)) {
        yield { messageId: 'budgetDiffers', cell: budget.field.cell, partner: app, partnerCell: total.cell, data: { ...base, actual: budget.field.text, expected: total.money.value } } as const;
      }

      const medfin = moneyAt(sheet, layout, row, 'medfinansiering');
      const egenRow = app.layout.finansieringLines.find((l) => l.key === 'egen')?.row;
      const egen = egenRow === undefined ? undefined : (amountAt(app, egenRow) ?? nothing(app, egenRow));
      if (medfin?.money && egen && !sameAmount(medfin.money, egen.money)) {
        yield { messageId: 'medfinansieringDiffers', cell: medfin.field.cell, partner: app, partnerCell: egen.cell, data: { ...base, actual: medfin.field.text, expected: egen.money.value } } as const;
      }

      const own = periodField(sheet, layout, row);
      const tidplan = app.layout.fields.tidplan;
      const planText = tidplan ? textAt(app.sheet, tidplan.value.row, tidplan.value.col) : '';
      const planned = planText === '' ? undefined : readPeriod(planText);
      if (!own || !tidplan || planned?.kind !== 'period') continue;
      const p = planned.period;
      const data = { ...base, actual: own.text, expected: planText };
      if (!sameMonth(own.period.start, own.period.startPrecision, p.start, p.startPrecision)) {
        yield { messageId: 'startDiffers', cell: own.cell, partner: app, partnerCell: tidplan.value, data } as const;
      }
      if (own.period.end !== undefined && p.end !== undefined && !sameMonth(own.period.end, own.period.precision, p.end, p.precision)) {
        yield { messageId: 'endDiffers', cell: own.cell, partner: app, partnerCell: tidplan.value, data } as const;
      }
    }
  },
});

/**
 * The list names a project as its application does ("Unga Når Unga"), or by what the application
 * is about: "Inkluderingslots" under the department "… Etableringscentrum" is the application
 * "Etableringscentrum – …", whose costs are for "inkluderingslotsar". Both must hold then, so a
 * department with several projects does not match them all.
 */
function isTheProject(sheet: Sheet, layout: ProjektbilagaLayout, row: number, application: string, appText: () => string): boolean {
  const project = sheet.text(row, layout.columns.projekt);
  if (projectKey(project) === '') return false;
  if (projectKey(project) === projectKey(application)) return true;
  const lead = nameWords(application.split(/\s+[–-]\s+/)[0] ?? '');
  const avdelning = layout.columns.avdelning === undefined ? '' : sheet.text(row, layout.columns.avdelning);
  if (lead === '' || !` ${nameWords(`${project} ${avdelning}`)} `.includes(` ${lead} `)) return false;
  return ` ${appText()}`.includes(` ${nameWords(project)}`);
}

function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}

function applicationText(app: Application): string {
  const parts: string[] = [];
  for (const { cell } of app.sheet.cells()) if (cell.value.kind === 'text') parts.push(cell.value.value);
  return nameWords(parts.join(' '));
}

function amountAt(app: Application, row: number): { cell: CellPos; money: MoneyReading } | undefined {
  const col = app.layout.amountCol;
  const n = numberAt(app.sheet, row, col);
  const money = n !== undefined ? { value: n, currency: 'SEK' as const, scale: 1, unit: 'kr', before: '', after: '', warnings: [] } : readMoney(textAt(app.sheet, row, col));
  return money ? { cell: { row, col }, money } : undefined;
}

/** A blank egen finansiering is none: "Summa finansiering = statsbidrag + egen finansiering (blank = 0)". */
function nothing(app: Application, row: number): { cell: CellPos; money: MoneyReading } | undefined {
  const col = app.layout.amountCol;
  return textAt(app.sheet, row, col) === '' ? { cell: { row, col }, money: { value: 0, currency: 'SEK', scale: 1, unit: 'kr', before: '', after: '', warnings: [] } } : undefined;
}
