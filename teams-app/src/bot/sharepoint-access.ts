// How the chat service reaches SharePoint. The bot writes as itself, never as the Teams user:
// an activity carries no token for the user, and a status post must record the user (postedBy)
// anyway. So SharePoint sees the app, and the per-person rule (only the item's ansvarig or a
// manager may post) is the data layer's: postStatus runs the shared authorizeWrite for the
// resolved nämnd user before it writes anything.
//
// What production needs for that:
//  - the bot's Entra app (the same CLIENT_ID) with the SharePoint application permission
//    Sites.Selected, admin-consented, and a site permission with role "write" on the nämnd's
//    site only (Graph: POST /sites/{site-id}/permissions) — no tenant-wide Sites.ReadWrite.All;
//  - a credential SharePoint accepts for app-only tokens: a managed identity
//    (MANAGED_IDENTITY_CLIENT_ID) or a certificate. SharePoint Online refuses app-only tokens
//    obtained with a client secret, so a secret alone (fine for the Bot Framework) is not enough
//    here; pass `getToken` from a certificate-based MSAL client in that case.
// Nothing of this is in the repository: ids come from the environment, secrets from the host.

import type { App } from '@microsoft/teams.apps';
import type { SpAuth } from '../data/sp';

/** `https://contoso.sharepoint.com/sites/amn` → an app-only token for `https://contoso.sharepoint.com/.default`. */
export function appOnlySharePointAuth(app: App, siteUrl: string): SpAuth {
  const scope = `${new URL(siteUrl).origin}/.default`;
  return {
    getToken: async () => {
      const token = await app.tokenProvider.getAppToken(scope);
      if (!token) throw new Error(`No app-only token for ${scope}: configure a managed identity or a certificate for the bot's app registration`);
      return token.toString();
    },
  };
}
