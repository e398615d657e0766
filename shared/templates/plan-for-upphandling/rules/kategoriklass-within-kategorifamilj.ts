// "Upphandlingen ska kategoriseras med kategorifamilj samt kategoriklass utifrån Stockholms stads
// kategoriträd." — Anvisningar (PLAN FÖR UPPHANDLING 2022, 001 rad 2302–2330). Kategoriträdet
// numrerar en kategoriklass med sin familjs fyra siffror och två till (1013 → 101316), så en klass
// som inte börjar med familjens kod hör till en annan familj.
import { defineRule, type RuleContext } from '../../../engine';
import type { UpphandlingLayout } from '../layout';

const CODE = /^\s*(\d+)\s*[,.:;-]?\s*(.*)$/;

export default defineRule({
  meta: {
    id: 'plan-for-upphandling/kategoriklass-within-kategorifamilj',
    severity: 'error',
    docs: {
      sv: 'Kategorifamilj anges som fyrsiffrig kod och namn, kategoriklass som sexsiffrig kod och namn, och klassens kod börjar med familjens.',
      en: 'Kategorifamilj is given as a four-digit code and name, kategoriklass as a six-digit code and name, and the class code starts with the family code.',
      source: '"Upphandlingen ska kategoriseras med kategorifamilj samt kategoriklass utifrån Stockholms stads kategoriträd." (001 rad 2302–2330)',
    },
    messages: {
      classNotInFamily: {
        sv: 'Kategoriklass {{klass}} hör inte till kategorifamilj {{familj}}: i kategoriträdet börjar en klass med sin familjs kod. Rätta familjen eller klassen.',
        en: 'Kategoriklass {{klass}} does not belong to kategorifamilj {{familj}}: in the category tree a class code starts with its family code. Correct the family or the class.',
      },
      missingCode: {
        sv: '"{{text}}" saknar kod. Ange {{column}} med kod och namn ur stadens kategoriträd, t.ex. "{{example}}".',
        en: '"{{text}}" has no code. Give the {{column}} with code and name from the city’s category tree, e.g. "{{example}}".',
      },
      malformedCode: {
        sv: 'Koden {{code}} har {{found}} siffror; {{column}} har {{digits}} siffror i stadens kategoriträd.',
        en: 'The code {{code}} has {{found}} digits; a {{column}} has {{digits}} digits in the city’s category tree.',
      },
    },
  },
  *check({ sheet, layout }: RuleContext<UpphandlingLayout>) {
    const kinds = [
      { col: layout.columns.familj, column: 'kategorifamilj', digits: 4, example: '1013, Externa tjänster' },
      { col: layout.columns.klass, column: 'kategoriklass', digits: 6, example: '101316, Handledningskonsulter' },
    ] as const;
    for (const row of layout.rows) {
      const codes: (string | undefined)[] = [];
      for (const k of kinds) {
        const text = sheet.text(row, k.col);
        if (text === '') {
          codes.push(undefined);
          continue;
        }
        const m = CODE.exec(text);
        if (!m) {
          yield { messageId: 'missingCode', cell: { row, col: k.col }, data: { text, column: k.column, example: k.example } } as const;
          codes.push(undefined);
          continue;
        }
        const code = m[1]!;
        if (code.length !== k.digits) {
          yield { messageId: 'malformedCode', cell: { row, col: k.col }, data: { code, found: code.length, column: k.column, digits: k.digits } } as const;
          codes.push(undefined);
          continue;
        }
        codes.push(code);
      }
      const [familj, klass] = codes;
      if (familj !== undefined && klass !== undefined && !klass.startsWith(familj)) {
        yield {
          messageId: 'classNotInFamily',
          cell: { row, col: layout.columns.klass },
          related: [{ row, col: layout.columns.familj }],
          data: { klass: sheet.text(row, layout.columns.klass), familj: sheet.text(row, layout.columns.familj) },
        } as const;
      }
    }
  },
});
