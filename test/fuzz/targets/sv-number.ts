// sv-SE number parsing and formatting: every double round-trips at every decimal count, nothing
// throws, and every repair the tolerant parser makes comes with a warning naming it.
import fc from 'fast-check';
import { formatSvNumber, formatSvPercent, numberWarningCodes, parseSvNumber, type ParsedNumber } from '../../../shared/locale';
import { check, same, syncProperty, type FuzzTarget } from '../support/fuzz-target';

type Parsed = Extract<ParsedNumber, { ok: true }>;

function parsed(text: string): Parsed {
  const p = parseSvNumber(text);
  check(p.ok, () => `"${text}" did not parse: ${p.ok ? '' : p.reason.en}`);
  return p;
}

/**
 * Every double Excel can hold (its largest is 9,99999999999999E+307). Past that, the 15-digit
 * display rounds 1,797…E+308 up beyond the double range, and the parser rightly calls it too large.
 */
const EXCEL_MAX = 9.99999999999999e307;
const anyDouble = fc.double({ min: -EXCEL_MAX, max: EXCEL_MAX, noNaN: true });
const decimals = fc.integer({ min: 0, max: 6 });

const roundTripFixed = syncProperty('format∘parse is the identity on what is shown (fixed decimals, any double)', 1500, [anyDouble, decimals], (x, d) => {
  const text = formatSvNumber(x, { decimals: d });
  const p = parsed(text);
  same(p.warnings.map((w) => w.code), [], `warnings for "${text}"`);
  same(formatSvNumber(p.value, { decimals: d }), text, `re-formatted ${p.value}`);
  // Within half a shown unit, allowing the 15-digit rounding Excel's display does.
  const slack = 0.5 * 10 ** -d + Math.abs(x) * 1e-14;
  check(Math.abs(p.value - x) <= slack, () => `"${text}" came back as ${p.value}, more than ${slack} from ${x}`);
});

const roundTripDefault = syncProperty('format∘parse with the default (at most 2) decimals', 1500, [anyDouble], (x) => {
  const text = formatSvNumber(x);
  const p = parsed(text);
  same(p.warnings.map((w) => w.code), [], `warnings for "${text}"`);
  same(formatSvNumber(p.value), text, `re-formatted ${p.value}`);
  check(!Object.is(p.value, -0), `"${text}" parsed to -0`);
});

const roundTripPercent = syncProperty('percentages come back as the fraction, marked as percent', 1500, [fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.integer({ min: 0, max: 3 })], (f, d) => {
  const text = formatSvPercent(f, d);
  const p = parsed(text);
  check(p.percent, `"${text}" not read as a percentage`);
  same(p.warnings.map((w) => w.code), [], `warnings for "${text}"`);
  same(formatSvPercent(p.value, d), text, `re-formatted ${p.value}`);
});

/** Characters the parser gives meaning to, so random text reaches its deeper branches. */
const NUMBERISH = [...'0123456789 ,-+%OoIlJ|krtmnoe.\u00a0\u2007\u2009\u202f\u2212\u2013\u2014'];
const anyText = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NUMBERISH), maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 300, maxLength: 400 }), // past Number's range
);

const KNOWN_CODES: ReadonlySet<string> = new Set(numberWarningCodes);

const neverThrows = syncProperty('never throws: a finite value with known warnings, or a bilingual reason', 2500, [anyText], (text) => {
  const p = parseSvNumber(text);
  if (!p.ok) {
    check(p.reason.sv.trim() !== '' && p.reason.en.trim() !== '', `empty reason for "${text}"`);
    return;
  }
  check(Number.isFinite(p.value) && !Object.is(p.value, -0), `"${text}" parsed to ${p.value}`);
  for (const w of p.warnings) check(KNOWN_CODES.has(w.code) && w.sv !== '' && w.en !== '', `bad warning ${JSON.stringify(w)} for "${text}"`);
});

/**
 * Slips people and OCR make, each applied to a clean formatted number with the warning it must
 * raise. `apply` returns undefined when the slip does not fit the number (no sign to misspell…).
 */
interface Slip {
  readonly code: (typeof numberWarningCodes)[number];
  apply(text: string, at: number): string | undefined;
}

const SLIPS: readonly Slip[] = [
  { code: 'dash-as-minus', apply: (t) => (t.startsWith('-') ? `\u2013${t.slice(1)}` : undefined) },
  { code: 'space-after-sign', apply: (t) => (t.startsWith('-') ? `- ${t.slice(1)}` : undefined) },
  {
    code: 'letter-for-digit',
    apply: (t, at) => {
      // Not the last character: a trailing l/I after decimals is read as a table rule instead.
      const spots = [...t.slice(0, -1)].flatMap((c, i) => (c === '0' || c === '1' ? [i] : []));
      if (spots.length === 0) return undefined;
      const i = spots[at % spots.length]!;
      return `${t.slice(0, i)}${t[i] === '0' ? 'O' : 'l'}${t.slice(i + 1)}`;
    },
  },
  { code: 'stray-mark', apply: (t) => (t.includes(',') ? `${t}l` : undefined) },
  {
    code: 'irregular-spacing',
    apply: (t, at) => {
      const spots = [...t].flatMap((c, i) => (c === ' ' ? [i] : []));
      if (spots.length === 0) return undefined;
      const i = spots[at % spots.length]!;
      return `${t.slice(0, i)} ${t.slice(i)}`;
    },
  },
  {
    code: 'missing-thousands-separator',
    apply: (t) => {
      // Dropping one separator of two or more leaves a group of six digits next to groups of three.
      const first = t.indexOf(' ');
      return first >= 0 && t.indexOf(' ', first + 1) >= 0 ? t.slice(0, first) + t.slice(first + 1) : undefined;
    },
  },
  {
    code: 'space-inside-group',
    apply: (t, at) => {
      const int = t.replace(/^-/, '').split(',')[0]!;
      if (!/^\d{1,3}( \d{3})+$/.test(int)) return undefined;
      // Split one group of three after its first digit: '1 163' → '1 1 63'.
      const groupStarts = [...int].flatMap((c, i) => (c === ' ' ? [i + 1] : []));
      const offset = t.startsWith('-') ? 1 : 0;
      const g = groupStarts[at % groupStarts.length]! + offset;
      return `${t.slice(0, g + 1)} ${t.slice(g + 1)}`;
    },
  },
  { code: 'space-before-comma', apply: (t) => (t.includes(',') ? t.replace(',', ' ,') : undefined) },
  { code: 'space-after-comma', apply: (t) => (t.includes(',') ? t.replace(',', ', ') : undefined) },
  { code: 'leading-zeros', apply: (t) => (/^-?[1-9]\d?(,|$)/.test(t) ? t.replace(/^(-?)/, '$10') : undefined) },
];

const slipsArb = fc.uniqueArray(fc.integer({ min: 0, max: SLIPS.length - 1 }), { maxLength: 4 });

const repairsAreWarned = syncProperty('a repaired number keeps its value and names every repair', 2500, [fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.integer({ min: 1, max: 3 }), slipsArb, fc.nat()], (x, d, slipIndices, at) => {
  const clean = formatSvNumber(x, { decimals: d });
  const want = parsed(clean).value;
  let text = clean;
  const expected = new Set<string>();
  for (const i of slipIndices) {
    const slip = SLIPS[i]!;
    const next = slip.apply(text, at);
    // Slips combine in order; one that no longer fits (the comma was already moved…) is skipped.
    if (next === undefined || !/\d/.test(next)) continue;
    text = next;
    expected.add(slip.code);
  }
  if (text === clean) expected.clear(); // a doubled space and a dropped one cancel out
  const p = parsed(text);
  const codes = new Set(p.warnings.map((w) => w.code));
  if (expected.size === 0) same([...codes], [], `warnings for clean "${text}"`);
  // Several slips may add up to another reading ('0,0l' with a space after the comma is no longer
  // a table rule but an l for 1); what must hold is that a repaired text never parses silently.
  if (expected.size > 0) check(codes.size > 0, () => `"${text}" (from "${clean}") was repaired without a warning`);
  if (expected.size <= 1) {
    check(p.value === want, () => `"${text}" (from "${clean}") parsed to ${p.value}, not ${want}`);
    if (expected.size === 1) check(codes.has([...expected][0]!), () => `"${text}" warned ${[...codes].join(', ')}, expected ${[...expected].join(', ')}`);
  }
});

/** Excel's and Intl's own spellings (no-break spaces, U+2212) are not slips: no warning. */
const excelSpellings = syncProperty('Excel/Intl spellings of a number parse cleanly', 1500, [fc.double({ min: -1e12, max: 1e12, noNaN: true }), fc.constantFrom('\u00a0', '\u202f', '\u2009'), fc.boolean()], (x, space, unicodeMinus) => {
  const clean = formatSvNumber(x, { decimals: 2 });
  let text = clean.replace(/ /g, space);
  if (unicodeMinus) text = text.replace(/^-/, '\u2212');
  const p = parsed(text);
  same(p.warnings.map((w) => w.code), [], `warnings for "${text}"`);
  check(p.value === parsed(clean).value, `"${text}" differs from "${clean}"`);
});

export const svNumberTarget: FuzzTarget = {
  name: 'sv-SE numbers',
  properties: [roundTripFixed, roundTripDefault, roundTripPercent, neverThrows, repairsAreWarned, excelSpellings],
};
