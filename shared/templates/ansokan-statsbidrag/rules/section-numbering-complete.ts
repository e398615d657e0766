// Avsnitten "1. Beskrivning (mål och syfte)", "1.1 Behovsanalys/problembeskrivning", "1.3
// Beskrivning av insatsen", "1.4 Tematisk inriktning", "1.5 Geografiskt område", "1.6 Tidplan",
// "2. Beskrivning av utgifter …" (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1619–1950).
// Numreringen hoppar från 1.1 till 1.3 i alla tre ansökningar: ett avsnitt har fallit bort ur
// mallen, eller numret är fel. Det är mallens fel, inte den sökandes, därför bara information.
import { defineRule, type RuleContext } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/section-numbering-complete',
    severity: 'info',
    docs: {
      sv: 'Avsnittens numrering är obruten: 1.1, 1.2, 1.3 … och 1, 2.',
      en: 'The sections are numbered without gaps: 1.1, 1.2, 1.3 … and 1, 2.',
      source: 'Avsnittsrubrikerna 1.–2. i mallen (000 rad 1619–1950)',
    },
    messages: {
      missingSection: {
        sv: 'Avsnitt {{missing}} saknas: "{{previous}}" följs av "{{next}}". Har ett avsnitt fallit bort ur mallen?',
        en: 'Section {{missing}} is missing: "{{previous}}" is followed by "{{next}}". Did a section drop out of the template?',
      },
    },
  },
  *check({ layout }: RuleContext<StatsbidragLayout>) {
    const hs = layout.headings;
    for (let i = 1; i < hs.length; i++) {
      const prev = hs[i - 1]!;
      const cur = hs[i]!;
      const missing = gap(prev.number, cur.number);
      if (missing) {
        yield {
          messageId: 'missingSection',
          cell: { row: cur.row, col: layout.labelCol },
          related: [{ row: prev.row, col: layout.labelCol }],
          data: { missing, previous: `${prev.number} ${prev.text}`, next: `${cur.number} ${cur.text}` },
        } as const;
      }
    }
  },
});

/**
 * The number skipped between two headings, if any. After 1.1 may come 1.1.1, 1.2 or 2; when the
 * next heading is none of these, the one at its own depth (1.2 before 1.3) is what is missing.
 */
function gap(prev: string, cur: string): string | undefined {
  const p = prev.split('.').map(Number);
  const depth = cur.split('.').length;
  const next = [[...p, 1], ...p.map((n, i) => [...p.slice(0, i), n + 1])].map((c) => c.join('.'));
  if (next.includes(cur)) return undefined;
  return next.find((c) => c.split('.').length === depth) ?? next[0];
}
