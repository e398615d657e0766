// Status posts from Teams chat, end to end: HTTP activities to the chat service (local mode), the
// Teams SDK's routing, the bot's identity lookup through a local Bot Connector, the data layer's
// postStatus (item update with its ETag + Statusuppdateringar row) against the local list
// service with the nämnd's write policy. Each post is what a person does: open the card for an
// item (adaptiveCard/action "status.open"), fill it in, submit it ("status.post").
// Then the same with 30 % of the list service's answers replaced by 429/503 (Retry-After: 0):
// every post must land exactly once — the bot retries the whole post under its form key, and a
// card that still says "Det gick inte att spara just nu" is sent again, as a person would.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatSvNumber } from '../../shared/locale';
import { startChatService, type ChatService } from '../../teams-app/src/bot/chat-service';
import { cardActionActivity, type ChatConversation } from '../../teams-app/src/chat-harness/activities';
import { membersFromPersonas, startLocalConnector, type ConnectorMember } from '../../teams-app/src/chat-harness/connector';
import { createRepositories, type Repositories } from '../../teams-app/src/data/repositories';
import { BULK_RETRY } from '../../teams-app/src/data/retry';
import { createSp } from '../../teams-app/src/data/sp';
import { createListService, type ListService } from '../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../teams-app/src/local-sharepoint/namnd-policy';
import { importSeed } from '../../teams-app/src/provisioning/import-seed';
import { provisionSite } from '../../teams-app/src/provisioning/provision-site';
import type { SeedData } from '../../teams-app/src/provisioning/seed-mapping';
import { cardInputs, cardText, fillIn, type Json } from '../teams-app/bot/support/cards';
import type { BenchSuite } from './suites';

const POSTS = 120;
const CONCURRENCY = 4;
const FAULT_RATE = 0.3;
/** A person presses "Skicka igen" at most this often before the bench calls the post lost. */
const MAX_RESENDS = 10;
const STATUSES = ['Pågår', 'Delvis genomförd', 'Försenad', 'Genomförd'] as const;
const CONVERSATION: ChatConversation = { id: '19:bench@thread.local', name: 'Bench', conversationType: 'groupChat' };

const sv = (n: number, decimals = 1): string => formatSvNumber(n, { decimals });

interface RunResult {
  readonly ms: number;
  readonly latencies: number[];
  readonly resends: number;
  readonly reopens: number;
  readonly formIds: string[];
  readonly lastStatus: Map<number, string>;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

async function invoke(chat: ChatService, env: Parameters<typeof cardActionActivity>[0], verb: string, data: Json): Promise<Json> {
  const res = await fetch(chat.messagingUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(cardActionActivity(env, { verb, data }, 'bench-card')) });
  if (res.status !== 200) throw new Error(`chat service answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { statusCode?: number; value?: Json };
  if (body.statusCode !== 200 || !body.value) throw new Error(`card action answered ${JSON.stringify(body).slice(0, 300)}`);
  return body.value;
}

async function run(chat: ChatService, serviceUrl: string, poster: ConnectorMember, items: readonly number[], label: string, posts = POSTS): Promise<RunResult> {
  let next = 0;
  let activity = 0;
  let resends = 0;
  let reopens = 0;
  const latencies: number[] = [];
  const formIds: string[] = [];
  const lastStatus = new Map<number, string>();
  const env = () => ({ id: `${label}-${++activity}`, from: poster, conversation: CONVERSATION, serviceUrl });

  // Worker w posts on items w, w+CONCURRENCY, …: no two posts on one item race (that is the
  // conflict path, measured in the tests, not here).
  const worker = async (w: number) => {
    for (let k = w; k < posts; k += CONCURRENCY) {
      next++;
      const itemId = items[k % items.length]!;
      const started = performance.now();
      let form: Json | undefined;
      for (let attempt = 0; !form; attempt++) {
        const card = await invoke(chat, env(), 'status.open', { target: `Åtgärd:${itemId}` });
        if (cardInputs(card).has('comment')) form = card;
        else if (attempt >= MAX_RESENDS) throw new Error(`could not open the card for item ${itemId}: ${cardText(card)}`);
        else reopens++;
      }
      const status = STATUSES[k % STATUSES.length]!;
      let { verb, data } = fillIn(form, { status, comment: `Bench ${label}: post ${k} på åtgärd ${itemId}.` });
      formIds.push(String(data['formId']));
      for (let attempt = 0; ; attempt++) {
        const answer = await invoke(chat, env(), verb!, data);
        const text = cardText(answer);
        if (text.includes('Status rapporterad')) break;
        if (attempt >= MAX_RESENDS || !cardInputs(answer).has('comment')) throw new Error(`post ${k} did not land: ${text}`);
        // "Det gick inte att spara just nu": the same form, sent again.
        resends++;
        ({ verb, data } = fillIn(answer, {}));
      }
      latencies.push(performance.now() - started);
      lastStatus.set(itemId, status);
    }
  };
  const t0 = performance.now();
  await Promise.all(Array.from({ length: CONCURRENCY }, (_, w) => worker(w)));
  if (next !== posts) throw new Error(`ran ${next} posts, expected ${posts}`);
  return { ms: performance.now() - t0, latencies, resends, reopens, formIds, lastStatus };
}

function line(name: string, r: RunResult): string {
  return (
    `  ${name.padEnd(24)} ${sv(POSTS / (r.ms / 1000)).padStart(6)} posts/s   ${sv(r.ms, 0).padStart(6)} ms   ` +
    `open+submit median ${sv(percentile(r.latencies, 50), 0)} ms, p95 ${sv(percentile(r.latencies, 95), 0)} ms   ` +
    `resent ${r.resends}, reopened ${r.reopens}`
  );
}

async function verify(admin: Repositories, result: RunResult, rowsBefore: number, label: string): Promise<string> {
  const rows = await admin.statusUpdates.list({ pageSize: 5000 });
  const added = rows.length - rowsBefore;
  const keys = new Map<string, number>();
  for (const r of rows) if (r.teamsMessageId) keys.set(r.teamsMessageId, (keys.get(r.teamsMessageId) ?? 0) + 1);
  const missing = result.formIds.filter((f) => !keys.has(`card:${f}`)).length;
  const twice = result.formIds.filter((f) => (keys.get(`card:${f}`) ?? 0) > 1).length;
  let wrongItems = 0;
  for (const [id, status] of result.lastStatus) if ((await admin.actionItems.get(id))?.status !== status) wrongItems++;
  if (added !== POSTS || missing !== 0 || twice !== 0 || wrongItems !== 0) {
    throw new Error(`${label}: ${added} rows for ${POSTS} posts, ${missing} missing, ${twice} written twice, ${wrongItems} items with the wrong status`);
  }
  return `rows added ${added} for ${POSTS} posts: none missing, none twice; every item shows its last post`;
}

export const chatStatusSuite: BenchSuite = {
  name: 'chat-status',
  async run() {
    const answered = { total: 0, throttled: 0 };
    const service: ListService = await createListService({
      port: 0,
      authorize: namndPolicy,
      log: (line) => {
        answered.total++;
        if (/-> (429|503) /.test(line)) answered.throttled++;
      },
    });
    const connectorMembers = membersFromPersonas(service.personas);
    const connector = await startLocalConnector({ members: connectorMembers });
    let chat: ChatService | undefined;
    try {
      const manager = service.personas.find((p) => p.isSiteAdmin)!;
      const owner = service.personas.find((p) => p.login.startsWith('erik.'))!;
      const sp = createSp({ siteUrl: service.siteUrl, auth: { token: manager.token }, retry: BULK_RETRY });
      const s0 = performance.now();
      await provisionSite(sp);
      await importSeed(sp, JSON.parse(readFileSync(resolve('test/fixtures/seed-items.json'), 'utf8')) as SeedData);
      const admin = createRepositories(sp);
      const actions = await admin.actionItems.list();
      for (const a of actions) await admin.actionItems.update(a.Id, { ownerPersonsId: [owner.id] }, a.etag);
      const items = actions.map((a) => a.Id);
      const setupMs = performance.now() - s0;

      chat = await startChatService({ siteUrl: service.siteUrl, local: true, port: 0, spToken: manager.token, log: () => undefined, postRetryDelayMs: 20 });
      const poster = connectorMembers.find((m) => m.userPrincipalName === owner.login)!;
      process.stdout.write(
        `site: ${actions.length} action items (seed, provisioned + imported in ${sv(setupMs / 1000)} s), all with ${owner.title} as ansvarig;\n` +
          `each post = open card + submit card, two HTTP invokes to the chat service; ${POSTS} posts, ${CONCURRENCY} at a time\n`,
      );

      // A few rounds first, so the SDK, the identity cache, the connections and the JIT are warm.
      await run(chat, connector.url, poster, items, 'warm-up', 6 * CONCURRENCY);

      // Clean and faulty runs alternate, so neither profits from running later.
      const lines: string[] = [];
      const totals = { clean: 0, faults: 0 };
      for (const round of [1, 2]) {
        const clean0 = (await admin.statusUpdates.list({ pageSize: 5000 })).length;
        const clean = await run(chat, connector.url, poster, items, `clean${round}`);
        lines.push(line(`clean (run ${round})`, clean), `    ${await verify(admin, clean, clean0, 'clean')}`);
        totals.clean += clean.ms;

        const faulty0 = (await admin.statusUpdates.list({ pageSize: 5000 })).length;
        const before = { ...answered };
        service.setFaults({ rate: FAULT_RATE, status: 429, retryAfterSeconds: 0 });
        let flipped = false;
        const flip = setInterval(() => {
          flipped = !flipped;
          service.setFaults({ status: flipped ? 503 : 429 });
        }, 250);
        let faulty: RunResult;
        try {
          faulty = await run(chat, connector.url, poster, items, `faults${round}`);
        } finally {
          clearInterval(flip);
          service.setFaults({ rate: 0 });
        }
        const requests = answered.total - before.total;
        const throttled = answered.throttled - before.throttled;
        lines.push(
          line(`30 % 429/503 (run ${round})`, faulty),
          `    list service answered ${requests} requests, ${throttled} of them 429/503 (${sv((100 * throttled) / Math.max(1, requests))} %)`,
          `    ${await verify(admin, faulty, faulty0, 'faults')}`,
        );
        totals.faults += faulty.ms;
      }
      process.stdout.write(
        [...lines, `  posts/s with faults ÷ clean (both rounds): ${sv(totals.clean / totals.faults, 2)}`, ''].join('\n'),
      );
    } finally {
      await chat?.close();
      await connector.close();
      await service.close();
    }
  },
};
