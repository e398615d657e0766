import fc from 'fast-check';
import { actionItems, filterFor, ODataFieldError, orderByKey, quoteString, selectKeys, statusUpdates } from '../../../shared/lists';

// A small OData tokenizer: enough to show that a built filter has exactly the structure the
// builder intended, whatever text went into its literals.
type Token = { type: 'ident' | 'op' | 'string' | 'number' | 'datetime' | 'paren' | 'comma'; value: string };
function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === ' ') {
      i++;
    } else if (c === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= src.length) throw new Error(`unterminated string in ${src}`);
        if (src[i] === "'") {
          if (src[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += src[i];
        i++;
      }
      tokens.push({ type: 'string', value });
    } else if (c === '(' || c === ')') {
      tokens.push({ type: 'paren', value: c });
      i++;
    } else if (c === ',') {
      tokens.push({ type: 'comma', value: c });
      i++;
    } else if (/[-\d]/.test(c)) {
      const m = /^-?\d+(\.\d+)?/.exec(src.slice(i))!;
      tokens.push({ type: 'number', value: m[0] });
      i += m[0].length;
    } else {
      const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
      if (!m) throw new Error(`unexpected '${c}' in ${src}`);
      i += m[0].length;
      if (m[0] === 'datetime' && src[i] === "'") {
        const end = src.indexOf("'", i + 1);
        tokens.push({ type: 'datetime', value: src.slice(i + 1, end) });
        i = end + 1;
      } else {
        tokens.push({ type: ['eq', 'ne', 'lt', 'le', 'gt', 'ge', 'and', 'or', 'not'].includes(m[0]) ? 'op' : 'ident', value: m[0] });
      }
    }
  }
  return tokens;
}

const f = filterFor(actionItems);

describe('filterFor', () => {
  test("O'Brien is quoted by doubling the apostrophe and reads back unchanged", () => {
    const filter = f.eq('ownerText', "O'Brien");
    expect(filter.odata).toBe("ownerText eq 'O''Brien'");
    expect(tokenize(filter.odata)).toEqual([
      { type: 'ident', value: 'ownerText' },
      { type: 'op', value: 'eq' },
      { type: 'string', value: "O'Brien" },
    ]);
  });

  test('an injection attempt stays one string literal', () => {
    const attack = "x' or 1 eq 1 or Title eq '";
    const tokens = tokenize(f.eq('Title', attack).odata);
    expect(tokens).toHaveLength(3);
    expect(tokens[2]).toEqual({ type: 'string', value: attack });
  });

  test('any text round-trips through eq, startswith and substringof as a single literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (value) => {
        const eq = tokenize(f.eq('Title', value).odata);
        expect(eq.map((t) => t.type)).toEqual(['ident', 'op', 'string']);
        expect(eq[2]!.value).toBe(value);
        const sw = tokenize(f.startsWith('Title', value).odata);
        expect(sw.map((t) => t.type)).toEqual(['ident', 'paren', 'ident', 'comma', 'string', 'paren']);
        expect(sw[4]!.value).toBe(value);
        const so = tokenize(f.substringOf('ownerText', value).odata);
        expect(so.map((t) => t.type)).toEqual(['ident', 'paren', 'string', 'comma', 'ident', 'paren']);
        expect(so[2]!.value).toBe(value);
      }),
    );
  });

  test('unknown fields throw, and so do field names that try to smuggle syntax', () => {
    expect(() => f.eq('nope' as never, 'x')).toThrow(ODataFieldError);
    expect(() => f.eq("Title eq 'a' or Title" as never, 'x')).toThrow(/no field/);
    expect(() => f.startsWith('dueDate', 'x')).toThrow(/startswith/);
  });

  test('multi-line text cannot be filtered (SharePoint refuses it), with the field named', () => {
    expect(() => f.eq('activityText' as never, 'x')).toThrow(/activityText.*multi-line/);
  });

  test('numbers must be finite; booleans become 1/0', () => {
    expect(f.eq('planYear', 2022).odata).toBe('planYear eq 2022');
    expect(f.lt('planYear', -1.5).odata).toBe('planYear lt -1.5');
    expect(f.eq('planYear', 1e21).odata).toBe('planYear eq 1000000000000000000000');
    for (const bad of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      expect(() => f.eq('planYear', bad)).toThrow(/finite/);
    }
    expect(() => f.eq('planYear', '2022' as never)).toThrow(/finite/);
    expect(f.eq('followUpInferred', true).odata).toBe('followUpInferred eq 1');
    expect(f.eq('followUpInferred', false).odata).toBe('followUpInferred eq 0');
    expect(() => f.eq('followUpInferred', 'true' as never)).toThrow(/true\/false/);
  });

  test("date-only values become datetime'…' at Stockholm midnight; date-times stay as given in UTC", () => {
    expect(f.le('dueDate', '2022-12-31').odata).toBe("dueDate le datetime'2022-12-30T23:00:00Z'");
    expect(f.ge('dueDate', '2022-06-30').odata).toBe("dueDate ge datetime'2022-06-29T22:00:00Z'");
    expect(f.ge('latestStatusAt', '2022-06-30T10:15:00+02:00').odata).toBe("latestStatusAt ge datetime'2022-06-30T08:15:00Z'");
    expect(f.gt('Modified', new Date(Date.UTC(2024, 0, 2, 3, 4, 5))).odata).toBe("Modified gt datetime'2024-01-02T03:04:05Z'");
    expect(() => f.le('dueDate', "2022-12-31' or 1 eq 1")).toThrow(/YYYY-MM-DD/);
    expect(() => f.le('dueDate', '2022-02-30')).toThrow();
  });

  test('ordering comparisons only on numbers and dates', () => {
    expect(() => f.lt('status', 'Pågår')).toThrow(/cannot be compared/);
    expect(f.gt('Id', 10).odata).toBe('Id gt 10');
  });

  test('lookups and people filter by id', () => {
    expect(f.lookupId('plan', 3).odata).toBe('planId eq 3');
    expect(f.lookupId('ownerPersons', 7).odata).toBe('ownerPersonsId eq 7');
    expect(f.eq('plan', 4).odata).toBe('planId eq 4');
    expect(() => f.lookupId('plan', 1.5)).toThrow(/whole number/);
    expect(() => f.lookupId('plan', '3 or 1 eq 1' as never)).toThrow(/whole number/);
    expect(() => f.lookupId('status', 3)).toThrow(/not a lookup/);
  });

  test('and/or/not group correctly and drop absent parts', () => {
    const filter = f.and(
      f.or(f.eq('status', 'Pågår'), f.eq('status', 'Försenad')),
      undefined,
      false,
      f.not(f.eq('planType', 'KF-budgetuppdrag')),
      f.between('dueDate', '2022-01-01', undefined),
    )!;
    expect(filter.odata).toBe(
      "(status eq 'Pågår' or status eq 'Försenad') and not(planType eq 'KF-budgetuppdrag') and dueDate ge datetime'2021-12-31T23:00:00Z'",
    );
    expect(f.and()).toBeUndefined();
    expect(f.and(f.eq('status', 'Pågår'))!.odata).toBe("status eq 'Pågår'");
    expect(f.oneOf('status', ['Pågår', "Ej 'x'"]).odata).toBe("status eq 'Pågår' or status eq 'Ej ''x'''");
    expect(() => f.oneOf('status', [])).toThrow();
  });

  test('a hand-made object is not accepted as a filter', () => {
    const forged = { odata: '1 eq 1', atomic: true } as never;
    expect(() => f.and(forged, f.eq('status', 'Pågår'))).toThrow(/filter builder/);
    expect(() => f.not(forged)).toThrow(/filter builder/);
  });

  test('null comparisons only with eq/ne', () => {
    expect(f.isNull('dueDate').odata).toBe('dueDate eq null');
    expect(filterFor(statusUpdates).ne('teamsMessageId', null).odata).toBe('teamsMessageId ne null');
    expect(() => f.lt('dueDate', null)).toThrow(/null/);
  });

  test('quoteString doubles every apostrophe', () => {
    expect(quoteString("''")).toBe("''''''");
  });
});

describe('selectKeys / orderByKey', () => {
  test('select names are checked and lookups map to <name>Id', () => {
    expect(selectKeys(actionItems, ['Title', 'plan', 'ownerPersons'])).toEqual(['Id', 'Title', 'planId', 'ownerPersonsId', 'Created', 'Modified']);
    expect(() => selectKeys(actionItems, ['Title,Author/Name'])).toThrow(/no field/);
    expect(orderByKey(actionItems, 'dueDate')).toBe('dueDate');
    expect(() => orderByKey(actionItems, 'dueDate desc')).toThrow(/no field/);
  });
});
