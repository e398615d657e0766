// The tab's only contact with teams-js. Inside Teams (or the local Teams host harness) it gives
// the theme, locale, user and deep-link target, follows theme changes, and asks the host for a
// token. Outside Teams it says so quickly: app.initialize() rejects at once in a top-level window,
// but inside a frame whose parent never answers it waits 60 s (ecosystem.md §3.2), so a framed
// page races it against a short timeout and falls back to a plain page.

import { app, authentication } from '@microsoft/teams-js';

export type TeamsTheme = 'default' | 'dark' | 'contrast';

export interface TeamsSession {
  readonly inTeams: true;
  readonly theme: TeamsTheme;
  /** BCP 47, e.g. 'sv-SE'. */
  readonly locale: string;
  /** The deep-link target (the manifest's subEntityId / page.subPageId). */
  readonly subPageId: string | undefined;
  readonly userPrincipalName: string | undefined;
  readonly userDisplayName: string | undefined;
  onThemeChange(handler: (theme: TeamsTheme) => void): void;
  /** The host's SSO token for this app (the local harness answers with the persona's local token). */
  getAuthToken(): Promise<string>;
}

export interface Standalone {
  readonly inTeams: false;
  /** Not framed at all, framed by a page that never answered, or a host that refused. */
  readonly reason: 'not-framed' | 'no-answer' | 'failed';
  readonly detail?: string;
}

/** Long enough for a real Teams client on a slow machine, short enough that nobody waits for it. */
export const HOST_ANSWER_TIMEOUT_MS = 3000;

export function asTheme(value: string | undefined): TeamsTheme {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

function framed(): boolean {
  try {
    return window.parent !== window || window.opener !== null;
  } catch {
    // A cross-origin parent can make even the comparison throw in old engines: that is a frame.
    return true;
  }
}

export async function connectToHost(options: { validOrigins?: readonly string[]; timeoutMs?: number } = {}): Promise<TeamsSession | Standalone> {
  if (!framed()) return { inTeams: false, reason: 'not-framed' };
  const timeoutMs = options.timeoutMs ?? HOST_ANSWER_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), timeoutMs);
  });
  try {
    const outcome = await Promise.race([app.initialize([...(options.validOrigins ?? [])]).then(() => 'ok' as const), timeout]);
    if (outcome === 'timeout') return { inTeams: false, reason: 'no-answer' };
    const context = await app.getContext();
    return {
      inTeams: true,
      theme: asTheme(context.app.theme),
      locale: context.app.locale || 'sv-SE',
      subPageId: context.page.subPageId || undefined,
      userPrincipalName: context.user?.userPrincipalName,
      userDisplayName: context.user?.displayName,
      onThemeChange: (handler) => app.registerOnThemeChangeHandler((theme) => handler(asTheme(theme))),
      getAuthToken: () => authentication.getAuthToken(),
    };
  } catch (e) {
    return { inTeams: false, reason: 'failed', detail: e instanceof Error ? e.message : String(e) };
  } finally {
    clearTimeout(timer);
  }
}

/** Tells the host the tab has loaded (Teams hides its own loading indicator on this). */
export function notifyLoaded(session: TeamsSession | Standalone): void {
  if (session.inTeams) void app.notifySuccess();
}
