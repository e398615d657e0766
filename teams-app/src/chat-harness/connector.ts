// A local Bot Connector: the part of Teams a bot talks back to. The bot posts its replies to
// `POST {serviceUrl}/v3/conversations/{id}/activities` and looks people up with
// `GET {serviceUrl}/v3/conversations/{id}/members/{userId}` (how it learns a sender's UPN). Here
// those calls land in memory: a transcript per conversation that the harness page shows and tests
// read, and a roster made from the local personas. 127.0.0.1 only.

import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Persona } from '../local-sharepoint/personas';
import type { Activity, ChatAccount } from './activities';

export interface ConnectorMember extends ChatAccount {
  readonly userPrincipalName: string;
  readonly email: string;
  /** The persona's local list-service token: what the harness page uses to read the lists as them. */
  readonly token?: string;
}

export interface TranscriptEntry {
  /** Increases with every change to any conversation, so a reader can ask for "what is new". */
  readonly seq: number;
  readonly activity: Activity;
}

export interface Connector {
  readonly members: readonly ConnectorMember[];
  /** Serves `/v3/…`; false when the path is not the connector's. */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  transcript(conversationId: string): readonly Activity[];
  /** Entries changed after `seq` (all conversations). */
  changesSince(seq: number): { seq: number; entries: readonly (TranscriptEntry & { conversationId: string })[] };
  /** Resolves when something changes after `seq`, or after `timeoutMs`. */
  waitForChange(seq: number, timeoutMs: number): Promise<void>;
  /** A message a person sends (the harness records it before the bot sees it). */
  append(conversationId: string, activity: Record<string, unknown>): Activity;
  /** Universal Actions: the card an invoke answered with replaces the card on that message. */
  replaceCard(conversationId: string, activityId: string, card: unknown): boolean;
}

function stableGuid(seed: string): string {
  const h = createHash('sha1').update(seed).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Teams accounts for the local personas: stable ids, so the bot's identity cache behaves as in Teams. */
export function membersFromPersonas(personas: readonly Persona[]): ConnectorMember[] {
  return personas.map((p) => ({
    id: `29:local-${p.login.split('@')[0]!.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
    name: p.title,
    aadObjectId: stableGuid(`aad:${p.login.toLowerCase()}`),
    userPrincipalName: p.login,
    email: p.email ?? p.login,
    token: p.token,
  }));
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export async function readJson(req: IncomingMessage, limit = 1024 * 1024): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) throw Object.assign(new Error('Request body too large'), { status: 413 });
    chunks.push(chunk);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw Object.assign(new Error('The request body is not JSON'), { status: 400 });
  }
}

const botError = (res: ServerResponse, status: number, code: string, message: string) => sendJson(res, status, { error: { code, message } });

export function createConnector(members: readonly ConnectorMember[]): Connector {
  const conversations = new Map<string, TranscriptEntry[]>();
  let seq = 0;
  let nextId = 0;
  let waiters: (() => void)[] = [];

  const entries = (cid: string) => {
    let list = conversations.get(cid);
    if (!list) conversations.set(cid, (list = []));
    return list;
  };
  const changed = () => {
    const w = waiters;
    waiters = [];
    for (const resolve of w) resolve();
  };
  const store = (cid: string, activity: Record<string, unknown>): Activity => {
    const stored = {
      type: 'message',
      ...activity,
      id: typeof activity['id'] === 'string' && activity['id'] !== '' ? activity['id'] : `m${++nextId}`,
      timestamp: typeof activity['timestamp'] === 'string' ? activity['timestamp'] : new Date().toISOString(),
      conversation: { ...(activity['conversation'] as object | undefined), id: cid },
    } as Activity;
    entries(cid).push({ seq: ++seq, activity: stored });
    changed();
    return stored;
  };
  const update = (cid: string, id: string, patch: (a: Activity) => Activity): boolean => {
    const list = entries(cid);
    const i = list.findIndex((e) => e.activity.id === id);
    if (i < 0) return false;
    list[i] = { seq: ++seq, activity: patch(list[i]!.activity) };
    changed();
    return true;
  };

  return {
    members,
    transcript: (cid) => entries(cid).map((e) => e.activity),
    changesSince(since) {
      const found: (TranscriptEntry & { conversationId: string })[] = [];
      for (const [conversationId, list] of conversations) for (const e of list) if (e.seq > since) found.push({ ...e, conversationId });
      found.sort((a, b) => a.seq - b.seq);
      return { seq, entries: found };
    },
    waitForChange(since, timeoutMs) {
      if (seq > since) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          waiters = waiters.filter((w) => w !== done);
          resolve();
        }, timeoutMs);
        // A pending long poll must not keep the process alive once the server is closed.
        timer.unref();
        const done = () => {
          clearTimeout(timer);
          resolve();
        };
        waiters.push(done);
      });
    },
    append: (cid, activity) => store(cid, activity),
    replaceCard(cid, id, card) {
      return update(cid, id, (a) => ({
        ...a,
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      }));
    },
    async handle(req, res) {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const m = /^\/v3\/conversations\/([^/]+)(?:\/(activities|members)(?:\/([^/]+))?)?\/?$/.exec(url.pathname);
      if (!m) return false;
      let cid: string;
      let sub: string | undefined;
      try {
        cid = decodeURIComponent(m[1]!);
        sub = m[3] === undefined ? undefined : decodeURIComponent(m[3]);
      } catch {
        botError(res, 400, 'BadSyntax', 'Malformed path');
        return true;
      }
      if (m[2] === 'members' && req.method === 'GET') {
        if (sub === undefined) sendJson(res, 200, members.map(({ token: _t, ...member }) => member));
        else {
          const member = members.find((x) => x.id === sub || x.aadObjectId === sub);
          if (member) {
            const { token: _t, ...account } = member;
            sendJson(res, 200, account);
          } else botError(res, 404, 'MemberNotFoundInConversation', `No member ${sub} in conversation ${cid}`);
        }
        return true;
      }
      if (m[2] === 'activities') {
        try {
          if (req.method === 'POST') {
            const body = (await readJson(req)) as Record<string, unknown> | undefined;
            if (!body || typeof body !== 'object') return (botError(res, 400, 'BadArgument', 'Activity body missing'), true);
            const stored = store(cid, { ...body, ...(sub ? { replyToId: sub } : {}), id: undefined });
            sendJson(res, 201, { id: stored.id });
            return true;
          }
          if (req.method === 'PUT' && sub) {
            const body = (await readJson(req)) as Record<string, unknown> | undefined;
            if (!body || typeof body !== 'object') return (botError(res, 400, 'BadArgument', 'Activity body missing'), true);
            if (!update(cid, sub, (a) => ({ ...a, ...body, id: sub, conversation: a['conversation'] }) as Activity)) {
              botError(res, 404, 'ActivityNotFoundInConversation', `No activity ${sub}`);
            } else sendJson(res, 200, { id: sub });
            return true;
          }
          if (req.method === 'DELETE' && sub) {
            const list = entries(cid);
            const i = list.findIndex((e) => e.activity.id === sub);
            if (i >= 0) list.splice(i, 1);
            seq++;
            changed();
            sendJson(res, 200, {});
            return true;
          }
        } catch (error) {
          const status = (error as { status?: number }).status ?? 500;
          botError(res, status, 'BadArgument', (error as Error).message);
          return true;
        }
      }
      botError(res, 404, 'NotFound', `No route ${req.method} ${url.pathname}`);
      return true;
    },
  };
}

export interface LocalConnector {
  /** What activities name as their serviceUrl. */
  readonly url: string;
  readonly connector: Connector;
  close(): Promise<void>;
}

/** The connector alone on 127.0.0.1 (tests and the benchmark; the harness server embeds it). */
export async function startLocalConnector(options: { port?: number; members: readonly ConnectorMember[] }): Promise<LocalConnector> {
  const connector = createConnector(options.members);
  const server: Server = createServer((req, res) => {
    connector.handle(req, res).then(
      (handled) => {
        if (!handled) botError(res, 404, 'NotFound', 'Not a connector path');
      },
      (error: unknown) => {
        if (!res.headersSent) botError(res, 500, 'InternalError', (error as Error).message);
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    connector,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
