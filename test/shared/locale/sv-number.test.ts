import { numberWarningCodes, parseSvNumber, type ParsedNumber } from '../../../shared/locale';

function ok(text: string) {
  const p = parseSvNumber(text);
  if (!p.ok) throw new Error(`expected "${text}" to parse, got: ${p.reason.en}`);
  return p;
}

function codes(p: ParsedNumber): string[] {
  return p.ok ? p.warnings.map((w) => w.code) : [];
}

describe('parseSvNumber: strict sv-SE forms parse with no warnings', () => {
  // Every form from templates.md §0.1 and nyckeltal-and-reports.md §C that is a plain number.
  it.each<[string, number, boolean?, string?]>([
    ['1 163,6', 1163.6],
    ['-82,6', -82.6],
    ['-168,3', -168.3],
    ['0,0', 0],
    ['0', 0],
    ['0,00', 0],
    ['4,0', 4],
    ['96,4', 96.4],
    ['0,75', 0.75],
    ['1,05', 1.05],
    ['1,056', 1.056],
    ['0,80', 0.8],
    ['1 393,1', 1393.1],
    ['6 018', 6018],
    ['361 652', 361652],
    ['5 721', 5721],
    ['1 429 600', 1429600],
    ['979 600', 979600],
    ['6 105 006,28', 6105006.28],
    ['1 395 200 000,00', 1395200000],
    ['-15 280 134,95', -15280134.95],
    ['208 246 535,73', 208246535.73],
    ['-109 479 828,20', -109479828.2],
    ['8724', 8724],
    ['1855068,23', 1855068.23],
    ['+5', 5],
  ])('%s → %d', (text, value) => {
    const p = ok(text);
    expect(p.value).toBe(value);
    expect(p.percent).toBe(false);
    expect(p.unit).toBeUndefined();
    expect(p.warnings).toEqual([]);
  });

  it.each<[string, number]>([
    ['72,9%', 0.729],
    ['91,7%', 0.917],
    ['6,45%', 0.0645],
    ['1,75%', 0.0175],
    ['72%', 0.72],
    ['0,0%', 0],
    ['-5,9%', -0.059],
    ['100%', 1],
  ])('percent %s → fraction %d, exactly', (text, value) => {
    const p = ok(text);
    expect(p.value).toBe(value);
    expect(p.percent).toBe(true);
    expect(p.warnings).toEqual([]);
  });

  it.each<[string, number, 'kr' | 'tkr' | 'mnkr']>([
    ['240 tkr', 240, 'tkr'],
    ['1 163,6 mnkr', 1163.6, 'mnkr'],
    ['979 600 kr', 979600, 'kr'],
    ['24 250 660 kr', 24250660, 'kr'],
    ['450 000 Kr', 450000, 'kr'],
    ['0 kr', 0, 'kr'],
    ['5 kronor', 5, 'kr'],
    ['-4,5 mnkr', -4.5, 'mnkr'],
    ['12tkr', 12, 'tkr'],
  ])('unit %s → %d %s, not scaled', (text, value, unit) => {
    const p = ok(text);
    expect([p.value, p.unit, p.percent, p.warnings]).toEqual([value, unit, false, []]);
  });

  // What Excel and Intl.NumberFormat('sv-SE') emit: accepted as they are, since nothing was repaired.
  it.each<[string, number, boolean]>([
    ['1\u00a0163,6', 1163.6, false],
    ['1\u202f395\u202f200\u202f000,00', 1395200000, false],
    ['\u221282,6', -82.6, false],
    ['\u22121\u00a0163,6', -1163.6, false],
    ['72,9\u00a0%', 0.729, true],
    ['72,9 %', 0.729, true],
    ['  1 163,6  ', 1163.6, false],
  ])('Excel/Intl variant %j → %d', (text, value, percent) => {
    const p = ok(text);
    expect([p.value, p.percent, p.warnings]).toEqual([value, percent, []]);
  });

  it('agrees with what Intl.NumberFormat(sv-SE) prints', () => {
    const nf = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    for (const x of [-15280134.95, 1395200000, 0.5, -82.6, 1163.6]) {
      const p = ok(nf.format(x));
      expect([p.value, p.warnings]).toEqual([x, []]);
    }
    const pf = new Intl.NumberFormat('sv-SE', { style: 'percent', minimumFractionDigits: 1 });
    expect(ok(pf.format(0.729)).value).toBe(0.729);
  });

  it('gives negative zero as plain zero', () => {
    expect(Object.is(ok('-0,0').value, 0)).toBe(true);
    expect(Object.is(ok('-0%').value, 0)).toBe(true);
  });
});

describe('parseSvNumber: OCR and typing slips give the likely value and say what was repaired', () => {
  it.each<[string, number, string[], { percent?: boolean; unit?: string }?]>([
    // templates.md §0.1 "digits"
    ['00', 0, ['dropped-decimal-comma']],
    ['O kr', 0, ['letter-for-digit'], { unit: 'kr' }],
    // In the 2019 ledger the row reads "o,ool o,ool o,ooJ" where every other row has 0,00: the last
    // letter is the printed table rule, not a digit 1.
    ['o,ool', 0, ['stray-mark', 'letter-for-digit']],
    ['o,ooJ', 0, ['stray-mark', 'letter-for-digit']],
    ['1l0', 110, ['letter-for-digit']],
    // templates.md §0.1 "spacing"
    ['1410480 134,95', 1410480134.95, ['missing-thousands-separator']],
    ['-532 831181,25', -532831181.25, ['missing-thousands-separator']],
    ['30 399 420, 12', 30399420.12, ['space-after-comma']],
    ['877 640 666, 11', 877640666.11, ['space-after-comma']],
    ['-90 003 957 ,50', -90003957.5, ['space-before-comma']],
    ['883 7 45 672,39', 883745672.39, ['space-inside-group']],
    ['1  163,6', 1163.6, ['irregular-spacing']],
    // leading zeros and other slips
    ['007', 7, ['leading-zeros']],
    ['000', 0, ['dropped-decimal-comma']],
    ['0 163,6', 163.6, ['leading-zeros']],
    ['00,5', 0.5, ['leading-zeros']],
    ['\u201382,6', -82.6, ['dash-as-minus']],
    ['- 82,6', -82.6, ['space-after-sign']],
    ['0 0,0%', 0, ['space-inside-group', 'leading-zeros'], { percent: true }],
  ])('%j → %d with %j', (text, value, expected, extra = {}) => {
    const p = ok(text);
    expect(p.value).toBe(value);
    expect(codes(p)).toEqual(expected);
    expect(p.percent).toBe(extra.percent ?? false);
    expect(p.unit).toBe(extra.unit);
    for (const w of p.warnings) {
      expect(numberWarningCodes).toContain(w.code);
      expect(w.sv.length).toBeGreaterThan(5);
      expect(w.en.length).toBeGreaterThan(5);
      expect(w.sv).not.toBe(w.en);
    }
  });

  it('names the letters it read as digits, in both languages', () => {
    const p = ok('O kr');
    expect(p.warnings[0]).toEqual({
      code: 'letter-for-digit',
      sv: 'bokstäver i stället för siffror (läst "O" som 0)',
      en: 'letters instead of digits (read "O" as 0)',
    });
  });

  it('has Swedish and English text for every warning code it can give', () => {
    const seen = new Set<string>();
    for (const t of ['00', 'O kr', 'o,ool', '1410480 134,95', '30 399 420, 12', '-90 003 957 ,50', '883 7 45 672,39', '1  2', '007', '\u20131', '- 1']) {
      for (const c of codes(parseSvNumber(t))) seen.add(c);
    }
    expect([...seen].sort()).toEqual([...numberWarningCodes].sort());
  });
});

describe('parseSvNumber: text that is no number is refused with a reason', () => {
  it.each([
    'abc',
    '4,0,0',
    '--3',
    '',
    '   ',
    '-',
    '%',
    'kr',
    ',5',
    '5,',
    '1,2 3',
    'Inte bestämt',
    'okänt',
    'Ca: 90 %',
    '7, 8 miljoner kr',
    '5 kr%',
    '72,9%%',
    'I',
    '1e5',
    'Infinity',
    'NaN',
    '(82,6)',
    '82,6-',
    '121 26 Stockholm',
  ])('%j', (text) => {
    const p = parseSvNumber(text);
    expect(p.ok).toBe(false);
    if (p.ok) return;
    expect(p.reason.sv).not.toBe('');
    expect(p.reason.en).not.toBe('');
    expect(p.reason.sv).not.toBe(p.reason.en);
  });

  it('refuses digits too many to be a finite number', () => {
    const p = parseSvNumber('9'.repeat(400));
    expect(p.ok ? p.value : p.reason.en).toMatch(/too large/);
  });

  it('quotes the text in the reason', () => {
    expect(parseSvNumber('abc')).toEqual({ ok: false, reason: { sv: '"abc" är inget tal', en: '"abc" is not a number' } });
  });

  it('says to use a decimal comma when the text has a decimal point', () => {
    for (const text of ['1.5', '1,163.6', '-0.729']) {
      const p = parseSvNumber(text);
      expect(p.ok ? undefined : p.reason.sv).toContain('decimalkomma');
      expect(p.ok ? undefined : p.reason.en).toContain('decimal comma');
    }
  });
});
