// Who is writing, as the nämnd's site knows them. A Teams activity names its sender by Teams id
// and Entra object id only; the UPN comes from the conversation roster (the Bot Connector's
// members API), and the UPN gives the site user (ensureUser) with their groups, which decide
// whether they are a manager. The answer is kept for a few minutes per person, so a burst of
// posts costs one lookup; a changed group membership applies after at most that long.

import type { SPFI } from '@pnp/sp';
import type { NamndUser } from '../../../shared/lists';
import type { Localized } from '../../../shared/locale';
import { httpStatusOf } from '../data/errors';
import { namndUserByLogin } from '../data/users';

export interface ChatUser {
  readonly user: NamndUser;
  /** The name Teams shows for them. */
  readonly name: string;
}

/** The parts of a Teams account the resolver reads (the activity's `from`, a roster entry). */
export interface TeamsAccount {
  readonly id: string;
  readonly name?: string;
  readonly aadObjectId?: string;
  readonly userPrincipalName?: string;
  readonly email?: string;
}

export interface IdentityRequest {
  readonly from: TeamsAccount;
  /** The roster entry for `from` (the Bot Connector's `GET /v3/conversations/{id}/members/{userId}`). */
  readonly lookupMember: () => Promise<TeamsAccount>;
}

export class IdentityError extends Error {
  constructor(
    readonly reason: Localized,
    override readonly cause?: unknown,
  ) {
    super(reason.en);
    this.name = 'IdentityError';
  }
}

export interface IdentityResolver {
  resolve(request: IdentityRequest): Promise<ChatUser>;
}

export const IDENTITY_TTL_MS = 5 * 60_000;

export function createIdentityResolver(options: { sp: SPFI; ttlMs?: number; now?: () => number }): IdentityResolver {
  const ttl = options.ttlMs ?? IDENTITY_TTL_MS;
  const now = options.now ?? Date.now;
  const cache = new Map<string, { value: ChatUser; until: number }>();

  async function lookup(request: IdentityRequest): Promise<ChatUser> {
    let member: TeamsAccount;
    try {
      member = await request.lookupMember();
    } catch (error) {
      throw new IdentityError(
        {
          sv: 'Jag kunde inte ta reda på vem du är i Teams, så ingenting har sparats. Försök igen om en stund.',
          en: 'I could not find out who you are in Teams, so nothing was saved. Try again shortly.',
        },
        error,
      );
    }
    const login = member.userPrincipalName ?? member.email;
    if (!login) {
      throw new IdentityError({
        sv: 'Teams angav inget användarnamn för dig, så jag kan inte koppla dig till nämndens webbplats. Ingenting har sparats.',
        en: 'Teams gave no user name for you, so I cannot match you to the nämnd’s site. Nothing was saved.',
      });
    }
    let user: NamndUser;
    try {
      user = await namndUserByLogin(options.sp, login);
    } catch (error) {
      if (httpStatusOf(error) === 404) {
        throw new IdentityError(
          {
            sv: `Du (${login}) finns inte bland användarna på nämndens SharePoint-webbplats. Be nämndens administratör att ge dig behörighet.`,
            en: `You (${login}) are not among the users of the nämnd’s SharePoint site. Ask the nämnd’s administrator for access.`,
          },
          error,
        );
      }
      throw error;
    }
    return { user, name: request.from.name ?? member.name ?? user.title ?? login };
  }

  return {
    async resolve(request) {
      const key = request.from.aadObjectId ?? request.from.id;
      const hit = cache.get(key);
      if (hit && hit.until > now()) return hit.value;
      const value = await lookup(request);
      cache.set(key, { value, until: now() + ttl });
      return value;
    },
  };
}
