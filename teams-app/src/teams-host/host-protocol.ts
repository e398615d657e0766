// The host side of teams-js's postMessage protocol, just enough for the tab: the app sends
// `{ id, uuidAsString, func, args }`; a host answers requests with `{ id, uuidAsString, args }` and
// pushes events as `{ func, args }` without an id. Read from @microsoft/teams-js 2.x
// (internal/communication.js, internal/appHelpers.js, public/app/app.js, public/authentication.js)
// and its own test host (packages/teams-js/test/utils.ts, initializeWithContext).

export type HostTheme = 'default' | 'dark' | 'contrast';

export interface HostPersona {
  readonly login: string;
  readonly title: string;
  readonly token: string;
}

export interface HostState {
  readonly theme: HostTheme;
  /** BCP 47, e.g. 'sv-SE'. */
  readonly locale: string;
  readonly persona: HostPersona;
  /** The deep-link target handed to the tab as subEntityId (page.subPageId). */
  readonly subEntityId: string | null;
  readonly teamName: string;
  readonly teamSiteUrl: string;
}

/** A message from the app; only the fields the host reads. */
export interface AppMessage {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly func: string;
  readonly args?: readonly unknown[];
}

export interface HostReply {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly args: readonly unknown[];
}

export type HostEvent =
  | { readonly kind: 'initialize'; readonly sdkVersion: string }
  | { readonly kind: 'context' }
  | { readonly kind: 'token'; readonly login: string }
  | { readonly kind: 'handler'; readonly name: string }
  | { readonly kind: 'app'; readonly state: 'loaded' | 'success' | 'failure' }
  | { readonly kind: 'unsupported'; readonly func: string };

export const ENTITY_ID = 'namndstod-uppfoljning';
export const SDK_VERSION = '2.58.0';

/** What this host supports, in the runtime config format of apiVersion 4. */
export const RUNTIME_CONFIG = {
  apiVersion: 4,
  isLegacyTeams: false,
  hostVersionsInfo: { adaptiveCardSchemaVersion: { majorVersion: 1, minorVersion: 5 } },
  supports: {
    app: {},
    appInstallDialog: {},
    pages: { appButton: {}, tabs: {}, config: {}, backStack: {}, fullTrust: {} },
    teams: { fullTrust: {} },
    teamsCore: {},
  },
} as const;

/** A stable GUID-shaped id from a string, for object ids the host makes up. */
export function pseudoGuid(seed: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < seed.length; i++) {
    h1 = Math.imul(h1 ^ seed.charCodeAt(i), 16777619) >>> 0;
    h2 = Math.imul(h2 ^ seed.charCodeAt(i), 2246822519) >>> 0;
  }
  const hex = (h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0')).repeat(2);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The context in the (legacy) shape hosts send; teams-js turns it into app.Context. */
export function legacyContext(state: HostState): Record<string, unknown> {
  return {
    locale: state.locale,
    theme: state.theme,
    entityId: ENTITY_ID,
    subEntityId: state.subEntityId ?? '',
    frameContext: 'content',
    hostClientType: 'web',
    hostName: 'Teams',
    userPrincipalName: state.persona.login,
    loginHint: state.persona.login,
    userObjectId: pseudoGuid(`user:${state.persona.login}`),
    userDisplayName: state.persona.title,
    tid: pseudoGuid('tenant:local'),
    teamName: state.teamName,
    teamId: `19:${pseudoGuid('team')}@thread.tacv2`,
    groupId: pseudoGuid('group'),
    channelId: `19:${pseudoGuid('channel')}@thread.tacv2`,
    channelName: 'Allmänt',
    teamSiteUrl: state.teamSiteUrl,
    appSessionId: pseudoGuid(`session:${state.persona.login}`),
    sessionId: pseudoGuid('host-session'),
  };
}

export function isAppMessage(data: unknown): data is AppMessage {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as Record<string, unknown>;
  return typeof m['id'] === 'number' && typeof m['func'] === 'string' && (m['args'] === undefined || Array.isArray(m['args']));
}

function reply(message: AppMessage, args: readonly unknown[]): HostReply {
  return message.uuidAsString === undefined ? { id: message.id, args } : { id: message.id, uuidAsString: message.uuidAsString, args };
}

/** Messages the app sends without waiting for an answer. */
const ONE_WAY = new Set(['registerHandler', 'appInitialization.appLoaded', 'appInitialization.success', 'appInitialization.failure', 'appInitialization.expectedFailure']);

/** The host's answer to one app message (if it needs one) and what happened, for the harness log. */
export function answer(message: AppMessage, state: HostState): { reply?: HostReply; event: HostEvent } {
  const args = message.args ?? [];
  switch (message.func) {
    case 'initialize':
      return {
        reply: reply(message, ['content', 'web', JSON.stringify(RUNTIME_CONFIG), SDK_VERSION]),
        event: { kind: 'initialize', sdkVersion: String(args[0] ?? '') },
      };
    case 'getContext':
      return { reply: reply(message, [legacyContext(state)]), event: { kind: 'context' } };
    case 'authentication.getAuthToken':
      // [success, token]: the persona's local token stands in for the Teams SSO token.
      return { reply: reply(message, [true, state.persona.token]), event: { kind: 'token', login: state.persona.login } };
    case 'registerHandler':
      return { event: { kind: 'handler', name: String(args[0] ?? '') } };
    case 'appInitialization.appLoaded':
      return { event: { kind: 'app', state: 'loaded' } };
    case 'appInitialization.success':
      return { event: { kind: 'app', state: 'success' } };
    case 'appInitialization.failure':
    case 'appInitialization.expectedFailure':
      return { event: { kind: 'app', state: 'failure' } };
    default:
      if (ONE_WAY.has(message.func)) return { event: { kind: 'unsupported', func: message.func } };
      // teams-js reads an SdkError in the first argument as "not supported here".
      return {
        reply: reply(message, [{ errorCode: 100, message: `${message.func} is not supported by the local Teams host` }]),
        event: { kind: 'unsupported', func: message.func },
      };
  }
}

/** The event a host pushes when the person switches theme. */
export function themeChangeEvent(theme: HostTheme): { func: 'themeChange'; args: [HostTheme] } {
  return { func: 'themeChange', args: [theme] };
}
