import { answer, isAppMessage, legacyContext, pseudoGuid, RUNTIME_CONFIG, themeChangeEvent, type HostState } from '../../../teams-app/src/teams-host/host-protocol';

const state: HostState = {
  theme: 'dark',
  locale: 'sv-SE',
  persona: { login: 'erik.berg@amn.local', title: 'Erik Berg', token: 'local-erik' },
  subEntityId: 'KRIM-05',
  teamName: 'Arbetsmarknadsnämnden',
  teamSiteUrl: 'http://127.0.0.1:1/sites/amn',
};
const uuid = '0b7c3c1e-3f1e-4c43-9f3a-1f6a2b8b9c01';

describe('the host side of the teams-js protocol', () => {
  test('initialize is answered with frame context, client type, a runtime config teams-js accepts, and a version', () => {
    const { reply, event } = answer({ id: 0, uuidAsString: uuid, func: 'initialize', args: ['2.58.0', 4, []] }, state);
    expect(reply).toEqual({ id: 0, uuidAsString: uuid, args: ['content', 'web', JSON.stringify(RUNTIME_CONFIG), '2.58.0'] });
    expect(JSON.parse(reply!.args[2] as string)).toMatchObject({ apiVersion: 4, supports: { pages: { tabs: {} } } });
    expect(event).toEqual({ kind: 'initialize', sdkVersion: '2.58.0' });
  });

  test('getContext carries theme, locale, user and the deep-link target in the host (legacy) shape', () => {
    const { reply } = answer({ id: 3, uuidAsString: uuid, func: 'getContext' }, state);
    expect(reply?.args[0]).toMatchObject({
      theme: 'dark',
      locale: 'sv-SE',
      subEntityId: 'KRIM-05',
      userPrincipalName: 'erik.berg@amn.local',
      userDisplayName: 'Erik Berg',
      frameContext: 'content',
      teamName: 'Arbetsmarknadsnämnden',
    });
    expect(legacyContext({ ...state, subEntityId: null })['subEntityId']).toBe('');
  });

  test('getAuthToken is answered [true, token] with the signed-in persona’s local token', () => {
    expect(answer({ id: 7, func: 'authentication.getAuthToken', args: [null, null, null, null] }, state)).toEqual({
      reply: { id: 7, args: [true, 'local-erik'] },
      event: { kind: 'token', login: 'erik.berg@amn.local' },
    });
  });

  test('one-way messages get no reply; unknown requests get teams-js’s "not supported" error', () => {
    expect(answer({ id: 4, func: 'registerHandler', args: ['themeChange'] }, state)).toEqual({ event: { kind: 'handler', name: 'themeChange' } });
    expect(answer({ id: 5, func: 'appInitialization.success', args: ['2.58.0'] }, state)).toEqual({ event: { kind: 'app', state: 'success' } });
    const { reply } = answer({ id: 6, uuidAsString: uuid, func: 'pages.navigateToApp', args: [] }, state);
    expect(reply?.args[0]).toMatchObject({ errorCode: 100 });
  });

  test('only well-formed app messages are taken', () => {
    expect([{ id: 1, func: 'x' }, { id: '1', func: 'x' }, { func: 'x' }, null, 'initialize', { id: 1, func: 'x', args: 'no' }].map(isAppMessage)).toEqual([
      true,
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test('a theme change is pushed as an event without an id', () => {
    expect(themeChangeEvent('contrast')).toEqual({ func: 'themeChange', args: ['contrast'] });
  });

  test('made-up object ids are stable and GUID-shaped', () => {
    expect(pseudoGuid('user:a')).toBe(pseudoGuid('user:a'));
    expect(pseudoGuid('user:a')).not.toBe(pseudoGuid('user:b'));
    expect(pseudoGuid('x')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-a[0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
