// "I riskmatrisen nedan syns alla oönskade händelser i VoR:en. Alla som har en stjärna samt en
// metod för kontroll av systematiska kontroller finns även i Internkontrollplanen längre ner i
// rapporten." (VP 2022, 001 rad 344) och "Utifrån riskvärdet beslutas om den oönskade
// händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7). En kontroll avser alltså en
// händelse som VoR:en tar med i planen (stjärna), med samma riskvärde. VoR:en läses när den är ett
// annat blad i samma arbetsbok; annars kan detta inte avgöras här.
import { defineRule, type RuleContext } from '../../../engine';
import { controlRiskFindings } from '../control-risk-findings';
import type { IkpLayout } from '../layout';
import { findVor } from '../vor-link';

export default defineRule({
  meta: {
    id: 'internkontrollplan/control-references-starred-risk',
    severity: 'error',
    docs: {
      sv: 'Varje kontroll avser en oönskad händelse i VoR:en som har stjärna (tas med i internkontrollplanen), med samma riskvärde. Kontrolleras när VoR:en är ett blad i samma arbetsbok.',
      en: 'Every control refers to an undesired event of the VoR that is starred (carried into the plan), with the same risk value. Checked when the VoR is a sheet of the same workbook.',
      source: '"Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i Internkontrollplanen" (001 rad 344); "Utifrån riskvärdet beslutas om den oönskade händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7)',
    },
    messages: {
      unknownRisk: {
        sv: 'Händelsen "{{handelse}}" finns inte i VoR:en (bladet "{{vor}}"); en kontroll i internkontrollplanen ska avse en oönskad händelse i VoR:en.',
        en: 'The event "{{handelse}}" is not in the VoR (sheet "{{vor}}"); a control in the plan must refer to an undesired event of the VoR.',
      },
      riskNotStarred: {
        sv: 'VoR:en (bladet "{{vor}}", nr {{nr}}) anger "Nej, endast VoR" för "{{handelse}}", men den har en kontroll här. Sätt stjärna i VoR:en eller ta bort kontrollen.',
        en: 'The VoR (sheet "{{vor}}", no. {{nr}}) says "Nej, endast VoR" for "{{handelse}}", yet it has a control here. Star it in the VoR or remove the control.',
      },
      rvMismatch: {
        sv: 'Riskvärdet {{rv}} stämmer inte med VoR:en (bladet "{{vor}}", nr {{nr}}), som anger {{vorRv}} för "{{handelse}}".',
        en: 'The risk value {{rv}} does not match the VoR (sheet "{{vor}}", no. {{nr}}), which gives {{vorRv}} for "{{handelse}}".',
      },
    },
  },
  *check({ sheet, workbook, layout }: RuleContext<IkpLayout>) {
    const vor = findVor(workbook, sheet);
    if (!vor) return;
    for (const f of controlRiskFindings(sheet, layout, vor)) {
      if (f.kind === 'unknownRisk') yield { messageId: 'unknownRisk', cell: f.cell, data: { handelse: f.handelse, vor: vor.sheet } } as const;
      else if (f.kind === 'riskNotStarred') yield { messageId: 'riskNotStarred', cell: f.cell, data: { handelse: f.handelse, vor: vor.sheet, nr: f.nr } } as const;
      else yield { messageId: 'rvMismatch', cell: f.cell, data: { handelse: f.handelse, vor: vor.sheet, nr: f.nr, rv: f.rv, vorRv: f.vorRv } } as const;
    }
  },
});
