// Found by test/fuzz/targets/odata.ts: numbers below 1e-6 were written with toFixed(20), so
// `eq 5e-324` went out as `eq 0` and `gt 1.2345678901234567e-7` lost its last digits.
import { filterFor, risks, type ListSchema } from '../../../shared/lists';
import { parseFilter } from '../../../teams-app/src/local-sharepoint/odata-filter';

const f = filterFor(risks as ListSchema);

test.each([5e-324, -5e-324, 1e-25, -1.5e-7, 1.2345678901234567e-7, 0.000001, 123.456])('%p reaches the service as exactly %p', (value) => {
  const filter = f.gt('riskvarde', value);
  expect(filter.odata).not.toMatch(/\d[eE][-+]?\d/);
  expect(parseFilter(filter.odata)).toEqual({ type: 'compare', op: 'gt', path: ['riskvarde'], value: { kind: 'number', value } });
});
