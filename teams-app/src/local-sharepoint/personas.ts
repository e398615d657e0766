// Local identities. A request's bearer token names one of these people; the service keeps them as
// site users (stable ids) so people columns, `currentuser` and `ensureuser` work as on the tenant.
// Tokens are plain local strings, never secrets: the service only listens on 127.0.0.1.

export interface Persona {
  readonly token: string;
  /** The user principal name, e.g. `anna.lind@amn.local`. */
  readonly login: string;
  readonly title: string;
  readonly email?: string;
  readonly isSiteAdmin?: boolean;
  /** SharePoint-group-like roles, handed to the authorize hook (e.g. `Nämndstöd Ägare`). */
  readonly groups?: readonly string[];
}

export const DEFAULT_PERSONAS: readonly Persona[] = [
  {
    token: 'local-anna',
    login: 'anna.lind@amn.local',
    title: 'Anna Lind',
    isSiteAdmin: true,
    groups: ['Nämndstöd Ägare', 'Nämndstöd Medlemmar'],
  },
  { token: 'local-erik', login: 'erik.berg@amn.local', title: 'Erik Berg', groups: ['Nämndstöd Medlemmar'] },
  { token: 'local-sara', login: 'sara.holm@amn.local', title: 'Sara Holm', groups: ['Nämndstöd Medlemmar'] },
  { token: 'local-olof', login: 'olof.nyman@amn.local', title: 'Olof Nyman', groups: ['Nämndstöd Besökare'] },
];

/** SharePoint Online's claims login for a member: `i:0#.f|membership|<upn>`. */
export function claimsLogin(upn: string): string {
  return `i:0#.f|membership|${upn}`;
}

/** `i:0#.f|membership|x@y`, `membership|x@y` or `x@y` → `x@y` (lower case). */
export function upnFromLogin(login: string): string {
  const bar = login.lastIndexOf('|');
  return (bar >= 0 ? login.slice(bar + 1) : login).trim().toLowerCase();
}

export function checkPersonas(personas: readonly Persona[]): void {
  const tokens = new Set<string>();
  const logins = new Set<string>();
  for (const p of personas) {
    if (typeof p !== 'object' || p === null) throw new Error('Every persona must be an object');
    if (typeof p.token !== 'string' || !p.token || /\s/.test(p.token)) throw new Error(`Persona ${String(p.login)}: the token must be non-empty text without spaces`);
    if (typeof p.login !== 'string' || !/^[^@\s|]+@[^@\s|]+$/.test(p.login)) throw new Error(`Persona login '${String(p.login)}' must look like name@domain`);
    if (typeof p.title !== 'string' || p.title.trim() === '') throw new Error(`Persona ${p.login} needs a title (the display name)`);
    if (p.groups !== undefined && (!Array.isArray(p.groups) || p.groups.some((g) => typeof g !== 'string'))) {
      throw new Error(`Persona ${p.login}: groups must be a list of group names`);
    }
    if (tokens.has(p.token)) throw new Error(`Two personas share the token '${p.token}'`);
    if (logins.has(p.login.toLowerCase())) throw new Error(`Two personas share the login '${p.login}'`);
    tokens.add(p.token);
    logins.add(p.login.toLowerCase());
  }
}
