// The chat service's handlers in process: the Teams SDK's own test app (createTestApp) and
// app.process with activities shaped as Teams sends them — a bot command, the message extension's
// fetchTask and submitAction, and adaptiveCard/action — against the local list service and a local
// Bot Connector over real HTTP. Assertions are on the cards returned and on the rows written.

import type { App } from '@microsoft/teams.apps';
import { createTestApp } from '@microsoft/teams.apps/dist/test-utils';
import type { IToken } from '@microsoft/teams.api';
import { ITEM_STATUSES, REPORTING_POINTS } from '../../../shared/lists';
import { registerStatusBot, REPORT_STATUS_COMMAND } from '../../../teams-app/src/bot/status-bot';
import { createIdentityResolver } from '../../../teams-app/src/bot/identity';
import { createTargetDirectory } from '../../../teams-app/src/bot/targets';
import {
  cardActionActivity,
  fetchTaskActivity,
  messageActivity,
  submitActionActivity,
  HARNESS_BOT,
  type Activity,
  type ChatAccount,
} from '../../../teams-app/src/chat-harness/activities';
import { cardActions, cardInputs, cardText, choicesOf, fillIn, type Json } from './support/cards';
import { CONVERSATION, startChatSite, type ChatSite } from './support/chat-site';

let site: ChatSite;
let app: App;
let seq = 0;
const logged: string[] = [];
const NOW = new Date('2022-09-01T08:30:00Z');

const nextId = (prefix = 'act') => `${prefix}-${++seq}`;

async function process(activity: Activity): Promise<{ status: number; body: Json | undefined }> {
  const token = { appId: '', from: 'azure', fromId: '', serviceUrl: site.connector.url, isExpired: () => false, toString: () => '' } as unknown as IToken;
  const res = await app.process({ token, body: activity as never });
  return { status: res.status, body: res.body as Json | undefined };
}

/** The card the bot last posted into the conversation. */
function lastBotCard(): { id: string; card: Json } {
  const sent = site.connector.connector.transcript(CONVERSATION.id).filter((a) => (a['from'] as { id?: string } | undefined)?.id === HARNESS_BOT.id);
  const last = sent[sent.length - 1];
  if (!last) throw new Error('The bot posted nothing');
  const attachment = (last['attachments'] as { content: Json }[] | undefined)?.[0];
  if (!attachment) throw new Error('The bot’s last message has no card');
  return { id: last.id, card: attachment.content };
}

async function command(persona: ChatSite['owner'], text: string): Promise<Json> {
  const before = site.connector.connector.transcript(CONVERSATION.id).length;
  const res = await process(messageActivity(site.envelope(persona, nextId('msg')), text));
  expect(res.status).toBe(200);
  const after = site.connector.connector.transcript(CONVERSATION.id);
  expect(after.length).toBe(before + 1);
  return lastBotCard().card;
}

async function cardAction(persona: ChatSite['owner'], verb: string, data: Json, id = nextId()): Promise<Json> {
  const res = await process(cardActionActivity(site.envelope(persona, id), { verb, data }, 'm-card'));
  expect(res.status).toBe(200);
  return res.body!;
}

function adaptiveCardOf(response: Json): Json {
  expect(response['statusCode']).toBe(200);
  expect(response['type']).toBe('application/vnd.microsoft.card.adaptive');
  return response['value'] as Json;
}

beforeAll(async () => {
  site = await startChatSite();
  app = createTestApp({ dangerouslyAllowUnauthenticatedRequests: true, clientId: '', logger: quietLogger() });
  registerStatusBot(app, {
    sp: site.botSp,
    identity: createIdentityResolver({ sp: site.botSp }),
    directory: createTargetDirectory(site.botSp),
    now: () => NOW,
    newId: () => `form-${nextId('id')}-0000`,
    log: (line) => logged.push(line),
    postRetryDelayMs: 1,
  });
  await app.initialize();
});
afterAll(() => site.close());

function quietLogger() {
  const logger = { debug() {}, info() {}, warn() {}, error() {}, trace() {}, log() {}, child: () => logger };
  return logger as never;
}

describe('bot command', () => {
  test('"status VBE2021-03" from the ansvarig: a 1.5 form card with Action.Execute, choices from the vocabulary, nothing written', async () => {
    const rowsBefore = await site.rows();
    const card = await command(site.owner, 'status VBE2021-03');
    expect(card['version']).toBe('1.5');
    const text = cardText(card);
    expect(text).toContain('Rapportera status');
    expect(text).toContain('VBE2021-03');
    expect(text).toContain(site.ownedAction.Title);
    const inputs = cardInputs(card);
    expect(choicesOf(inputs.get('status'))).toEqual([...ITEM_STATUSES]);
    expect(choicesOf(inputs.get('reportingPoint'))).toEqual([...REPORTING_POINTS]);
    expect(inputs.get('reportingPoint')?.['value']).toBe('Löpande');
    expect(inputs.get('comment')).toMatchObject({ type: 'Input.Text', isRequired: true, maxLength: 2000, isMultiline: true, label: 'Kommentar' });
    expect(inputs.get('reportingYear')).toMatchObject({ type: 'Input.Number', value: 2022 });
    expect(inputs.get('progressPercent')).toMatchObject({ type: 'Input.Number', placeholder: '0–100' });
    expect(inputs.has('resultat')).toBe(false);
    const [submit] = cardActions(card);
    expect(submit).toMatchObject({ type: 'Action.Execute', verb: 'status.post', data: { target: `Åtgärd:${site.ownedAction.Id}`, etag: site.ownedAction.etag } });
    expect(await site.rows()).toEqual(rowsBefore);
  });

  test('a non-owner gets a card that says why, and no form', async () => {
    const card = await command(site.other, 'status VBE2021-03');
    const text = cardText(card);
    expect(text).toContain('Du är inte ansvarig för åtgärden');
    expect(cardInputs(card).size).toBe(0);
    expect(cardActions(card)).toHaveLength(0);
  });

  test('an unknown id gets a Swedish not-found card', async () => {
    const card = await command(site.owner, 'status XYZ-404');
    expect(cardText(card)).toContain('Det finns ingen åtgärd, inget projekt och ingen kontroll med id "XYZ-404"');
  });

  test('"mina åtgärder" lists the person’s own items with a button each; "försenade" lists delayed items', async () => {
    const mine = await command(site.owner, 'mina åtgärder');
    expect(cardText(mine)).toContain('VBE2021-03');
    const buttons = cardActions(mine);
    expect(buttons.length).toBeGreaterThanOrEqual(3);
    expect(buttons.every((b) => b['type'] === 'Action.Execute' && b['verb'] === 'status.open')).toBe(true);
    expect(buttons.map((b) => (b['data'] as Json)['target'])).toContain(`Åtgärd:${site.ownedAction.Id}`);

    const delayed = await command(site.other, 'försenade');
    expect(cardText(delayed)).toContain('Försenade poster');
    // Sara is ansvarig for nothing, so the list has no buttons for her.
    expect(cardActions(delayed)).toHaveLength(0);
    expect(cardText(delayed)).toMatch(/VBE202[01]-\d\d/);
  });

  test('anything else gets the help card in Swedish, or in English for an English client', async () => {
    expect(cardText(await command(site.owner, 'hej'))).toContain('Jag förstod inte "hej"');
    const res = await process({ ...messageActivity(site.envelope(site.owner, nextId()), 'help'), locale: 'en-GB' });
    expect(res.status).toBe(200);
    expect(cardText(lastBotCard().card)).toContain('Report status without leaving the conversation');
  });
});

describe('adaptiveCard/action', () => {
  test('the ansvarig posts: confirmation card with who/when/what; one row with the person, the item follows', async () => {
    const form = await command(site.owner, 'status VBE2021-03');
    const { verb, data } = fillIn(form, { status: 'Pågår', comment: 'Workshop med skolorna hölls 30/8.', reportingPoint: 'T2', progressPercent: '40' });
    const rowsBefore = await site.rows();
    const confirmation = adaptiveCardOf(await cardAction(site.owner, verb!, data));
    const text = cardText(confirmation);
    expect(text).toContain('Status rapporterad');
    expect(text).toContain('Postad av: Erik Berg');
    expect(text).toContain('Postad: 2022-09-01 10:30');
    expect(text).toContain('Status: Pågår');
    expect(text).toContain('Uppföljningstillfälle: T2 2022');
    expect(text).toContain('Andel klart (%): 40 %');
    expect(cardActions(confirmation)).toHaveLength(0);

    const rows = await site.rows();
    expect(rows).toHaveLength(rowsBefore.length + 1);
    expect(rows[rows.length - 1]).toMatchObject({
      targetKind: 'Åtgärd',
      actionItemId: site.ownedAction.Id,
      status: 'Pågår',
      comment: 'Workshop med skolorna hölls 30/8.',
      reportingPoint: 'T2',
      reportingYear: 2022,
      progressPercent: 40,
      postedById: site.owner.id,
      postedAt: '2022-09-01T08:30:00Z',
      channel: 'Teams-chatt',
      teamsMessageId: `card:${String(data['formId'])}`,
      targetETag: site.ownedAction.etag,
    });
    const item = (await site.admin.actionItems.get(site.ownedAction.Id))!;
    expect(item).toMatchObject({ status: 'Pågår', latestStatusComment: 'Workshop med skolorna hölls 30/8.', latestStatusAt: '2022-09-01T08:30:00Z' });
  });

  test('a repeated submit of the same card — Teams retrying, or a double click — writes once and shows the saved post', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    const { verb, data } = fillIn(form, { status: 'Delvis genomförd', comment: 'Hälften av skolorna är klara.' });
    const rowsBefore = (await site.rows()).length;
    const first = cardText(adaptiveCardOf(await cardAction(site.owner, verb!, data, 'retry-1')));
    expect(first).toContain('Status rapporterad');
    const retried = cardText(adaptiveCardOf(await cardAction(site.owner, verb!, data, 'retry-1')));
    const doubleClick = cardText(adaptiveCardOf(await cardAction(site.owner, verb!, data, 'retry-2')));
    for (const text of [retried, doubleClick]) {
      expect(text).toContain('Den här uppdateringen var redan sparad');
      expect(text).toContain('Status: Delvis genomförd');
      expect(text).toContain('Postad av: Erik Berg');
    }
    const rows = await site.rows();
    expect(rows).toHaveLength(rowsBefore + 1);
    expect(rows.filter((r) => r.teamsMessageId === `card:${String(data['formId'])}`)).toHaveLength(1);
  });

  test('a stale card gets the conflict card with the newer status, writes nothing, and can be sent again', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    // Meanwhile the manager posts on the same item from another card.
    const managerForm = adaptiveCardOf(await cardAction(site.manager, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    const managerPost = fillIn(managerForm, { status: 'Försenad', comment: 'Skolorna har inte svarat.' });
    expect(cardText(adaptiveCardOf(await cardAction(site.manager, managerPost.verb!, managerPost.data)))).toContain('Postad av: Anna Lind');
    const rowsBefore = await site.rows();
    const itemBefore = await site.admin.actionItems.get(site.ownedAction.Id);

    const stale = fillIn(form, { status: 'Genomförd', comment: 'Allt klart.' });
    const conflict = adaptiveCardOf(await cardAction(site.owner, stale.verb!, stale.data));
    const text = cardText(conflict);
    expect(text).toContain('Posten har ändrats sedan kortet skapades');
    expect(text).toContain('Någon annan har uppdaterat posten');
    expect(text).toContain('Status: Försenad');
    expect(text).toContain('Skolorna har inte svarat.');
    expect(cardInputs(conflict).get('comment')?.['value']).toBe('Allt klart.');
    expect(cardInputs(conflict).get('status')?.['value']).toBe('Genomförd');
    expect(await site.rows()).toEqual(rowsBefore);
    expect(await site.admin.actionItems.get(site.ownedAction.Id)).toEqual(itemBefore);

    const again = fillIn(conflict, {});
    expect(again.data['etag']).toBe(itemBefore!.etag);
    expect(cardText(adaptiveCardOf(await cardAction(site.owner, again.verb!, again.data)))).toContain('Status: Genomförd');
    expect((await site.admin.actionItems.get(site.ownedAction.Id))!.status).toBe('Genomförd');
  });

  test('someone who is not ansvarig submitting a card they can see is refused and nothing is written', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    const { verb, data } = fillIn(form, { status: 'Utgår', comment: 'Inte min, men ändå.' });
    const rowsBefore = await site.rows();
    const itemBefore = await site.admin.actionItems.get(site.ownedAction.Id);
    const refused = adaptiveCardOf(await cardAction(site.other, verb!, data));
    expect(cardText(refused)).toContain('Du är inte ansvarig för åtgärden och får därför inte uppdatera dess status.');
    expect(cardText(refused)).toContain('Ingenting har sparats.');
    expect(await site.rows()).toEqual(rowsBefore);
    expect(await site.admin.actionItems.get(site.ownedAction.Id)).toEqual(itemBefore);
  });

  test('bad input: empty or oversized comment, a status outside the vocabulary, an unknown item, a malformed action', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    const rowsBefore = await site.rows();
    const itemBefore = await site.admin.actionItems.get(site.ownedAction.Id);

    const empty = fillIn(form, { status: 'Pågår', comment: '   ' });
    const emptyCard = adaptiveCardOf(await cardAction(site.owner, empty.verb!, empty.data));
    expect(cardText(emptyCard)).toContain('Kontrollera uppgifterna');
    expect(cardText(emptyCard)).toContain('Skriv en kommentar som beskriver läget.');

    const long = fillIn(form, { status: 'Pågår', comment: 'x'.repeat(2001) });
    expect(cardText(adaptiveCardOf(await cardAction(site.owner, long.verb!, long.data)))).toContain('Kommentaren får vara högst 2000 tecken (nu 2001)');

    const klar = fillIn(form, { status: 'Klar', comment: 'Klart.' });
    const klarCard = adaptiveCardOf(await cardAction(site.owner, klar.verb!, klar.data));
    expect(cardText(klarCard)).toContain('Okänd status "Klar"');
    // What the person typed is kept on the re-shown form.
    expect(cardInputs(klarCard).get('comment')?.['value']).toBe('Klart.');

    const gone = fillIn(form, { status: 'Pågår', comment: 'Finns den?' });
    const goneCard = adaptiveCardOf(await cardAction(site.owner, gone.verb!, { ...gone.data, target: 'Åtgärd:99999' }));
    expect(cardText(goneCard)).toContain('Hittade inte posten');

    const noTarget = await cardAction(site.owner, 'status.post', { comment: 'x', status: 'Pågår' });
    expect(noTarget).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
    expect(String((noTarget['value'] as Json)['message'])).toContain('Kortet saknar uppgift om vilken post');

    const unknownVerb = await cardAction(site.owner, 'status.delete', {});
    expect(unknownVerb).toMatchObject({ statusCode: 400 });

    const noAction = await process({ ...cardActionActivity(site.envelope(site.owner, nextId()), { verb: 'x', data: {} }), value: {} } as Activity);
    expect(noAction.body).toMatchObject({ statusCode: 400, value: { message: 'Ogiltig kortåtgärd: verb saknas.' } });

    expect(await site.rows()).toEqual(rowsBefore);
    expect(await site.admin.actionItems.get(site.ownedAction.Id)).toEqual(itemBefore);
  });

  test('a submit with a field the form has no input for (a result on an action item) shows why on the form and writes nothing', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    expect(cardInputs(form).has('resultat')).toBe(false);
    const rowsBefore = await site.rows();
    const { verb, data } = fillIn(form, { status: 'Pågår', comment: 'Med ett resultat som inte hör hit.' });
    const card = adaptiveCardOf(await cardAction(site.owner, verb!, { ...data, resultat: 'Inga avvikelser.' }));
    expect(cardText(card)).toContain('Kontrollera uppgifterna');
    expect(cardText(card)).toContain('Resultat anges bara för kontroller.');
    expect(cardInputs(card).get('comment')?.['value']).toBe('Med ett resultat som inte hör hit.');
    expect(await site.rows()).toEqual(rowsBefore);

    const en = await process(cardActionActivity({ ...site.envelope(site.owner, nextId()), locale: 'en-US' }, { verb: verb!, data: { ...data, resultat: 'No deviations.' } }, 'm-card'));
    expect(cardText(adaptiveCardOf(en.body!))).toContain('A result is given for controls only.');
  });

  test('SharePoint throttling past every retry: the form comes back with what was typed, and sending it again posts once', async () => {
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Åtgärd:${site.ownedAction.Id}` }));
    const { verb, data } = fillIn(form, { status: 'Pågår', comment: 'Skickat medan SharePoint var överbelastat.' });
    const rowsBefore = await site.rows();
    site.service.setFaults({ next: 10_000, status: 503, retryAfterSeconds: 0 });
    let busy: Json;
    try {
      busy = adaptiveCardOf(await cardAction(site.owner, verb!, data));
    } finally {
      site.service.setFaults({ next: 0 });
    }
    expect(cardText(busy)).toContain('Det gick inte att spara just nu');
    expect(cardText(busy)).toContain('Samma uppdatering sparas bara en gång.');
    expect(cardInputs(busy).get('comment')?.['value']).toBe('Skickat medan SharePoint var överbelastat.');
    expect(await site.rows()).toEqual(rowsBefore);

    const again = fillIn(busy, {});
    expect(again.data['formId']).toBe(data['formId']);
    expect(cardText(adaptiveCardOf(await cardAction(site.owner, again.verb!, again.data)))).toContain('Status rapporterad');
    expect(await site.rows()).toHaveLength(rowsBefore.length + 1);
    expect(logged.some((l) => l.includes('retrying'))).toBe(true);
  });

  test('a control: resultat is asked for and copied, genomförd follows the status', async () => {
    const [control] = await site.admin.controls.list({ where: (f) => f.lookupId('kontrollansvarig', site.owner.id) });
    const form = adaptiveCardOf(await cardAction(site.owner, 'status.open', { target: `Kontroll:${control!.Id}` }));
    expect(choicesOf(cardInputs(form).get('status'))).toContain('Ej genomförd');
    const { verb, data } = fillIn(form, { status: 'Genomförd', comment: 'Stickprov på 20 beslut.', resultat: 'Inga avvikelser i stickprovet.', reportingPoint: 'VB' });
    expect(cardText(adaptiveCardOf(await cardAction(site.owner, verb!, data)))).toContain('Resultat (kontroll): Inga avvikelser i stickprovet.');
    expect(await site.admin.controls.get(control!.Id)).toMatchObject({ status: 'Genomförd', genomford: 'Genomförd', resultat: 'Inga avvikelser i stickprovet.' });
  });

  test('a sender the conversation roster does not know gets a card saying so, and nothing is written', async () => {
    const stranger: ChatAccount = { id: '29:stranger', name: 'Okänd', aadObjectId: '00000000-0000-4000-8000-000000000999' };
    const rowsBefore = await site.rows();
    const res = await process(
      cardActionActivity({ ...site.envelope(site.owner, nextId()), from: stranger }, { verb: 'status.post', data: { target: `Åtgärd:${site.ownedAction.Id}`, status: 'Pågår', comment: 'x', reportingYear: '2022' } }),
    );
    expect(cardText(adaptiveCardOf(res.body!))).toContain('Jag kunde inte ta reda på vem du är i Teams');
    expect(await site.rows()).toEqual(rowsBefore);
  });
});

describe('message extension', () => {
  test('fetchTask from the compose box: a picker of the person’s own items (a manager gets every item)', async () => {
    const res = await process(fetchTaskActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'compose'));
    const task = (res.body as { task: { type: string; value: { card: { content: Json } } } }).task;
    expect(task.type).toBe('continue');
    const picker = task.value.card.content;
    const choices = choicesOf(cardInputs(picker).get('target'));
    expect(choices).toContain(`Åtgärd:${site.ownedAction.Id}`);
    expect(choices).toHaveLength(3);
    expect(cardActions(picker)[0]).toMatchObject({ type: 'Action.Submit', data: { verb: 'status.pick' } });

    const managerRes = await process(fetchTaskActivity(site.envelope(site.manager, nextId()), REPORT_STATUS_COMMAND, 'commandbox'));
    const managerChoices = choicesOf(cardInputs((managerRes.body as { task: { value: { card: { content: Json } } } }).task.value.card.content).get('target'));
    expect(managerChoices.length).toBeGreaterThan(10);

    const none = await process(fetchTaskActivity(site.envelope(site.other, nextId()), REPORT_STATUS_COMMAND, 'compose'));
    expect(none.body).toMatchObject({ task: { type: 'message' } });
    expect(String((none.body as { task: { value: string } }).task.value)).toContain('Det finns ingen post som du får rapportera status för');
  });

  test('fetchTask from a message that names an item opens its form; pick → form; submitAction posts and inserts the confirmation', async () => {
    const message = { id: 'msg-42', text: 'Hur går det med <b>VBE2021-03</b>? /Anna', from: site.member(site.manager) };
    const res = await process(fetchTaskActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'message', message));
    const form = (res.body as { task: { type: string; value: { card: { content: Json } } } }).task.value.card.content;
    expect(cardText(form)).toContain('VBE2021-03');
    const [submit] = cardActions(form);
    expect(submit).toMatchObject({ type: 'Action.Submit', data: { verb: 'status.post', target: `Åtgärd:${site.ownedAction.Id}` } });

    const picked = await process(submitActionActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'compose', { verb: 'status.pick', target: `Åtgärd:${site.ownedAction.Id}` }));
    const pickedForm = (picked.body as { task: { value: { card: { content: Json } } } }).task.value.card.content;
    expect(cardInputs(pickedForm).has('comment')).toBe(true);

    const invalid = fillIn(pickedForm, { status: 'Pågår', comment: '' });
    const again = await process(submitActionActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'compose', invalid.data));
    expect(again.body).toMatchObject({ task: { type: 'continue' } });
    expect(cardText((again.body as { task: { value: { card: { content: Json } } } }).task.value.card.content)).toContain('Skriv en kommentar');

    const rowsBefore = (await site.rows()).length;
    const filled = fillIn(pickedForm, { status: 'Pågår', comment: 'Uppdaterat från meddelandetillägget.' });
    const posted = await process(submitActionActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'compose', filled.data));
    const result = (posted.body as { composeExtension: { type: string; attachments: { contentType: string; content: Json }[] } }).composeExtension;
    expect(result.type).toBe('result');
    expect(result.attachments[0]!.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(cardText(result.attachments[0]!.content)).toContain('Kommentar: Uppdaterat från meddelandetillägget.');
    const rows = await site.rows();
    expect(rows).toHaveLength(rowsBefore + 1);
    expect(rows[rows.length - 1]).toMatchObject({ channel: 'Teams-chatt', postedById: site.owner.id, comment: 'Uppdaterat från meddelandetillägget.' });
  });

  test('an unknown command or a malformed submit is answered, not crashed on', async () => {
    const wrong = await process(fetchTaskActivity(site.envelope(site.owner, nextId()), 'somethingElse', 'compose'));
    expect(wrong.body).toMatchObject({ task: { type: 'message', value: 'Okänt kommando "somethingElse".' } });
    const noData = await process(submitActionActivity(site.envelope(site.owner, nextId()), REPORT_STATUS_COMMAND, 'compose', { verb: 'status.post' }));
    expect(noData.body).toMatchObject({ task: { type: 'message' } });
    expect(String((noData.body as { task: { value: string } }).task.value)).toContain('Kortet saknar uppgift');
  });
});
