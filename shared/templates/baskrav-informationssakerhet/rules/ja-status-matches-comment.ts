// "Detta dokument ger anvisningar om hur nämnder och bolag ska redovisa sin följsamhet till ett
// urval av kraven från stadens riktlinjer för informationssäkerhet." — anvisningen (VP 2022, 001
// rad 2112–2130). Status "Ja" säger att kravet är uppfyllt; en kommentar som beskriver arbetet som
// pågående eller ännu ej gjort ("pågår", "ingår att säkerställa") säger något annat. Katalogen
// kallar det en mjuk kontroll, därför en varning.
import { defineRule, fold, type RuleContext } from '../../../engine';
import type { BaskravLayout } from '../layout';

/**
 * Phrases that say the requirement itself is not yet in place. Continuing or expanding work that
 * is already done ("kommer att fortsätta", "tillförs utökade resurser") is not among them.
 */
const PENDING: readonly RegExp[] = [
  /(?<!\p{L})p[aå]g[aå]r(?!\p{L})/iu,
  /(?<!\p{L})ing[aå]r att (s[aä]kerst[aä]lla|identifiera|ta fram|utreda|inf[oö]ra|inr[aä]tta|kartl[aä]gga|klassa)(?!\p{L})/iu,
  /(?<!\p{L})arbete(t)? med att (s[aä]kerst[aä]lla|ta fram|inf[oö]ra|inr[aä]tta)(?!\p{L})/iu,
  /(?<!\p{L})([aä]nnu inte|inte [aä]nnu|ej klar|inte klar|inte f[aä]rdig|ej genomf[oö]rd|inte genomf[oö]rd)(?!\p{L})/iu,
  /(?<!\p{L})planeras(?!\p{L})/iu,
];

export default defineRule({
  meta: {
    id: 'baskrav-informationssakerhet/ja-status-matches-comment',
    severity: 'warning',
    docs: {
      sv: 'Ett krav med status "Ja" har ingen kommentar som beskriver kravet som pågående eller ännu inte uppfyllt.',
      en: 'A requirement with status "Ja" (yes) has no comment describing it as ongoing or not yet met.',
      source: '"Detta dokument ger anvisningar om hur nämnder och bolag ska redovisa sin följsamhet till ett urval av kraven …" och kolumnerna "Status" / "Kommentar" (001 rad 2112–2130)',
    },
    messages: {
      jaWithPendingWork: {
        sv: 'Status för krav {{nr}} är "Ja", men kommentaren beskriver arbete som inte är klart ("{{phrase}}"). Är kravet uppfyllt, eller bör statusen ändras?',
        en: 'Requirement {{nr}} has status "Ja", but the comment describes work that is not finished ("{{phrase}}"). Is the requirement met, or should the status change?',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<BaskravLayout>) {
    const { status, kommentar } = layout.columns;
    for (const k of layout.kravRows) {
      if (fold(sheet.text(k.row, status)) !== 'ja') continue;
      const comment = sheet.text(k.row, kommentar);
      const hit = PENDING.map((re) => re.exec(comment)).find((m) => m !== null);
      if (hit) {
        yield {
          messageId: 'jaWithPendingWork',
          cell: { row: k.row, col: status },
          related: [{ row: k.row, col: kommentar }],
          data: { nr: k.nr, phrase: hit[0] },
        } as const;
      }
    }
  },
});
