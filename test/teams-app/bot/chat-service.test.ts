// The chat service over real HTTP on 127.0.0.1: local mode (no token validation, loopback only,
// said at start-up), the production configuration (the SDK's JWT validation: an activity without a
// valid token is refused and nothing is written), and malformed requests answered with 4xx JSON.

import { generateKeyPairSync, createSign } from 'node:crypto';
import { startChatService, type ChatService } from '../../../teams-app/src/bot/chat-service';
import { cardActionActivity, HARNESS_BOT, messageActivity, type Activity } from '../../../teams-app/src/chat-harness/activities';
import { cardText, fillIn, type Json } from './support/cards';
import { CONVERSATION, startChatSite, type ChatSite } from './support/chat-site';

let site: ChatSite;
let local: ChatService;
const localLog: string[] = [];

async function post(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: Json | undefined }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : undefined };
}

beforeAll(async () => {
  site = await startChatSite();
  local = await startChatService({ siteUrl: site.service.siteUrl, local: true, port: 0, spToken: site.manager.token, log: (l) => localLog.push(l) });
});
afterAll(async () => {
  await local?.close();
  await site.close();
});

describe('local mode', () => {
  test('listens on 127.0.0.1 only and says that token validation is off', async () => {
    expect(local.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(local.mode).toBe('local');
    expect(localLog.join('\n')).toMatch(/LOCAL mode .*token validation is OFF.*127\.0\.0\.1 only/);
    expect(await (await fetch(`${local.url}/healthz`)).json()).toEqual({ ok: true, mode: 'local' });
    await expect(startChatService({ siteUrl: site.service.siteUrl, local: true, port: 0, host: '0.0.0.0', log: () => undefined })).rejects.toThrow(
      /only listens on 127\.0\.0\.1/,
    );
  });

  test('a command and a post travel over HTTP: the card reaches the conversation, the post lands once', async () => {
    const res = await post(local.messagingUrl, messageActivity(site.envelope(site.owner, 'http-1'), 'status VBE2021-03'));
    expect(res.status).toBe(200);
    const sent = site.connector.connector.transcript(CONVERSATION.id).filter((a) => (a['from'] as { id: string }).id === HARNESS_BOT.id);
    const card = (sent[sent.length - 1]!['attachments'] as { content: Json }[])[0]!.content;
    const { verb, data } = fillIn(card, { status: 'Pågår', comment: 'Via HTTP.' });
    const rowsBefore = (await site.rows()).length;
    for (const id of ['http-2', 'http-2', 'http-3']) {
      const answer = await post(local.messagingUrl, cardActionActivity(site.envelope(site.owner, id), { verb: verb!, data }, sent[sent.length - 1]!.id));
      expect(answer.status).toBe(200);
      expect(cardText((answer.body as { value: Json }).value)).toContain('Status: Pågår');
    }
    expect(await site.rows()).toHaveLength(rowsBefore + 1);
  });

  test('malformed requests get 4xx JSON that says what is wrong, and nothing is written', async () => {
    const rowsBefore = await site.rows();
    const notJson = await post(local.messagingUrl, '{"type":');
    expect(notJson).toEqual({ status: 400, body: { error: { code: 'BadRequest', message: 'The request body is not JSON.' } } });

    const invoke = cardActionActivity(site.envelope(site.owner, 'bad-1'), { verb: 'status.post', data: {} }) as Record<string, unknown>;
    const { value: _value, ...withoutValue } = invoke;
    const noValue = await post(local.messagingUrl, withoutValue);
    expect(noValue.status).toBe(400);
    expect(JSON.stringify(noValue.body)).toContain("The invoke 'adaptiveCard/action' has no value object.");

    const submitWithoutValue = await post(local.messagingUrl, { ...withoutValue, name: 'composeExtension/submitAction' });
    expect(submitWithoutValue.status).toBe(400);

    const noSender = await post(local.messagingUrl, { ...invoke, from: undefined });
    expect(JSON.stringify(noSender.body)).toContain('no sender');

    const elsewhere = await post(local.messagingUrl, { ...invoke, serviceUrl: 'https://smba.trafficmanager.net/emea/' });
    expect(elsewhere.status).toBe(400);
    expect(JSON.stringify(elsewhere.body)).toContain('In local mode the serviceUrl must be on 127.0.0.1.');

    const huge = await post(local.messagingUrl, messageActivity(site.envelope(site.owner, 'bad-2'), 'x'.repeat(300 * 1024)));
    expect(huge.status).toBe(413);

    expect((await fetch(local.messagingUrl)).status).toBe(405);
    expect((await fetch(`${local.url}/elsewhere`, { method: 'POST' })).status).toBe(404);
    expect(await site.rows()).toEqual(rowsBefore);
  });
});

/** A JWT that looks like the Bot Framework's but is signed with a key of our own. */
function forgedToken(appId: string, serviceUrl: string): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  const head = b64({ alg: 'RS256', typ: 'JWT', kid: 'forged-key' });
  const payload = b64({ iss: 'https://api.botframework.com', aud: appId, serviceurl: serviceUrl, nbf: now - 60, exp: now + 3600 });
  const signature = createSign('RSA-SHA256').update(`${head}.${payload}`).sign(privateKey).toString('base64url');
  return `${head}.${payload}.${signature}`;
}

describe('production configuration', () => {
  test('without CLIENT_ID it does not start', async () => {
    const saved = process.env.CLIENT_ID;
    delete process.env.CLIENT_ID;
    try {
      await expect(startChatService({ siteUrl: site.service.siteUrl, local: false, port: 0, log: () => undefined })).rejects.toThrow(/CLIENT_ID/);
    } finally {
      if (saved !== undefined) process.env.CLIENT_ID = saved;
    }
  });

  test('an activity without a valid token is refused (401) and nothing is written', async () => {
    const log: string[] = [];
    // SharePoint access that would work: if validation were skipped, the post would land.
    const production = await startChatService({
      siteUrl: site.service.siteUrl,
      local: false,
      port: 0,
      clientId: '00000000-0000-4000-8000-0000000000a1',
      clientSecret: 'not-a-real-secret',
      tenantId: '00000000-0000-4000-8000-0000000000c1',
      spAuth: { token: site.manager.token },
      log: (l) => log.push(l),
    });
    try {
      expect(production.mode).toBe('production');
      expect(log.join('\n')).toContain('Teams token validation is ON');
      const form = await (async () => {
        await post(local.messagingUrl, messageActivity(site.envelope(site.owner, 'prod-0'), 'status VBE2021-03'));
        const sent = site.connector.connector.transcript(CONVERSATION.id);
        return (sent[sent.length - 1]!['attachments'] as { content: Json }[])[0]!.content;
      })();
      const { verb, data } = fillIn(form, { status: 'Utgår', comment: 'Ska inte sparas.' });
      const activity: Activity = cardActionActivity(site.envelope(site.owner, 'prod-1'), { verb: verb!, data });
      const rowsBefore = await site.rows();
      const itemBefore = await site.admin.actionItems.get(site.ownedAction.Id);

      const anonymous = await post(production.messagingUrl, activity);
      expect(anonymous.status).toBe(401);
      const forged = await post(production.messagingUrl, activity, { authorization: `Bearer ${forgedToken('00000000-0000-4000-8000-0000000000a1', site.connector.url)}` });
      expect(forged.status).toBe(401);
      const garbage = await post(production.messagingUrl, activity, { authorization: 'Bearer not.a.jwt' });
      expect(garbage.status).toBe(401);

      expect(await site.rows()).toEqual(rowsBefore);
      expect(await site.admin.actionItems.get(site.ownedAction.Id)).toEqual(itemBefore);
    } finally {
      await production.close();
    }
  });
});
