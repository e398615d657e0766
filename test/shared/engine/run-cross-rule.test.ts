import { type AnyCrossRule, type PartnerSheet, runCrossRule } from '../../../shared/engine';
import { Workbook } from '../../../shared/grid';
import { sheetOf } from '../../support/grid-literal';

const sheet = sheetOf('Plan', [['Plan'], ['Belopp', 1]]);
const other = sheetOf('Utfall', [['Utfall'], ['Belopp', 2]]);
const partner: PartnerSheet<unknown> = { templateId: 'utfall', document: 'u.xlsx', sheet: other, workbook: new Workbook([other]), layout: {}, edition: { id: 'x', label: 'X' }, sameDocument: false };
const ctx = { sheet, workbook: new Workbook([sheet]), layout: {}, edition: { id: 'x', label: 'X' }, document: 'p.xlsx', partners: [partner] };

function rule(report: (p: PartnerSheet<unknown>) => ReturnType<AnyCrossRule['check']>): AnyCrossRule {
  return {
    meta: {
      id: 'plan/demo',
      severity: 'warning',
      partners: ['utfall'],
      sameWorkbook: false,
      docs: { sv: 'Demo.', en: 'Demo.', source: 'test' },
      messages: { differs: { sv: 'Skiljer från {{partnerFile}} ({{partnerCell}}).', en: 'Differs from {{partnerFile}} ({{partnerCell}}).', severity: 'error' } },
    },
    check: () => report(partner),
  };
}

describe('runCrossRule', () => {
  it("renders the partner's file and sheet-qualified cell, and takes a message's own severity", () => {
    const [p] = runCrossRule(rule((pt) => [{ messageId: 'differs', cell: { row: 1, col: 1 }, partner: pt, partnerCell: { row: 1, col: 1 } }]), ctx);
    expect(p).toMatchObject({ severity: 'error', cell: 'B2', message: { sv: 'Skiljer från u.xlsx (Utfall!B2).' }, partner: { document: 'u.xlsx', sheet: 'Utfall', cell: 'B2' } });
  });

  it('refuses an undeclared message id or a partner it was not given, as one internal problem', () => {
    const stranger = { ...partner, document: 'x.xlsx' };
    for (const bad of [
      rule((pt) => [{ messageId: 'nope', cell: { row: 0, col: 0 }, partner: pt, partnerCell: { row: 0, col: 0 } }]),
      rule(() => [{ messageId: 'differs', cell: { row: 0, col: 0 }, partner: stranger, partnerCell: { row: 0, col: 0 } }]),
    ]) {
      expect(runCrossRule(bad, ctx).map((p) => [p.kind, p.ruleId])).toEqual([['internal', 'plan/demo']]);
    }
  });
});
