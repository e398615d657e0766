// "Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i
// Internkontrollplanen" (VP 2022, 001 rad 344) och "Utifrån riskvärdet beslutas om den oönskade
// händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7). Samma krav som
// control-references-starred-risk, när VoR:en är en egen fil (ILS-webb exporterar den för sig).
import { defineCrossRule, type CrossRuleContext } from '../../../engine';
import type { VorLayout } from '../../vasentlighets-och-riskanalys/layout';
import { controlRiskFindings } from '../control-risk-findings';
import type { IkpLayout } from '../layout';
import { vorPartner } from '../vor-partner';

export default defineCrossRule({
  meta: {
    id: 'internkontrollplan/control-references-starred-risk-in-vor-file',
    severity: 'error',
    partners: ['vasentlighets-och-riskanalys'],
    sameWorkbook: false,
    docs: {
      sv: 'Varje kontroll avser en oönskad händelse med stjärna i VoR:en för samma år, med samma riskvärde, när VoR:en är en egen fil.',
      en: "Every control refers to a starred undesired event of the same year's VoR, with the same risk value, when the VoR is a file of its own.",
      source: '"Alla som har en stjärna samt en metod för kontroll av systematiska kontroller finns även i Internkontrollplanen" (001 rad 344); "Utifrån riskvärdet beslutas om den oönskade händelsen/risken ska hanteras i internkontrollplanen." (001 rad 7)',
    },
    messages: {
      unknownRisk: {
        sv: 'Händelsen "{{handelse}}" finns inte i VoR:en i {{partnerFile}} ({{partnerCell}} är rubriken); en kontroll ska avse en oönskad händelse i VoR:en.',
        en: 'The event "{{handelse}}" is not in the VoR in {{partnerFile}} ({{partnerCell}} is the heading); a control must refer to an undesired event of the VoR.',
      },
      riskNotStarred: {
        sv: 'VoR:en i {{partnerFile}} ({{partnerCell}}, nr {{nr}}) anger "Nej, endast VoR" för "{{handelse}}", men den har en kontroll här.',
        en: 'The VoR in {{partnerFile}} ({{partnerCell}}, no. {{nr}}) says "Nej, endast VoR" for "{{handelse}}", yet it has a control here.',
      },
      rvMismatch: {
        sv: 'Riskvärdet {{rv}} stämmer inte med VoR:en i {{partnerFile}} ({{partnerCell}}, nr {{nr}}), som anger {{vorRv}} för "{{handelse}}".',
        en: 'The risk value {{rv}} does not match the VoR in {{partnerFile}} ({{partnerCell}}, no. {{nr}}), which gives {{vorRv}} for "{{handelse}}".',
      },
    },
  },
  *check({ sheet, layout, edition, partners }: CrossRuleContext<IkpLayout, VorLayout>) {
    const found = vorPartner(edition, partners);
    if (!found) return;
    const { partner, vor } = found;
    const heading = { row: partner.layout.headerRow, col: partner.layout.columns.handelse };
    for (const f of controlRiskFindings(sheet, layout, vor)) {
      if (f.kind === 'unknownRisk') yield { messageId: 'unknownRisk', cell: f.cell, partner, partnerCell: heading, data: { handelse: f.handelse } } as const;
      else if (f.kind === 'riskNotStarred') yield { messageId: 'riskNotStarred', cell: f.cell, partner, partnerCell: f.risk.cell, data: { handelse: f.handelse, nr: f.nr } } as const;
      else yield { messageId: 'rvMismatch', cell: f.cell, partner, partnerCell: f.risk.cell, data: { handelse: f.handelse, nr: f.nr, rv: f.rv, vorRv: f.vorRv } } as const;
    }
  },
});
