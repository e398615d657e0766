// "Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." (VP
// 2022, 001 rad 130–131) och "Alla som har en stjärna … finns även i Internkontrollplanen" (001 rad
// 344). Samma krav som starred-risks-have-controls, när VoR:en är en egen fil; det som saknas visas
// vid rubriken Oönskad händelse, där raden ska in.
import { defineCrossRule, type CrossRuleContext } from '../../../engine';
import type { VorLayout } from '../../vasentlighets-och-riskanalys/layout';
import { type IkpLayout, handelseAt } from '../layout';
import { eventKey } from '../vor-link';
import { vorPartner } from '../vor-partner';

export default defineCrossRule({
  meta: {
    id: 'internkontrollplan/starred-risks-in-vor-file-have-controls',
    severity: 'error',
    partners: ['vasentlighets-och-riskanalys'],
    sameWorkbook: false,
    docs: {
      sv: 'Varje händelse med stjärna eller riskvärde 12 eller högre i VoR:en för samma år har en kontroll i planen, när VoR:en är en egen fil.',
      en: "Every event of the same year's VoR that is starred or has a risk value of 12 or more has a control in the plan, when the VoR is a file of its own.",
      source: '"Oönskade händelser med riskvärde 12 eller högre ska alltid med till internkontrollplanen." (001 rad 130–131); "Alla som har en stjärna … finns även i Internkontrollplanen" (001 rad 344)',
    },
    messages: {
      missingControl: {
        sv: 'VoR:en i {{partnerFile}} ({{partnerCell}}, nr {{nr}}, riskvärde {{rv}}) tar med "{{handelse}}" i internkontrollplanen, men planen har ingen kontroll för den.',
        en: 'The VoR in {{partnerFile}} ({{partnerCell}}, no. {{nr}}, risk value {{rv}}) carries "{{handelse}}" into the plan, but the plan has no control for it.',
      },
    },
  },
  *check({ sheet, layout, edition, partners }: CrossRuleContext<IkpLayout, VorLayout>) {
    const found = vorPartner(edition, partners);
    if (!found) return;
    const planned = new Set(layout.rows.map(({ row }) => eventKey(handelseAt(sheet, row, layout.columns).text)));
    const cell = { row: layout.headerRow, col: layout.columns.handelse };
    for (const risk of found.vor.risks) {
      const due = risk.mark === 'star' || (risk.rv !== undefined && risk.rv >= 12);
      // An event without Nr or risk value is the VoR's own problem (row-has-nr-and-scores).
      if (!due || risk.nr === undefined || risk.rv === undefined || planned.has(eventKey(risk.handelse))) continue;
      yield { messageId: 'missingControl', cell, partner: found.partner, partnerCell: risk.cell, data: { nr: String(risk.nr), rv: risk.rv, handelse: risk.handelse } } as const;
    }
  },
});
