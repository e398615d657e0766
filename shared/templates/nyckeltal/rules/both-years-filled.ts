// Varje block ställer "Nyckeltal 2019" bredvid "Nyckeltal 2018" (Verksamhetsberättelse 2019, 002
// rad 1–286) så att året kan jämföras med året före, och varje block med värden fyller båda. Ett
// block som har något värde men saknar ett av åren går inte att jämföra. (Är underlaget ifyllt men
// årets nyckeltal tomt, säger underlag-present-for-printed-value det.)
import { defineRule, type RuleContext } from '../../../engine';

import type { NyckeltalLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'nyckeltal/both-years-filled',
    severity: 'warning',
    docs: {
      sv: 'Ett nyckeltal med värden har både årets och föregående års värde ifyllt, så att de kan jämföras.',
      en: 'A nyckeltal with values has both this year’s and the previous year’s value filled in, so they compare.',
      source: 'Kolumngrupperna "Nyckeltal 2019 | Nyckeltal 2018" i varje block (002 rad 1–286)',
    },
    messages: {
      missingPrevious: {
        sv: 'Nyckeltal {{nt}} saknar värdet för {{year}}. Blanketten ställer föregående års nyckeltal bredvid årets; skriv av det från förra årets rapport.',
        en: 'Nyckeltal {{nt}} lacks the value for {{year}}. The form puts the previous year’s nyckeltal beside this year’s; copy it from last year’s report.',
      },
      missingCurrent: {
        sv: 'Nyckeltal {{nt}} har värden men saknar årets ({{year}}). Fyll i underlaget och nyckeltalet för {{year}}.',
        en: 'Nyckeltal {{nt}} has values but lacks this year’s ({{year}}). Fill in the underlag and the nyckeltal for {{year}}.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const t = block.table;
      if (!t?.current || !t.previous) continue;
      const blank = (col: number) => sheet.isBlank(t.dataRow, col);
      const underlagBlank = t.underlag.filter((u) => blank(u.col)).length;
      const hasAny = !blank(t.current.col) || !blank(t.previous.col) || underlagBlank < t.underlag.length;
      if (!hasAny) continue;
      if (blank(t.previous.col)) {
        yield { messageId: 'missingPrevious', cell: { row: t.dataRow, col: t.previous.col }, data: { nt: block.id, year: String(t.previous.year ?? '') } } as const;
      }
      if (blank(t.current.col) && (t.underlag.length === 0 || underlagBlank > 0)) {
        yield { messageId: 'missingCurrent', cell: { row: t.dataRow, col: t.current.col }, data: { nt: block.id, year: String(t.current.year ?? t.year ?? '') } } as const;
      }
    }
  },
});
