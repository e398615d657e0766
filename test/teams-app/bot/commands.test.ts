import { mentionedExternalIds, parseCommand, plainText } from '../../../teams-app/src/bot/commands';

describe('parseCommand', () => {
  test.each([
    ['status VBE2021-03', { kind: 'status', ref: 'VBE2021-03' }],
    ['  Status   IKP-2022-01. ', { kind: 'status', ref: 'IKP-2022-01' }],
    ['<at>Nämndstöd</at> status KRIM-05', { kind: 'status', ref: 'KRIM-05' }],
    ['rapportera spangen', { kind: 'status', ref: 'spangen' }],
    ['mina åtgärder', { kind: 'mine' }],
    ['Mina', { kind: 'mine' }],
    ['försenade', { kind: 'delayed' }],
    ['FÖRSENADE', { kind: 'delayed' }],
    ['hjälp', { kind: 'help' }],
    ['', { kind: 'help' }],
    ['&nbsp;', { kind: 'help' }],
    ['status', { kind: 'unknown', text: 'status' }],
    ['status VBE2021-03 och mer', { kind: 'unknown', text: 'status VBE2021-03 och mer' }],
    ['hej &amp; hå', { kind: 'unknown', text: 'hej & hå' }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  test('no text at all is a request for help', () => {
    expect(parseCommand(undefined)).toEqual({ kind: 'help' });
  });
});

describe('mentionedExternalIds', () => {
  test('item ids in a message, in order, once each, at most five', () => {
    expect(mentionedExternalIds('<p>Hur går det med <b>VBE2021-03</b> och IKP-2022-01? Och VBE2021-03 igen.</p>')).toEqual(['VBE2021-03', 'IKP-2022-01']);
    expect(mentionedExternalIds('KOMP2022-01, KRIM-05 och PRJ-2019-10')).toEqual(['KOMP2022-01', 'KRIM-05', 'PRJ-2019-10']);
    expect(mentionedExternalIds('A-1 B-2 CC-3 DD-4 EE-5 FF-6 GG-7')).toEqual(['CC-3', 'DD-4', 'EE-5', 'FF-6', 'GG-7']);
    expect(mentionedExternalIds('inga id:n här, bara 2021-03-01 och T2')).toEqual([]);
  });

  test('plainText drops mentions, tags and entities', () => {
    expect(plainText('<at>Nämndstöd</at>&nbsp;<b>status</b>   X')).toBe('status X');
  });
});
