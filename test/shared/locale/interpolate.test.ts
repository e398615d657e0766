import { interpolate, percent } from '../../../shared/locale';

describe('interpolate', () => {
  it('fills every placeholder in the language asked for, and leaves an unknown one visible', () => {
    const data = { amount: -1163.6, share: percent(0.729), why: { sv: 'för sent', en: 'too late' }, name: 'Jobbtorg' };
    expect(interpolate('{{name}}: {{amount}} mnkr, {{share}}, {{why}}{{missing}}.', data, 'sv')).toBe('Jobbtorg: -1 163,6 mnkr, 72,9%, för sent{{missing}}.');
    expect(interpolate('{{name}}: {{amount}}, {{share}}, {{why}}', data, 'en')).toBe('Jobbtorg: -1,163.6, 72.9%, too late');
    expect(interpolate('{{a}}{{a}}', { a: 1 }, 'sv')).toBe('11');
    expect(interpolate('utan platshållare', undefined, 'sv')).toBe('utan platshållare');
  });
});
