// "Nyckeltal 127: Korttidsfrånvaro. (Sjukfrånvarotimmar dag 1-14 i förhållande till den totalt
// avtalade arbetstiden.)" över underlaget "Antal sjukfrånvaro-dagar dag 1-14" / "Totala antalet
// dagar av avtalad arbetstid" (Verksamhetsberättelse 2019, 002 rad 200–240; lika i NT 128).
// Rubriken räknar timmar, underlaget dagar: ett av dem beskriver fel mått.
import { defineRule, type RuleContext } from '../../../engine';
import type { NyckeltalLayout } from '../layout';

/** Plural time units, alone or as the end of a compound ("sjukfrånvarotimmar", "-dagar"). */
const UNIT = /(timmar|dagar|veckor|månader)(?!\p{L})/giu;
const unitsIn = (text: string): Set<string> => new Set([...text.toLowerCase().matchAll(UNIT)].map((m) => m[1]!));

export default defineRule({
  meta: {
    id: 'nyckeltal/title-unit-matches-underlag-unit',
    severity: 'warning',
    docs: {
      sv: 'Den tidsenhet nyckeltalets rubrik anger (timmar, dagar …) är den underlaget räknar i.',
      en: 'The time unit the nyckeltal’s title names (hours, days …) is the one the underlag counts in.',
      source: 'Rubrikerna "Nyckeltal 127/128: … (Sjukfrånvarotimmar …)" och underlagets "Antal sjukfrånvaro-dagar …" (002 rad 200–240)',
    },
    messages: {
      unitMismatch: {
        sv: 'Rubriken för nyckeltal {{nt}} räknar i {{titleUnit}}, men underlaget i {{underlagUnit}}. Rätta rubriken eller underlaget så att de avser samma enhet.',
        en: 'The title of nyckeltal {{nt}} counts in {{titleUnit}}, but the underlag in {{underlagUnit}}. Correct the title or the underlag so both refer to one unit.',
      },
    },
  },
  *check({ layout }: RuleContext<NyckeltalLayout>) {
    for (const block of layout.blocks) {
      const titleUnits = unitsIn(block.name);
      const underlagUnits = unitsIn((block.table?.underlag ?? []).map((u) => u.header).join(' '));
      if (titleUnits.size === 0 || underlagUnits.size === 0 || [...titleUnits].some((u) => underlagUnits.has(u))) continue;
      yield {
        messageId: 'unitMismatch',
        cell: block.titleCell,
        related: (block.table?.underlag ?? []).map((u) => ({ row: block.table!.groupRow, col: u.col })),
        data: { nt: block.id, titleUnit: [...titleUnits].join(', '), underlagUnit: [...underlagUnits].join(', ') },
      } as const;
    }
  },
});
