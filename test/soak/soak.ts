// The fault and load soak: concurrent status writers posting through the data layer (postStatus,
// its retries and its idempotency key) to the list service running as a real process, with 429/503
// injected on a share of requests and the process SIGKILLed mid-stream and restarted on the same
// data directory, again and again. Every post is retried with the same message id until it is
// acknowledged; afterwards every acknowledged post must be stored exactly once, as it was sent,
// and every target must show its writer's last post.
import { createHash } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SPFI } from '@pnp/sp';
import { STATUS_TARGETS, externalIdForMessage, type NamndUser } from '../../shared/lists';
import { postStatus } from '../../teams-app/src/data/post-status';
import { createRepositories, type StatusUpdate } from '../../teams-app/src/data/repositories';
import type { RetryOptions } from '../../teams-app/src/data/retry';
import { createSp } from '../../teams-app/src/data/sp';
import { currentNamndUser } from '../../teams-app/src/data/users';
import { DEFAULT_PERSONAS } from '../../teams-app/src/local-sharepoint';
import { seedSite } from '../fuzz/support/seeded-site';
import { killHard, startService, type ServiceProcess } from './service-process';

export interface SoakOptions {
  readonly writers: number;
  readonly kills: number;
  /** Share of requests answered 429 or 503 (alternating per restart). */
  readonly faultRate: number;
  /** How long the writers write; the kills fall within it. */
  readonly durationMs: number;
  readonly log?: (line: string) => void;
}

export interface SoakResult {
  readonly writers: number;
  readonly kills: number;
  readonly acknowledged: number;
  readonly stored: number;
  readonly lost: number;
  readonly duplicated: number;
  readonly corrupted: number;
  /** Post attempts that threw (service gone, throttled past the retries) and were sent again. */
  readonly resent: number;
  /** Requests the data layer retried after a 429/503. */
  readonly throttledRetries: number;
  /** Acknowledged posts per second of the writing phase. */
  readonly throughput: number;
  /** Mean time from a SIGKILL to the restarted service listening. */
  readonly restartMs: number;
  readonly seconds: number;
  readonly problems: readonly string[];
}

interface Sent {
  readonly writer: number;
  readonly seq: number;
  readonly kind: 'Åtgärd' | 'Projekt';
  readonly targetId: number;
  readonly status: string;
  readonly comment: string;
}

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** A kill comes at the latest this long after a restart, due or not, progress or not. */
const MAX_UP_MS = 5000;

export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => undefined);
  const dir = await mkdtemp(join(tmpdir(), 'namndstod-soak-'));
  const runId = Date.now().toString(36);
  let service: ServiceProcess | undefined;
  try {
    service = await startService(dir);
    log(`service started at ${service.url}; provisioning and importing the seed…`);
    await seedSite(service.siteUrl, 'local-anna');

    // Current site URL: it changes at every restart (port 0), so each attempt asks for it.
    let siteUrl = service.siteUrl;
    let throttledRetries = 0;
    const retry: RetryOptions = { attempts: 3, baseDelayMs: 10, maxDelayMs: 2000, onRetry: () => void throttledRetries++ };
    const spFor = new Map<string, SPFI>();
    const sp = (token: string): SPFI => {
      const key = `${siteUrl}|${token}`;
      let s = spFor.get(key);
      if (!s) {
        s = createSp({ siteUrl, token, retry });
        spFor.set(key, s);
      }
      return s;
    };

    // Writers: a third post as the manager on projects, the rest as members on action items they own.
    const anna = DEFAULT_PERSONAS.find((p) => p.isSiteAdmin)!;
    const members = DEFAULT_PERSONAS.filter((p) => !p.isSiteAdmin && p.groups?.includes('Nämndstöd Medlemmar'));
    const admin = createRepositories(sp(anna.token));
    const actionItems = await admin.actionItems.list({ select: ['Title'] });
    const projects = await admin.projects.list({ select: ['Title'] });
    const users = new Map<string, NamndUser>();
    for (const p of [anna, ...members]) users.set(p.token, await currentNamndUser(sp(p.token)));
    const plan: { token: string; kind: 'Åtgärd' | 'Projekt'; id: number }[] = [];
    let a = 0;
    let pr = 0;
    for (let w = 0; w < options.writers; w++) {
      if (w % 3 === 0 && pr < projects.length) plan.push({ token: anna.token, kind: 'Projekt', id: projects[pr++]!.Id });
      else if (a < actionItems.length) plan.push({ token: members[w % members.length]!.token, kind: 'Åtgärd', id: actionItems[a++]!.Id });
      else plan.push({ token: anna.token, kind: 'Projekt', id: projects[pr++]!.Id });
    }
    for (const p of plan) {
      if (p.kind !== 'Åtgärd') continue;
      const item = (await admin.actionItems.get(p.id))!;
      await admin.actionItems.update(p.id, { ownerPersonsId: [users.get(p.token)!.id] }, item.etag);
    }

    const setFaults = async (status: 429 | 503) => {
      const res = await fetch(`${service!.url}/_namndstod/faults`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ rate: options.faultRate, status, retryAfterSeconds: 0 }) });
      await res.text();
      if (!res.ok) throw new Error(`setting faults failed: ${res.status}`);
    };
    await setFaults(429);

    const sent = new Map<string, Sent>();
    const acked = new Set<string>();
    const lastAcked = new Map<number, Sent>();
    const problems: string[] = [];
    let resent = 0;
    let stopping = false;

    const writer = async (w: number): Promise<void> => {
      const target = plan[w]!;
      for (let seq = 1; !stopping; seq++) {
        const statuses = STATUS_TARGETS[target.kind].statuses;
        const status = statuses[(w + seq) % statuses.length]!;
        const body = `soak ${runId} skrivare ${w} post ${seq}: läget är ${status.toLowerCase()}`;
        const comment = `${body} [${createHash('sha1').update(body).digest('hex').slice(0, 12)}]`;
        const messageId = `soak-${runId}-w${w}-${seq}`;
        const post: Sent = { writer: w, seq, kind: target.kind, targetId: target.id, status, comment };
        sent.set(externalIdForMessage(messageId), post);
        for (let attempt = 1; ; attempt++) {
          try {
            const result = await postStatus(sp(target.token), {
              user: users.get(target.token)!,
              draft: { [target.kind === 'Åtgärd' ? 'actionItemId' : 'projectId']: target.id, status, comment, reportingYear: 2022, reportingPoint: 'Löpande' },
              channel: 'Teams-chatt',
              teamsMessageId: messageId,
            });
            if (result.kind === 'posted' || (result.kind === 'duplicate' && attempt > 1)) {
              acked.add(externalIdForMessage(messageId));
              lastAcked.set(w, post);
              break;
            }
            problems.push(`writer ${w} post ${seq} attempt ${attempt}: ${result.kind} ${JSON.stringify(result).slice(0, 300)}`);
            break;
          } catch {
            // The service was killed or is restarting, or throttled past the retries: send the
            // same post again (same message id), as the card would, backing off while it is down.
            resent++;
            await wait(Math.min(250, 25 * 2 ** Math.min(attempt - 1, 4)) * (0.5 + Math.random()));
          }
        }
      }
    };

    const started = performance.now();
    const writing = Promise.all(plan.map((_, w) => writer(w)));

    // The killer: SIGKILL mid-stream, restart on the same directory, faults back on. Kill k is
    // due at its share of the duration, but never before one writer in fifty has had a post
    // acknowledged since the last restart: a restart takes a second or more on a busy machine,
    // and a service still starting is not "mid-stream". Past the duration no more kills are made.
    const perCycle = Math.max(1, Math.ceil(options.writers / 50));
    const interval = options.durationMs / (options.kills + 1);
    let kills = 0;
    const restartMs: number[] = [];
    for (let k = 1; k <= options.kills && performance.now() - started < options.durationMs; k++) {
      const since = acked.size;
      const up = performance.now();
      const due = started + k * interval;
      while ((acked.size - since < perCycle || performance.now() < due) && performance.now() - up < MAX_UP_MS) await wait(10);
      await wait(Math.random() * 200);
      await killHard(service);
      kills++;
      const down = performance.now();
      service = await startService(dir);
      restartMs.push(performance.now() - down);
      siteUrl = service.siteUrl;
      await setFaults(k % 2 === 0 ? 429 : 503);
      if (k % 10 === 0 || k === options.kills) log(`kill ${k}/${options.kills}: ${acked.size} posts acknowledged`);
    }
    const remaining = options.durationMs - (performance.now() - started);
    if (remaining > 0) await wait(remaining);
    stopping = true;
    await writing;
    const seconds = (performance.now() - started) / 1000;

    // Verification, with the faults off.
    await fetch(`${service.url}/_namndstod/faults`, { method: 'DELETE' }).then((r) => r.text());
    const reader = createRepositories(createSp({ siteUrl, token: anna.token, retry }));
    const rows: StatusUpdate[] = [];
    for await (const page of reader.statusUpdates.pages({ pageSize: 5000 })) rows.push(...page.filter((r) => r.externalId?.startsWith(`msg:soak-${runId}-`)));

    const seen = new Map<string, number>();
    let corrupted = 0;
    for (const row of rows) {
      const key = row.externalId!;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      const want = sent.get(key);
      const targetId = want?.kind === 'Åtgärd' ? row.actionItemId : row.projectId;
      if (!want || !acked.has(key) || row.comment !== want.comment || row.status !== want.status || targetId !== want.targetId || row.reportingYear !== 2022 || row.targetKind !== want.kind) {
        corrupted++;
        if (problems.length < 20) problems.push(`stored row ${key} does not match what was acknowledged: ${JSON.stringify(row).slice(0, 300)}`);
      }
    }
    const lost = [...acked].filter((k) => !seen.has(k)).length;
    const duplicated = [...seen.values()].reduce((n, c) => n + (c - 1), 0);
    for (const [w, last] of lastAcked) {
      const repo = last.kind === 'Åtgärd' ? reader.actionItems : reader.projects;
      const item = (await repo.get(last.targetId)) as unknown as Record<string, unknown> | undefined;
      if (!item || item['latestStatusComment'] !== last.comment || item[STATUS_TARGETS[last.kind].statusField] !== last.status) {
        corrupted++;
        if (problems.length < 20) problems.push(`writer ${w}'s ${last.kind} ${last.targetId} does not show its last post: ${JSON.stringify(item).slice(0, 300)}`);
      }
    }
    return {
      writers: options.writers,
      kills,
      acknowledged: acked.size,
      stored: rows.length,
      lost,
      duplicated,
      corrupted,
      resent,
      throttledRetries,
      throughput: acked.size / seconds,
      seconds,
      restartMs: restartMs.length === 0 ? 0 : restartMs.reduce((x, y) => x + y, 0) / restartMs.length,
      problems,
    };
  } finally {
    if (service && service.child.exitCode === null) await killHard(service);
    await rm(dir, { recursive: true, force: true });
  }
}
