// "Detta dokument ger anvisningar om hur nämnder och bolag ska redovisa sin följsamhet till ett
// urval av kraven från stadens riktlinjer för informationssäkerhet." — the form's instruction (VP
// 2022, 001 rad 2112–2300). The krav are the city's, numbered 1, 2, 3 a), 3 b), 4, 5, 6 with their
// text under "Redovisning av grundläggande baskrav"; the nämnd answers in Status and Kommentar. A
// krav whose number or text is gone or changed no longer says which requirement an answer is for.
import { defineRule, type RuleContext, textAt } from '../../../engine';
import type { BaskravLayout } from '../layout';

interface Nr {
  readonly n: number;
  readonly letter: string | undefined;
}

const NR = /^(\d+)\s*(?:([a-z])\s*\)?)?$/;

function parseNr(text: string): Nr | undefined {
  const m = NR.exec(text.trim().toLowerCase());
  return m ? { n: Number(m[1]), letter: m[2] } : undefined;
}

const show = (nr: Nr): string => (nr.letter ? `${nr.n} ${nr.letter})` : String(nr.n));

/** What may follow a krav number: the next krav, its first sub-item, or the next sub-item. */
function follows(previous: Nr | undefined, next: Nr): boolean {
  if (!previous) return next.n === 1 && (next.letter === undefined || next.letter === 'a');
  if (next.n === previous.n + 1) return next.letter === undefined || next.letter === 'a';
  return next.n === previous.n && previous.letter !== undefined && next.letter === String.fromCharCode(previous.letter.charCodeAt(0) + 1);
}

/** The number to name in a message: the next whole krav (a further sub-item would also do). */
function expectedAfter(previous: Nr | undefined): Nr {
  return { n: previous ? previous.n + 1 : 1, letter: undefined };
}

export default defineRule({
  meta: {
    id: 'baskrav-informationssakerhet/krav-numbered-and-worded',
    severity: 'error',
    docs: {
      sv: 'Varje krav står kvar med mallens nummer i följd (1, 2, 3 a), 3 b), 4 …) och sin kravtext.',
      en: 'Every krav keeps the form’s number in sequence (1, 2, 3 a), 3 b), 4 …) and its text.',
      source: '"Detta dokument ger anvisningar om hur nämnder och bolag ska redovisa sin följsamhet till ett urval av kraven från stadens riktlinjer för informationssäkerhet." och kravtabellen 1, 2, 3 a), 3 b), 4, 5, 6 (VP 2022, 001 rad 2112–2300)',
    },
    messages: {
      missingNumber: {
        sv: 'Kravet saknar sitt nummer; här står mallens krav {{expected}}.',
        en: 'The krav has lost its number; the form’s krav {{expected}} stands here.',
      },
      wrongNumber: {
        sv: 'Kravnumret {{actual}} följer inte mallens numrering; här står krav {{expected}}.',
        en: 'The krav number {{actual}} breaks the form’s numbering; krav {{expected}} stands here.',
      },
      missingText: {
        sv: 'Krav {{nr}} saknar sin kravtext, så det framgår inte vilket krav svaret gäller.',
        en: 'Krav {{nr}} has lost its text, so it is unclear which requirement the answer is for.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<BaskravLayout>) {
    const nrCol = layout.columns.nr;
    let previous: Nr | undefined;
    // After a lost or wrong number the sequence resumes at whatever sensible number comes next,
    // so one slip is reported once, not on every row after it.
    let lost = false;
    for (const { row } of layout.kravRows) {
      const expected = expectedAfter(previous);
      let current = expected;
      if (nrCol !== undefined) {
        const printed = textAt(sheet, row, nrCol);
        const nr = parseNr(printed);
        const resumes: boolean = lost && nr !== undefined && previous !== undefined && nr.n >= previous.n && nr.n <= previous.n + 2;
        if (printed === '') yield { messageId: 'missingNumber', cell: { row, col: nrCol }, data: { expected: show(expected) } } as const;
        else if (!nr || (!follows(previous, nr) && !resumes)) yield { messageId: 'wrongNumber', cell: { row, col: nrCol }, data: { actual: printed, expected: show(expected) } } as const;
        else current = nr;
        lost = current === expected && !(nr && (follows(previous, nr) || resumes));
      }
      if (textAt(sheet, row, layout.columns.krav) === '') yield { messageId: 'missingText', cell: { row, col: layout.columns.krav }, data: { nr: show(current) } } as const;
      previous = current;
    }
  },
});
