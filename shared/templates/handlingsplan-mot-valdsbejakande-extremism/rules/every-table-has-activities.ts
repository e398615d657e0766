// "Handlingsplanerna ska innehålla en lokal lägesbild och därtill lämpliga lokala aktiviteter." —
// handlingsplanens inledning (T1 2021, 000 rad 149–151). En aktivitetstabell som står kvar i planen
// ska ha minst en aktivitet; i VP 2022 trycktes "Aktiviteter föreningsbidrag och upplåtande av
// lokaler eller öppna rum" med bara rubrikraden (001 rad 3136–3140), där T1 2021 hade
// "Implementering av de stadsövergripande riktlinjerna".
import { defineRule, fold, textAt, type RuleContext } from '../../../engine';
import type { VbeLayout } from '../layout';

const NIL = /\binga (planerade )?aktiviteter\b|\binga aktiviteter planeras\b/;

export default defineRule({
  meta: {
    id: 'handlingsplan-mot-valdsbejakande-extremism/every-table-has-activities',
    severity: 'warning',
    docs: {
      sv: 'Varje aktivitetstabell i planen har minst en aktivitet, eller säger uttryckligen att inga aktiviteter planeras.',
      en: 'Every table of activities in the plan has at least one activity, or says explicitly that none are planned.',
      source: '"Handlingsplanerna ska innehålla en lokal lägesbild och därtill lämpliga lokala aktiviteter." (000 rad 149–151); VP 2022 001 rad 3136–3140',
    },
    messages: {
      noActivities: {
        sv: 'Tabellen "{{table}}" har ingen aktivitet. Handlingsplanen ska innehålla "lämpliga lokala aktiviteter": fyll i minst en, eller skriv "Inga aktiviteter planeras" om det är så.',
        en: 'The table "{{table}}" has no activity. The plan must contain suitable local activities: fill in at least one, or write "Inga aktiviteter planeras" if that is the case.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<VbeLayout>) {
    for (const t of layout.tables) {
      if (t.rows.some((row) => NIL.test(fold(textAt(sheet, row, t.columns.aktivitet))))) continue;
      if (t.rows.some((row) => textAt(sheet, row, t.columns.aktivitet) !== '')) continue;
      const table = t.heading?.text.replace(/:$/, '') ?? textAt(sheet, t.headerRow, t.columns.aktivitet);
      yield { messageId: 'noActivities', cell: { row: t.headerRow + 1, col: t.columns.aktivitet }, related: t.heading ? [t.heading.cell] : [], data: { table } } as const;
    }
  },
});
