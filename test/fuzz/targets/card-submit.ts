// Adaptive Card submit payloads. Whatever `data` a status card's submit carries — the inputs as
// Teams sends them, a tampered target or form id, values of the wrong type, extra keys — the bot
// answers with a valid post or a clear Swedish refusal, never a throw and never its error card.
//  1. The shared path every card takes (draftFromForm → validateStatusPost → the re-shown form),
//     in-process, at full fuzz strength.
//  2. The bot's own entry point, submitStatusForm, against a live seeded list service.
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  CONTROL_STATUSES,
  REPORTING_POINTS,
  validateStatusPost,
  type StatusPostField,
} from '../../../shared/lists';
import { draftFromForm, parseTargetRef, type TargetRef } from '../../../shared/lists/status-form';
import { escapeMarkdown } from '../../../teams-app/src/cards/markdown-escape';
import { statusFormCard } from '../../../teams-app/src/cards/status-form-card';
import { targetSummary, type TargetSummary } from '../../../teams-app/src/cards/target-summary';
import type { ChatUser } from '../../../teams-app/src/bot/identity';
import { submitStatusForm, type StatusFlowDeps } from '../../../teams-app/src/bot/status-flows';
import { createTargetDirectory } from '../../../teams-app/src/bot/targets';
import { createRepositories } from '../../../teams-app/src/data/repositories';
import { createSp } from '../../../teams-app/src/data/sp';
import { createListService, type ListService } from '../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../teams-app/src/local-sharepoint/namnd-policy';
import { asyncProperty, check, syncProperty, withFullRuns, type FuzzTarget } from '../support/fuzz-target';
import { seedSite } from '../support/seeded-site';

const FIELDS: readonly StatusPostField[] = ['target', 'status', 'comment', 'reportingPoint', 'reportingYear', 'progressPercent', 'resultat'];

const oddValue = fc.oneof(
  // Only what JSON can carry: a card's data arrives as JSON, so no NaN or functions.
  fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, 1e308, '', ' ', '\u200b', '\n', [], {}, ['Pågår'], { value: 'Pågår' }),
  fc.jsonValue({ maxDepth: 1 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
);

/** The ids the live service holds (filled at set-up); the in-process property uses made-up ones. */
let knownRefs: string[] = ['Åtgärd:1', 'Projekt:1', 'Kontroll:1'];

const targetValue = fc.oneof(
  { weight: 6, arbitrary: fc.constant(null).chain(() => fc.constantFrom(...knownRefs)) },
  { weight: 1, arbitrary: fc.constantFrom('Åtgärd:0', 'Åtgärd:99999', 'Projekt:-1', 'Kontroll:1.5', 'Åtgärd: 3', 'atgard:3', 'A\u030atgärd:3', ' Åtgärd:2 ', 'Åtgärd:12345678901', 'Risk:1', 'Åtgärd:3;Projekt:4', '') },
  { weight: 1, arbitrary: oddValue },
);

const status = fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...CONTROL_STATUSES, ` ${CONTROL_STATUSES[1]} `) }, { weight: 1, arbitrary: oddValue });
const comment = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }) },
  { weight: 1, arbitrary: fc.constantFrom('x'.repeat(2000), 'x'.repeat(2001), '😀'.repeat(2000), '😀'.repeat(2001), '   ', '<b>fet</b> & "citat"', '{{name}}', '=1+1', '\u0000') },
  { weight: 1, arbitrary: oddValue },
);
const reportingPoint = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...REPORTING_POINTS, '', 't1') }, { weight: 1, arbitrary: oddValue });
const yearValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 1990, max: 2110 }).chain((y) => fc.constantFrom<unknown>(y, String(y), ` ${y} `, `${y}.0`)) },
  { weight: 1, arbitrary: fc.constantFrom<unknown>('2022,5', '20 22', '٢٠٢٢', '0x7E6', '1e3', '-2022') },
  { weight: 1, arbitrary: oddValue },
);
const percentValue = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -10, max: 110 }).chain((p) => fc.constantFrom<unknown>(p, String(p), `${p},5`, `${p}%`)) },
  { weight: 1, arbitrary: oddValue },
);

const cardData = fc.record(
  {
    target: targetValue,
    formId: fc.oneof(fc.uuid().map((u) => u.replace(/-/g, '')), fc.constantFrom('short', '../../x', 'a'.repeat(101)), oddValue),
    etag: fc.oneof(fc.constantFrom('"1"', '"2"', '*', '', 'W/"1"', '"999"'), oddValue),
    status,
    comment,
    reportingPoint,
    reportingYear: yearValue,
    progressPercent: percentValue,
    resultat: fc.oneof(fc.string({ maxLength: 30 }), oddValue),
    verb: fc.constantFrom('postStatus', 'other'),
    extra: oddValue,
    __proto__: oddValue,
    constructor: oddValue,
  },
  { requiredKeys: [] },
);

function summaryStub(ref: TargetRef): TargetSummary {
  return targetSummary(ref, { Title: 'Fuzz', externalId: 'FUZZ-1', etag: '"1"' });
}

/**
 * What a refused submit must say: each problem, in Swedish, on the card the person gets back —
 * beside its input, or above the inputs when the form has none for its field. Text from data is
 * Markdown-escaped where the card shows it as a TextBlock, so either form counts.
 */
function checkRefusalOnCard(card: unknown, problems: readonly { field: StatusPostField; sv: string }[], what: () => string): void {
  const text = JSON.stringify(card);
  const shows = (s: string) => text.includes(JSON.stringify(s).slice(1, -1));
  for (const p of problems) check(shows(p.sv) || shows(escapeMarkdown(p.sv)), () => `${what()}: the card does not show "${p.sv}"`);
}

const sharedPath = withFullRuns(
  syncProperty('card data → a valid draft or Swedish problems shown on the re-shown form', 3000, [cardData, fc.constantFrom('chat' as const, 'dialog' as const)], (data, mode) => {
    const what = () => `data ${JSON.stringify(data)}`;
    const ref = parseTargetRef(data['target']);
    if (!ref) return; // submitStatusForm answers 'malformed' before anything else (property 2)
    const result = validateStatusPost(draftFromForm(ref, data));
    if (result.ok) {
      check(result.post.target.kind === ref.kind && result.post.target.id === ref.id, () => `${what()}: the post is about ${JSON.stringify(result.post.target)}`);
      check(result.post.comment.trim() === result.post.comment && result.post.comment !== '', () => `${what()}: comment ${JSON.stringify(result.post.comment)}`);
      return;
    }
    for (const p of result.problems) {
      check(FIELDS.includes(p.field) && p.sv.trim() !== '' && p.en.trim() !== '', () => `${what()}: problem ${JSON.stringify(p)}`);
      check(!/undefined|NaN|\[object Object\]/.test(p.sv), () => `${what()}: problem text ${JSON.stringify(p.sv)}`);
    }
    const card = statusFormCard({ summary: summaryStub(ref), lang: 'sv', formId: 'fuzzform1', mode, defaultYear: 2022, values: data, problems: result.problems });
    checkRefusalOnCard(card, result.problems, what);
  }),
  90_000,
);

// 2. The bot's submit handler on a live service.

interface Live {
  readonly service: ListService;
  readonly dir: string;
  readonly deps: StatusFlowDeps;
  readonly people: readonly ChatUser[];
  readonly logs: string[];
}
let live: Live | undefined;
const ready = (): Live => {
  if (!live) throw new Error('card submit fuzz service is not set up');
  return live;
};

async function setUp(): Promise<void> {
  if (live) return;
  const dir = await mkdtemp(join(tmpdir(), 'namndstod-fuzz-card-'));
  const service = await createListService({ port: 0, dataDir: dir, authorize: namndPolicy });
  await seedSite(service.siteUrl, 'local-anna');
  const admin = service.personas.find((p) => p.isSiteAdmin)!;
  const sp = createSp({ siteUrl: service.siteUrl, token: admin.token, retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 1000 } });
  const repos = createRepositories(sp);
  const refs = [
    ...(await repos.actionItems.list({ limit: 12 })).map((i) => `Åtgärd:${i.Id}`),
    ...(await repos.projects.list({ limit: 6 })).map((i) => `Projekt:${i.Id}`),
    ...(await repos.controls.list({ limit: 6 })).map((i) => `Kontroll:${i.Id}`),
  ];
  knownRefs = refs;
  const logs: string[] = [];
  let n = 0;
  const deps: StatusFlowDeps = {
    sp,
    directory: createTargetDirectory(sp),
    now: () => new Date('2022-09-01T08:30:00Z'),
    newId: () => `fuzzform${String(++n).padStart(6, '0')}`,
    log: (line) => logs.push(line),
    postAttempts: 1,
  };
  const people = service.personas.map((p): ChatUser => ({ user: { id: p.id, groups: p.groups ?? [], isSiteAdmin: p.isSiteAdmin === true, loginName: p.login, title: p.title }, name: p.title }));
  live = { service, dir, deps, people, logs };
}

async function tearDown(): Promise<void> {
  if (!live) return;
  const { service, dir } = live;
  live = undefined;
  await service.close();
  await rm(dir, { recursive: true, force: true });
}

let activity = 0;

/** The card's version as the bot takes it: absent or blank (the item is read afresh), else an HTTP entity tag. */
function versionOk(etag: unknown): boolean {
  return typeof etag !== 'string' || etag.trim() === '' || /^(W\/)?"[\x21\x23-\x7e]*"$/.test(etag);
}

const botSubmit = withFullRuns(
  asyncProperty('submitStatusForm: a saved post, the form again with Swedish reasons, or a notice — never a throw or the error card', 150, [fc.constant(null).chain(() => cardData), fc.nat(), fc.constantFrom('sv' as const, 'en' as const), fc.constantFrom('chat' as const, 'dialog' as const)], async (data, who, lang, mode) => {
    const l = ready();
    const person = l.people[who % l.people.length]!;
    const logged = l.logs.length;
    const what = () => `${person.name} submits ${JSON.stringify(data)} (${lang}, ${mode})`;
    const outcome = await submitStatusForm(l.deps, { who: person, data, activityId: `fuzz-activity-${++activity}`, lang, mode });
    const ref = parseTargetRef(data['target']);
    switch (outcome.kind) {
      case 'malformed':
        check(!ref, () => `${what()}: called malformed though it names ${JSON.stringify(ref)}`);
        check(outcome.message.sv.trim() !== '' && outcome.message.en.trim() !== '', () => `${what()}: empty message`);
        break;
      case 'saved': {
        const v = validateStatusPost(draftFromForm(ref!, data));
        check(v.ok, () => `${what()}: saved, though the draft does not validate: ${JSON.stringify(!v.ok && v.problems)}`);
        check(versionOk(data['etag']), () => `${what()}: saved with a card version that is no entity tag`);
        break;
      }
      case 'form': {
        check(outcome.reason !== 'transient', () => `${what()}: SharePoint reported busy with no faults switched on: ${l.logs.slice(logged).join(' | ')}`);
        if (outcome.reason === 'invalid') {
          const v = validateStatusPost(draftFromForm(ref!, data));
          check(!v.ok || !versionOk(data['etag']), () => `${what()}: refused as invalid, though the draft and the version are fine`);
          if (!v.ok && lang === 'sv') checkRefusalOnCard(outcome.card, v.problems, what);
        }
        break;
      }
      case 'notice':
        check(outcome.reason !== 'error', () => `${what()}: the bot's error card: ${l.logs.slice(logged).join(' | ')}`);
        break;
    }
  }),
  10_000,
);

export const cardSubmitTarget: FuzzTarget = {
  name: 'Adaptive Card submit payloads',
  properties: [sharedPath, botSubmit],
  setUp,
  tearDown,
};
