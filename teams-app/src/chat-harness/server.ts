// The local chat harness: plays the Teams client and the Teams service for the chat service.
//  - the page (dist/web/chat-harness): a conversation, a switch between the local personas, cards
//    rendered with Microsoft's adaptivecards renderer, the "Rapportera status" message extension;
//  - /harness/*: what the page asks of "Teams" — deliver a message or an invoke to the bot as a
//    real activity over HTTP, record what people post, and stream the conversation's changes;
//  - /v3/*: the Bot Connector the bot answers through (the activities name this server as their
//    serviceUrl), including the roster the bot looks senders up in.
// 127.0.0.1 only; no token is sent to the bot, so the bot must run in local mode.

import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { isManager } from '../../../shared/lists';
import { REPORT_STATUS_COMMAND } from '../bot/status-bot';
import { DEFAULT_PERSONAS, type Persona } from '../local-sharepoint/personas';
import { packageRoot } from '../teams-host/server';
import {
  cardActionActivity,
  fetchTaskActivity,
  HARNESS_BOT,
  messageActivity,
  submitActionActivity,
  type Activity,
  type ChatConversation,
  type CommandContext,
  type Envelope,
  withoutBotMention,
} from './activities';
import { createConnector, membersFromPersonas, readJson, type Connector, type ConnectorMember } from './connector';

/**
 * `personal` stands for each person's own 1:1 chat with the bot (every message reaches the bot);
 * in the group chat and the channel, as in Teams, only messages that start with @Nämndstöd do.
 */
export const DEFAULT_CONVERSATIONS: readonly ChatConversation[] = [
  { id: 'personal', name: 'Nämndstöd (personlig chatt)', conversationType: 'personal' },
  { id: '19:ledningsgruppen@thread.local', name: 'Ledningsgruppen (gruppchatt)', conversationType: 'groupChat' },
  { id: '19:amn-uppfoljning@thread.local', name: 'Arbetsmarknadsnämnden › Uppföljning (kanal)', conversationType: 'channel' },
];

export interface ChatHarnessOptions {
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The chat service: its base URL (`http://127.0.0.1:3978`) or its messaging URL. */
  readonly botUrl: string;
  /** Where the built bundles are (dist/web). */
  readonly webRoot?: string;
  readonly personas?: readonly Persona[];
  readonly conversations?: readonly ChatConversation[];
  readonly log?: (line: string) => void;
}

export interface ChatHarness {
  /** The page: `http://127.0.0.1:<port>/` */
  readonly url: string;
  readonly connector: Connector;
  close(): Promise<void>;
}

/** What the page asks the harness to deliver. */
export type HarnessSend =
  | { readonly kind: 'message'; readonly text: string }
  | { readonly kind: 'cardAction'; readonly verb: string; readonly data: Record<string, unknown>; readonly replyToId?: string }
  | { readonly kind: 'fetchTask'; readonly commandContext: CommandContext; readonly messageId?: string }
  | { readonly kind: 'submitAction'; readonly commandContext: CommandContext; readonly data: Record<string, unknown> }
  /** A card the message extension put in the compose box, sent into the conversation (not to the bot). */
  | { readonly kind: 'postCard'; readonly card: Record<string, unknown> };

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

function send(res: ServerResponse, status: number, type: string, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...headers });
  res.end(body);
}

const sendJson = (res: ServerResponse, status: number, value: unknown) => send(res, status, TYPES['.json']!, JSON.stringify(value));

function serveStatic(res: ServerResponse, root: string, pathname: string): void {
  if (!existsSync(join(root, 'index.html'))) {
    send(res, 503, TYPES['.txt']!, `Not built: ${root} has no index.html. Run "npm run build" first.\n`);
    return;
  }
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    send(res, 400, TYPES['.txt']!, 'Bad path\n');
    return;
  }
  const file = normalize(join(root, rel === '/' || rel === '' ? 'index.html' : rel));
  if (!(file === root || file.startsWith(root + sep)) || rel.includes('\0') || !existsSync(file) || !statSync(file).isFile()) {
    send(res, 404, TYPES['.txt']!, 'Not found\n');
    return;
  }
  res.writeHead(200, {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-cache',
    'x-content-type-options': 'nosniff',
    ...(extname(file) === '.html' ? { 'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; object-src 'none'" } : {}),
  });
  createReadStream(file).pipe(res);
}

/** Each person's own 1:1 chat with the bot, as Teams gives every user one. */
export function personalConversation(member: { readonly id: string; readonly name: string }): ChatConversation {
  return { id: `a:${member.id}:personal`, name: `Nämndstöd – ${member.name}`, conversationType: 'personal' };
}

function messagingUrlOf(botUrl: string): string {
  const url = new URL(botUrl);
  if (!/^(127\.0\.0\.1|localhost|\[::1\])$/i.test(url.hostname)) throw new Error(`The harness sends unauthenticated activities, so the bot must be on this machine, not '${url.host}'`);
  return url.pathname === '/' || url.pathname === '' ? new URL('/api/messages', url).toString() : url.toString();
}

export async function startChatHarness(options: ChatHarnessOptions): Promise<ChatHarness> {
  const messagingUrl = messagingUrlOf(options.botUrl);
  const webRoot = resolve(options.webRoot ?? join(packageRoot(), 'dist', 'web'), 'chat-harness');
  const personas = options.personas ?? DEFAULT_PERSONAS;
  const members = membersFromPersonas(personas);
  const conversations = options.conversations ?? DEFAULT_CONVERSATIONS;
  const connector = createConnector(members);
  const log = options.log;
  let origin = '';
  let nextId = 0;

  const roleOf = (m: ConnectorMember): 'manager' | 'member' => {
    const p = personas.find((x) => x.login === m.userPrincipalName);
    return p && isManager({ id: 0, isSiteAdmin: p.isSiteAdmin === true, groups: p.groups ?? [] }) ? 'manager' : 'member';
  };

  async function deliver(activity: Activity): Promise<{ status: number; body: unknown }> {
    const started = Date.now();
    const res = await fetch(messagingUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const text = await res.text();
    log?.(`harness -> bot ${activity.type}${activity['name'] ? `/${String(activity['name'])}` : ''} ${res.status} (${Date.now() - started} ms)`);
    let body: unknown;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      body = text;
    }
    return { status: res.status, body };
  }

  async function handleSend(body: unknown): Promise<{ status: number; value: unknown }> {
    const b = (body ?? {}) as { conversationId?: unknown; from?: unknown; locale?: unknown; send?: HarnessSend };
    const listed = conversations.find((c) => c.id === b.conversationId);
    const from = members.find((m) => m.id === b.from);
    const what = b.send;
    if (!listed || !from || !what || typeof what !== 'object') return { status: 400, value: { error: 'conversationId, from and send are required' } };
    const conversation = listed.conversationType === 'personal' ? personalConversation(from) : listed;
    const env: Envelope = {
      id: `h-${++nextId}`,
      from,
      conversation,
      serviceUrl: origin,
      locale: typeof b.locale === 'string' ? b.locale : 'sv-SE',
    };
    switch (what.kind) {
      case 'message': {
        const text = String(what.text ?? '');
        const addressed = withoutBotMention(text);
        if (conversation.conversationType !== 'personal' && addressed === undefined) {
          // Not for the bot: Teams shows it to the people in the conversation only.
          const stored = connector.append(conversation.id, messageActivity(env, text));
          return { status: 200, value: { status: 200, body: { id: stored.id, delivered: false } } };
        }
        const activity = addressed === undefined ? messageActivity(env, text) : messageActivity(env, addressed, { mentionBot: true });
        connector.append(conversation.id, activity);
        return { status: 200, value: await deliver(activity) };
      }
      case 'postCard': {
        const stored = connector.append(conversation.id, {
          ...messageActivity(env, ''),
          attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: what.card }],
        });
        return { status: 200, value: { status: 200, body: { id: stored.id } } };
      }
      case 'cardAction': {
        const res = await deliver(cardActionActivity(env, { verb: String(what.verb), data: what.data ?? {} }, what.replyToId));
        const answer = res.body as { statusCode?: number; type?: string; value?: unknown } | undefined;
        // Universal Actions: the card in the answer replaces the card that was acted on.
        if (res.status === 200 && what.replyToId && answer?.statusCode === 200 && answer.type === 'application/vnd.microsoft.card.adaptive') {
          connector.replaceCard(conversation.id, what.replyToId, answer.value);
        }
        return { status: 200, value: res };
      }
      case 'fetchTask': {
        const message = what.messageId ? connector.transcript(conversation.id).find((a) => a.id === what.messageId) : undefined;
        const author = message ? members.find((m) => m.id === (message['from'] as { id?: string } | undefined)?.id) : undefined;
        const activity = fetchTaskActivity(
          env,
          REPORT_STATUS_COMMAND,
          what.commandContext,
          message ? { id: message.id, text: String(message['text'] ?? ''), from: author ?? HARNESS_BOT } : undefined,
        );
        return { status: 200, value: await deliver(activity) };
      }
      case 'submitAction':
        return { status: 200, value: await deliver(submitActionActivity(env, REPORT_STATUS_COMMAND, what.commandContext, what.data ?? {})) };
      default:
        return { status: 400, value: { error: `Unknown send kind` } };
    }
  }

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    (async () => {
      if (await connector.handle(req, res)) return;
      const url = new URL(req.url ?? '/', origin);
      if (url.pathname === '/harness/config' && req.method === 'GET') {
        return sendJson(res, 200, {
          bot: HARNESS_BOT,
          members: members.map((m) => ({ id: m.id, name: m.name, userPrincipalName: m.userPrincipalName, role: roleOf(m) })),
          conversations,
        });
      }
      if (url.pathname === '/harness/changes' && req.method === 'GET') {
        const since = Number(url.searchParams.get('since') ?? '0') || 0;
        const wait = Math.min(Number(url.searchParams.get('wait') ?? '0') || 0, 25_000);
        if (wait > 0) await connector.waitForChange(since, wait);
        return sendJson(res, 200, connector.changesSince(since));
      }
      if (url.pathname === '/harness/send' && req.method === 'POST') {
        const result = await handleSend(await readJson(req));
        return sendJson(res, result.status, result.value);
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, TYPES['.txt']!, 'Method not allowed\n', { allow: 'GET, HEAD' });
      if (url.pathname === '/favicon.ico') return send(res, 204, TYPES['.txt']!, '');
      serveStatic(res, webRoot, url.pathname);
    })().catch((error: unknown) => {
      log?.(`harness: ${req.method} ${req.url} failed: ${(error as Error).message}`);
      const status = (error as { status?: number }).status ?? 502;
      if (!res.headersSent) sendJson(res, status, { error: (error as Error).message });
      else res.end();
    });
  });
  await new Promise<void>((done, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  log?.(`Chat harness on ${origin}/ (bot at ${messagingUrl}; activities carry no token, so the bot must run in local mode)`);
  return {
    url: `${origin}/`,
    connector,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
