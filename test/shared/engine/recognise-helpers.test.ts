import fc from 'fast-check';
import { fold, labelledYears } from '../../../shared/engine';

describe('fold', () => {
  it('drops diacritics so the OCR editions match the clean ones', () => {
    expect(fold('Uppföljning av investeringsbudget')).toBe(fold('Uppfoljning av investeringsbudget'));
  });

  it('joins words hyphenated across a wrapped line or a space', () => {
    expect(fold('Resultat-\nenheternas\nbruttobudget')).toBe('resultatenheternas bruttobudget');
    expect(fold('Samhällsväglednin- g')).toBe('samhallsvagledning');
  });

  it('keeps a dash between words with spaces on both sides', () => {
    expect(fold('Uppföljning av budget 2019 - verksamhetsberättelse')).toBe('uppfoljning av budget 2019 - verksamhetsberattelse');
  });

  it('takes its short cut for plain text only where the full folding would change nothing else', () => {
    // The full folding, as fold worked before its short cut for plain ASCII labels.
    const full = (t: string) =>
      t.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/(\w)-\s+(\w)/g, '$1$2').replace(/\s+/g, ' ').trim();
    const piece = fc.constantFrom('Projekt', ' ', '  ', '-', '- ', '-\r', '\t', '\n', '\v', '\f', '\r', '\x01', '\x7f', 'a', 'B', '12', 'ö', '\u00a0', '(-)', 'Summa');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (t) => fold(t) === full(t)),
      { seed: 20261123, numRuns: 2000 },
    );
  });
});

describe('labelledYears', () => {
  const LABELS = /utfall|vp|prognos|plan|utgift|avvik/;

  it('pairs each label with the year after it', () => {
    expect(labelledYears('VP 2017\nUtgift\n2019', LABELS)).toEqual([
      { label: 'vp', digits: '2017', year: 2017 },
      { label: 'utgift', digits: '2019', year: 2019 },
    ]);
    expect(labelledYears('Prognos \n2021', LABELS)).toEqual([{ label: 'prognos', digits: '2021', year: 2021 }]);
  });

  it('keeps digits that are no year, so a rule can name the slip', () => {
    expect(labelledYears('Plan 20223', LABELS)).toEqual([{ label: 'plan', digits: '20223', year: undefined }]);
  });

  it('ignores years with no label and labels with no year', () => {
    expect(labelledYears('2019', LABELS)).toEqual([]);
    expect(labelledYears('Avvikelse', LABELS)).toEqual([]);
    expect(labelledYears('Prognos (mnkr)', LABELS)).toEqual([]);
  });
});
