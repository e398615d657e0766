// Inledningen till projektbilagan räknar de nya projekten: "istället har tre nya projekt fått
// finansiering via stadens Sociala Investeringsfond samt Delegationen mot Segregation (DELMOS).
// Nämnden har även tre nya projekt finansierade av Länsstyrelsen." (VP 2022, 001 rad 3208–3216).
// Vilka projekt som är nya syns bara bredvid föregående rapports lista; ett projekt "under
// handläggning" har ännu inte fått finansiering (katalogen T20: bara Unga Når Unga och
// Inkluderingslots är nya och finansierade via fonden och DELMOS).
import type { CellPos, Sheet } from '../../../grid';
import { defineCrossRule, textAt, type CrossRuleContext, type PartnerSheet } from '../../../engine';
import { monthsBetween, nameWords, previousEdition, projectKey } from '../cross-match';
import type { ProjektbilagaLayout } from '../layout';
import { readPeriod } from '../period';

const NUMBERS: Readonly<Record<string, number>> = { en: 1, ett: 1, tva: 2, tre: 3, fyra: 4, fem: 5, sex: 6, sju: 7, atta: 8, nio: 9, tio: 10 };
const CLAIM = /\b(\d+|en|ett|tva|tre|fyra|fem|sex|sju|atta|nio|tio) ny(?:a|tt) projekt\b.*?\b(?:finansiering via|finansierade av|finansierat av|via|av) (.*)$/;
/** Words of a financier's name that say nothing about which one it is. */
const FILLER = new Set(['stadens', 'namndens', 'mot', 'och', 'samt', 'beviljades', 'under', 'har', 'som']);
const PENDING = /\bunder handlaggning\b/;

export default defineCrossRule({
  meta: {
    id: 'projektbilaga/intro-counts-new-projects',
    severity: 'warning',
    partners: ['projektbilaga'],
    sameWorkbook: true,
    docs: {
      sv: 'När inledningen säger hur många nya projekt en finansiär står för, har listan så många projekt med den finansiären som inte fanns i föregående rapports lista och som har fått finansiering.',
      en: "When the introduction says how many new projects a funder accounts for, the list has that many projects of that funder that were not in the previous report's list and have been funded.",
      source: 'Katalogen T20 VP 2022: "intro \'tre nya projekt … via Sociala Investeringsfond samt DELMOS\' matches the list", "intro \'tre nya projekt finansierade av Länsstyrelsen\' matches the list"',
    },
    messages: {
      countDiffers: {
        sv: 'Inledningen säger "{{claim}}", men listan har {{count}} sådana projekt som inte fanns i {{previous}} i {{partnerFile}} ({{partnerCell}}) och har fått finansiering: {{projects}}.',
        en: 'The introduction says "{{claim}}", but the list has {{count}} such projects that were not in {{previous}} in {{partnerFile}} ({{partnerCell}}) and have been funded: {{projects}}.',
      },
    },
  },
  *check({ sheet, layout, partners }: CrossRuleContext<ProjektbilagaLayout, ProjektbilagaLayout>) {
    const previous = previousEdition(layout, partners);
    const finansiar = layout.columns.finansiar;
    if (!previous || finansiar === undefined) return;
    const fresh = newProjects(sheet, layout, previous);
    const partnerCell = { row: previous.layout.headerRow, col: previous.layout.columns.projekt };
    for (const intro of introCells(sheet, layout.headerRow)) {
      for (const sentence of intro.text.split(/(?<=[.!?])\s+/)) {
        const m = CLAIM.exec(nameWords(sentence));
        if (!m) continue;
        const claimed = NUMBERS[m[1]!] ?? Number(m[1]);
        const keys = funderKeys(m[2]!);
        if (keys.length === 0) continue;
        const named = fresh.filter((row) => keys.some((k) => ` ${nameWords(textAt(sheet, row, finansiar))}`.includes(` ${k}`)));
        if (named.length === claimed) continue;
        yield {
          messageId: 'countDiffers',
          cell: intro.cell,
          partner: previous,
          partnerCell,
          data: {
            claim: sentence.trim(),
            count: named.length,
            previous: previous.edition.label,
            projects: named.map((r) => sheet.text(r, layout.columns.projekt)).join(', ') || '–',
          },
        } as const;
      }
    }
  },
});

function introCells(sheet: Sheet, headerRow: number): { cell: CellPos; text: string }[] {
  const out: { cell: CellPos; text: string }[] = [];
  for (let row = 0; row < headerRow; row++) {
    for (let col = 0; col < Math.min(sheet.colCount, 10); col++) {
      const text = textAt(sheet, row, col);
      if (/ny(a|tt) projekt/i.test(text)) out.push({ cell: { row, col }, text });
    }
  }
  return out;
}

/** "stadens Sociala Investeringsfond samt Delegationen mot Segregation (DELMOS)" → its telling words. */
function funderKeys(phrase: string): string[] {
  return phrase.split(' ').filter((w) => (w.length >= 4 || /^[a-z]{3}$/.test(w)) && !FILLER.has(w) && !/^\d+$/.test(w));
}

/**
 * Rows not in the previous list (by name, or the same name starting a year or more later: a new
 * round) and funded, i.e. not "under handläggning".
 */
function newProjects(sheet: Sheet, layout: ProjektbilagaLayout, previous: PartnerSheet<ProjektbilagaLayout>): number[] {
  const before = new Map<string, number>();
  for (const r of previous.layout.projectRows) before.set(projectKey(previous.sheet.text(r, previous.layout.columns.projekt)), r);
  return layout.projectRows.filter((row) => {
    const name = sheet.text(row, layout.columns.projekt);
    if (name === '' || PENDING.test(nameWords(name))) return false;
    const prow = before.get(projectKey(name));
    if (prow === undefined) return true;
    const col = layout.columns.period;
    const pcol = previous.layout.columns.period;
    if (col === undefined || pcol === undefined) return false;
    const now = readPeriod(sheet.text(row, col));
    const then = readPeriod(previous.sheet.text(prow, pcol));
    return now.kind === 'period' && then.kind === 'period' && monthsBetween(then.period.start, now.period.start) >= 12;
  });
}
