// The chat service: a Teams SDK App with the status handlers, over HTTP.
//  - production: the SDK validates every activity's JWT (Bot Framework / Entra) against the
//    bot's app id; credentials come from the environment (CLIENT_ID, CLIENT_SECRET or
//    MANAGED_IDENTITY_CLIENT_ID, TENANT_ID) and SharePoint is reached app-only (see
//    sharepoint-access.ts);
//  - local: token validation is off, so the service only ever binds to 127.0.0.1, calls back only
//    to connectors on 127.0.0.1, says so at start-up, and writes to the local list service with
//    a local persona token.

import type { SPFI } from '@pnp/sp';
import { App } from '@microsoft/teams.apps';
import type { ILogger } from '@microsoft/teams.common';
import { DEFAULT_PERSONAS } from '../local-sharepoint/personas';
import { INTERACTIVE_RETRY, type RetryOptions } from '../data/retry';
import { createSp, type SpAuth } from '../data/sp';
import { LoopbackHttpAdapter } from './http-adapter';
import { createIdentityResolver, type IdentityResolver } from './identity';
import { appOnlySharePointAuth } from './sharepoint-access';
import { registerStatusBot } from './status-bot';
import { createTargetDirectory } from './targets';

export const DEFAULT_CHAT_PORT = 3978;
export const MESSAGING_PATH = '/api/messages';

export interface ChatServiceOptions {
  /** The nämnd's site, e.g. https://contoso.sharepoint.com/sites/amn or the local service's site URL. */
  readonly siteUrl: string;
  /** Skip Teams token validation (this machine only). */
  readonly local: boolean;
  /** 3978 by default; 0 picks a free port. */
  readonly port?: number;
  /** 127.0.0.1 by default. Production behind a proxy or in a container may set 0.0.0.0; local mode refuses anything but loopback. */
  readonly host?: string;
  /** Local mode: the list service token the bot writes with (default: the local site admin's). */
  readonly spToken?: string;
  /** Production: how to get SharePoint tokens (default: app-only through the bot's own identity). */
  readonly spAuth?: SpAuth;
  /** Production credentials; each defaults to the SDK's environment variable. Never put them in the repository. */
  readonly clientId?: string;
  readonly clientSecret?: string;
  readonly tenantId?: string;
  readonly managedIdentityClientId?: string;
  readonly retry?: RetryOptions;
  /** One English line per event worth knowing about. */
  readonly log?: (line: string) => void;
  readonly now?: () => Date;
  readonly newId?: () => string;
  readonly postAttempts?: number;
  readonly postRetryDelayMs?: number;
}

export interface ChatService {
  /** `http://127.0.0.1:<port>` */
  readonly url: string;
  /** Where Teams (or the harness) posts activities: `<url>/api/messages`. */
  readonly messagingUrl: string;
  readonly mode: 'local' | 'production';
  readonly app: App;
  readonly identity: IdentityResolver;
  close(): Promise<void>;
}

const LOOPBACK = /^(127\.0\.0\.1|localhost|::1)$/i;

/** The SDK's log lines as ours: warnings and errors only, in English, one line each. */
function sdkLogger(log: (line: string) => void, name = 'teams'): ILogger {
  const line = (level: string, msg: unknown[]) =>
    log(`${name} ${level}: ${msg.map((m) => (m instanceof Error ? m.message : typeof m === 'string' ? m : JSON.stringify(m))).join(' ')}`);
  const logger: ILogger = {
    debug: () => undefined,
    info: () => undefined,
    trace: () => undefined,
    warn: (...msg: unknown[]) => line('warn', msg),
    error: (...msg: unknown[]) => line('error', msg),
    log: (level, ...msg: unknown[]) => {
      if (level === 'warn' || level === 'error') line(level, msg);
    },
    child: (child: string) => sdkLogger(log, `${name}/${child}`),
  };
  return logger;
}

function localToken(options: ChatServiceOptions): string {
  if (options.spToken) return options.spToken;
  const admin = DEFAULT_PERSONAS.find((p) => p.isSiteAdmin);
  if (!admin) throw new Error('No local site admin persona to write with; pass spToken');
  return admin.token;
}

export async function startChatService(options: ChatServiceOptions): Promise<ChatService> {
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const local = options.local;
  const host = options.host ?? '127.0.0.1';
  if (local && !LOOPBACK.test(host)) {
    throw new Error(`Local mode skips Teams token validation, so it only listens on 127.0.0.1, not on '${host}'`);
  }
  const clientId = local ? '' : (options.clientId ?? process.env.CLIENT_ID);
  if (!local && !clientId) {
    throw new Error('Production mode needs the bot’s app id (CLIENT_ID) and a credential (CLIENT_SECRET or MANAGED_IDENTITY_CLIENT_ID) to validate Teams’ tokens');
  }

  const adapter = new LoopbackHttpAdapter({
    host,
    log,
    loopbackServiceUrlOnly: local,
    get: { '/healthz': () => ({ ok: true, mode: local ? 'local' : 'production' }) },
  });
  const app = new App({
    httpServerAdapter: adapter,
    logger: sdkLogger(log),
    // Passed explicitly so the DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS variable cannot turn
    // validation off in production.
    dangerouslyAllowUnauthenticatedRequests: local,
    activity: { mentions: { stripText: true } },
    // An empty id keeps CLIENT_ID from the environment out of local mode (the SDK would try to
    // fetch Bot Framework tokens for calls to the local connector).
    clientId: clientId ?? '',
    ...(local
      ? {}
      : {
          ...(options.clientSecret !== undefined ? { clientSecret: options.clientSecret } : {}),
          ...(options.tenantId !== undefined ? { tenantId: options.tenantId } : {}),
          ...(options.managedIdentityClientId !== undefined ? { managedIdentityClientId: options.managedIdentityClientId } : {}),
        }),
  });

  const auth: SpAuth = local ? { token: localToken(options) } : (options.spAuth ?? appOnlySharePointAuth(app, options.siteUrl));
  const sp: SPFI = createSp({ siteUrl: options.siteUrl, auth, retry: options.retry ?? INTERACTIVE_RETRY });
  const identity = createIdentityResolver({ sp });
  registerStatusBot(app, {
    sp,
    identity,
    directory: createTargetDirectory(sp),
    now: options.now ?? (() => new Date()),
    newId: options.newId ?? (() => globalThis.crypto.randomUUID()),
    log,
    ...(options.postAttempts !== undefined ? { postAttempts: options.postAttempts } : {}),
    ...(options.postRetryDelayMs !== undefined ? { postRetryDelayMs: options.postRetryDelayMs } : {}),
  });

  await app.initialize();
  await adapter.start(options.port ?? DEFAULT_CHAT_PORT);
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${adapter.listeningPort}`;
  if (local) {
    log(
      `Chat service in LOCAL mode on ${url}${MESSAGING_PATH}: Teams token validation is OFF, so it listens on ${host} only and ` +
        `calls back only to connectors on this machine. SharePoint: ${options.siteUrl} with a local persona token.`,
    );
  } else {
    log(`Chat service on ${url}${MESSAGING_PATH}: Teams token validation is ON (app ${clientId}). SharePoint: ${options.siteUrl} (app-only).`);
  }
  return {
    url,
    messagingUrl: `${url}${MESSAGING_PATH}`,
    mode: local ? 'local' : 'production',
    app,
    identity,
    close: () => adapter.stop(),
  };
}
