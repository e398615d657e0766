// Mallen delar tabellen i avsnitt per organisation: "Avdelningen Jobbtorg Stockholm", "Avdelningen
// Vuxenutbildning Stockholm", "Staberna - Administration, Ekonomi, HR …" (PLAN FÖR UPPHANDLING
// 2022, 001 rad 2341–2400), och anvisningen ber om "sammanställningen av de upphandlingar som
// nämnden planerar att påbörja under året". Ett avsnitt utan rader går inte att skilja från ett
// glömt; rader utanför avsnitten hör inte till någon avdelning.
import { defineRule, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/every-section-has-rows',
    severity: 'warning',
    docs: {
      sv: 'Varje avsnitt (avdelning) har minst en upphandling eller säger att det inte finns någon, och varje upphandling står under ett avsnitt.',
      en: 'Every section (department) lists at least one procurement or says there is none, and every procurement stands under a section.',
      source: 'Avsnittsraderna "Avdelningen Jobbtorg Stockholm", "Avdelningen Vuxenutbildning Stockholm", "Staberna - …" och "sammanställningen av de upphandlingar som nämnden planerar att påbörja under året" (001 rad 2302–2400)',
    },
    messages: {
      emptySection: {
        sv: 'Avsnittet "{{section}}" har inga upphandlingar. Flytta dit de rader som hör till avsnittet, eller skriv "Inga planerade upphandlingar" under rubriken.',
        en: 'The section "{{section}}" has no procurements. Move the rows that belong to it under the heading, or write "Inga planerade upphandlingar" (none planned) under it.',
      },
      rowOutsideSection: {
        sv: 'Upphandlingen står före första avsnittet ("{{section}}") och hör inte till någon avdelning.',
        en: 'The procurement stands before the first section ("{{section}}") and belongs to no department.',
      },
    },
  },
  *check({ layout }: RuleContext<UpphandlingLayout>) {
    const first = layout.sections[0];
    for (const row of layout.unsectioned) {
      yield { messageId: 'rowOutsideSection', cell: { row, col: layout.columns.familj }, data: { section: first?.title ?? '' } } as const;
    }
    for (const [i, s] of layout.sections.entries()) {
      const next = layout.sections[i + 1]?.row ?? Number.POSITIVE_INFINITY;
      const saysNone = layout.nilRows.some((r) => r > s.row && r < next);
      if (s.rows.length === 0 && !saysNone) {
        yield { messageId: 'emptySection', cell: { row: s.row, col: layout.columns.familj }, data: { section: s.title } } as const;
      }
    }
  },
});
