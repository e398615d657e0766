// Found by test/fuzz/targets/odata.ts: `not(not(…` or `((((…` a few thousand levels deep overflowed
// the parser's stack, and the service answered 500 instead of a 400 naming the problem.
import { parseFilter } from '../../../teams-app/src/local-sharepoint/odata-filter';
import { SpError } from '../../../teams-app/src/local-sharepoint/sp-error';

function refusal(src: string): SpError {
  try {
    parseFilter(src);
  } catch (e) {
    return e as SpError;
  }
  throw new Error('parsed');
}

test.each([
  ['not(', ')'],
  ['(', ')'],
  ['not ', ''],
])('%p nested 5 000 levels deep is a 400 about the nesting', (open, close) => {
  const e = refusal(`${open.repeat(5000)}Title eq 'x'${close.repeat(5000)}`);
  expect(e).toBeInstanceOf(SpError);
  expect(e.status).toBe(400);
  expect(e.message).toContain('more than 100 levels deep');
});

test('nesting a hundred levels deep is still read', () => {
  expect(parseFilter(`${'('.repeat(99)}Title eq 'x'${')'.repeat(99)}`)).toEqual({
    type: 'compare',
    op: 'eq',
    path: ['Title'],
    value: { kind: 'string', value: 'x' },
  });
});
