// "1.4 Tematisk inriktning — Statsbidraget kan användas inom många olika områden med syftet att
// motverka segregationen. Ange vilken/vilka tematiska inriktningar ert arbete inriktar sig mot."
// med rutorna Boende, Utbildning, Arbetsmarknad, Demokrati och civilsamhälle, Brottslighet och
// "[Annat, nämligen…]" (Mall för ansökan – statsbidrag, T1 2021, 000 rad 1901–1922).
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { StatsbidragLayout } from '../layout';

const PLACEHOLDER = /^\[?annat,? namligen/;

export default defineRule({
  meta: {
    id: 'ansokan-statsbidrag/tematisk-inriktning-chosen',
    severity: 'error',
    docs: {
      sv: 'Minst en tematisk inriktning är vald under 1.4: en markerad ruta eller en egen inriktning i stället för "[Annat, nämligen…]".',
      en: 'At least one theme is chosen under 1.4: a ticked box, or a theme of one’s own in place of "[Annat, nämligen…]".',
      source: '"1.4 Tematisk inriktning … Ange vilken/vilka tematiska inriktningar ert arbete inriktar sig mot." (000 rad 1901–1922)',
    },
    messages: {
      noneChosen: {
        sv: 'Ingen tematisk inriktning är vald. "Ange vilken/vilka tematiska inriktningar ert arbete inriktar sig mot": markera en ruta med X ({{options}}) eller skriv en egen i stället för "[Annat, nämligen…]".',
        en: 'No theme is chosen. Tick at least one box with an X ({{options}}) or write a theme of your own in place of "[Annat, nämligen…]".',
      },
    },
  },
  *check({ layout }: RuleContext<StatsbidragLayout>) {
    const t = layout.tematisk;
    if (!t || t.options.length === 0) return;
    const annatChosen = t.annat !== undefined && !PLACEHOLDER.test(fold(t.annat.text));
    if (t.options.some((o) => o.marked) || annatChosen) return;
    yield {
      messageId: 'noneChosen',
      cell: t.options[0]!.mark,
      related: [{ row: t.heading.row, col: layout.labelCol }, ...t.options.slice(1).map((o) => o.mark)],
      data: { options: t.options.map((o) => o.label).join(', ') },
    } as const;
  },
});
