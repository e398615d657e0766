// "Kontaktuppgifter anges för ansvarig för upphandlingen eller relevant funktionsbrevlåda." —
// Anvisningar (PLAN FÖR UPPHANDLING 2022, 001 rad 2302–2330), och huvudets "Kontaktuppgift
// förvaltningen, mailadress och telefonnummer" / "Kontaktuppgift inköpsansvarig, namn,
// mailadress …". En adress som inte går att skicka till ("isabelle.vas@stockholm", utan
// toppdomän) är ingen kontaktuppgift.
import { defineRule, type RuleContext } from '../../../engine';
import type { CellPos } from '../../../grid';
import { addressesIn, addressProblem } from '../email-address';
import type { UpphandlingLayout } from '../layout';

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/email-addresses-valid',
    severity: 'error',
    docs: {
      sv: 'Varje e-postadress i kontaktuppgifterna går att skicka till: bara ASCII-tecken, en toppdomän (".se").',
      en: 'Every e-mail address in the contact details can be sent to: ASCII characters only, with a top-level domain (".se").',
      source: '"Kontaktuppgifter anges för ansvarig för upphandlingen eller relevant funktionsbrevlåda." och huvudfälten "Kontaktuppgift förvaltningen, mailadress …" / "Kontaktuppgift inköpsansvarig, namn, mailadress …" (001 rad 2302–2340)',
    },
    messages: {
      nonAscii: {
        sv: 'E-postadressen {{address}} innehåller å, ä, ö eller andra tecken utanför ASCII, som många e-postsystem inte tar emot. Skriv adressen som den är registrerad (vanligen utan å/ä/ö).',
        en: 'The e-mail address {{address}} contains å, ä, ö or other non-ASCII characters that many mail systems reject. Write the address as registered (usually without å/ä/ö).',
      },
      missingTopLevelDomain: {
        sv: 'E-postadressen {{address}} saknar toppdomän (t.ex. ".se") och går inte att skicka till.',
        en: 'The e-mail address {{address}} has no top-level domain (e.g. ".se") and cannot be sent to.',
      },
      malformed: {
        sv: '"{{address}}" är ingen giltig e-postadress.',
        en: '"{{address}}" is not a valid e-mail address.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    const cells: CellPos[] = layout.contactFields.map((f) => f.value);
    const col = layout.columns.kontakt;
    if (col !== undefined) for (const row of layout.rows) cells.push({ row, col });
    for (const cell of cells) {
      for (const address of addressesIn(sheet.text(cell.row, cell.col))) {
        const problem = addressProblem(address);
        if (problem) yield { messageId: problem, cell, data: { address } } as const;
      }
    }
  },
});
