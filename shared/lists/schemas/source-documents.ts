import { boolean, choice, date, dateTime, defineList, externalId, number, text, title } from '../schema';
import { DOC_TYPES } from '../vocabulary';

export const sourceDocuments = defineList({
  name: 'SourceDocuments',
  displayName: 'Källdokument',
  description: 'Rapporter (VP, T1, T2, VB, program) som åtgärder, projekt, risker och kontroller kommer från.',
  versioning: false,
  fields: [
    title('Dokument'),
    externalId(),
    choice('docType', 'Dokumenttyp', DOC_TYPES, { required: true }),
    number('docYear', 'År', { indexed: true, decimals: 0 }),
    date('periodEnd', 'Period t.o.m.'),
    dateTime('printedAt', 'Utskriven'),
    choice('internkontrollBedomning', 'Bedömning av intern kontroll', ['Tillräcklig', 'Delvis tillräcklig', 'Otillräcklig']),
    boolean('isOcr', 'OCR-källa'),
    text('seedFile', 'Källfil'),
  ],
});
