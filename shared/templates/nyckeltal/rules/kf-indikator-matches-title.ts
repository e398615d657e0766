// "Nyckeltal 66: Andel aspiranter som är självförsörjande tre månader efter avslut på Jobbtorg
// Stockholm" under "KF-indikator: Andel aspiranter som är självförsörjande sex månader efter
// avslut på Jobbtorg Stockholm" (Verksamhetsberättelse 2019, 002 rad 9–11). KF-indikatorn anger
// vilket mått nyckeltalet redovisas mot; skiljer sig orden åt, mäts något annat.
import { defineRule, type RuleContext } from '../../../engine';
import type { NyckeltalLayout } from '../layout';

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];

export default defineRule({
  meta: {
    id: 'nyckeltal/kf-indikator-matches-title',
    severity: 'warning',
    docs: {
      sv: 'En "KF-indikator:" under ett nyckeltal beskriver samma mått som nyckeltalets rubrik.',
      en: 'A "KF-indikator:" under a nyckeltal describes the same measure as the nyckeltal’s title.',
      source: 'Rubriken "Nyckeltal 66: …" och raden "KF-indikator: …" (002 rad 9–11)',
    },
    messages: {
      differentMeasure: {
        sv: 'KF-indikatorn beskriver inte samma mått som nyckeltal {{nt}}: rubriken säger "{{titleWords}}" där KF-indikatorn säger "{{kfWords}}".',
        en: 'The KF-indikator does not describe the same measure as nyckeltal {{nt}}: the title says "{{titleWords}}" where the KF-indikator says "{{kfWords}}".',
      },
    },
  },
  *check({ layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const kf = block.kfIndikator;
      if (!kf) continue;
      const title = words(block.name);
      const indikator = words(kf.text.replace(/^\s*kf-?indikator\s*:\s*/i, ''));
      const titleOnly = title.filter((w) => !indikator.includes(w));
      const kfOnly = indikator.filter((w) => !title.includes(w));
      if (titleOnly.length === 0 && kfOnly.length === 0) continue;
      yield {
        messageId: 'differentMeasure',
        cell: kf.cell,
        related: [block.titleCell],
        data: { nt: block.id, titleWords: titleOnly.join(' ') || '–', kfWords: kfOnly.join(' ') || '–' },
      } as const;
    }
  },
});
