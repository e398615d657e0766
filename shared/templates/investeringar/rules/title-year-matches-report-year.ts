// Mallens rubrik bär rapportåret: "Uppföljning av investeringsbudget 2020" (003 rad 83, T1 2020),
// "Investeringsbudget 2022 och kommande år" (001 rad 1749), "Uppföljning av budget 2019 -
// verksamhetsberättelse och bokslut" (002 rad 2615). I T1 2021 (000 rad 87) stod rubriken kvar på
// "investeringsbudget 2020" medan kolumnerna avsåg 2021.
import { defineRule, type RuleContext } from '../../../engine';
import type { InvesteringarLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'investeringar/title-year-matches-report-year',
    severity: 'warning',
    docs: {
      sv: 'Årtalet i blankettens rubrik är rapportåret, samma år som kolumnerna avser.',
      en: 'The year in the form’s title is the report year, the year the columns refer to.',
      source: 'Rubrikerna "Uppföljning av investeringsbudget 2020" (003 rad 83), "Investeringsbudget 2022 och kommande år" (001 rad 1749), "Uppföljning av budget 2019 - verksamhetsberättelse och bokslut" (002 rad 2615)',
    },
    messages: {
      staleTitleYear: {
        sv: 'Rubriken "{{title}}" anger {{found}}, men kolumnerna avser rapportåret {{reportYear}}; har rubriken rullats fram?',
        en: 'The title "{{title}}" says {{found}}, but the columns refer to report year {{reportYear}}; was the title rolled forward?',
      },
    },
  },
  *check({ layout }: RuleContext<InvesteringarLayout>) {
    const t = layout.title;
    if (t?.year !== undefined && t.year !== layout.reportYear) {
      yield { messageId: 'staleTitleYear', cell: t.cell, data: { title: t.text, found: String(t.year), reportYear: String(layout.reportYear) } } as const;
    }
  },
});
