// The nämnd's write policy (shared/lists authorizeWrite) wired into the service as `sharepoint`
// runs it: owners post status on their own items, readers write nothing, managers everything.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../teams-app/src/local-sharepoint/namnd-policy';
import { pnp } from './support/pnp';

let svc: ListService;
let anna: SPFI;
let ids: Record<'anna' | 'erik' | 'sara' | 'olof', number>;

beforeAll(async () => {
  svc = await createListService({ authorize: namndPolicy });
  anna = pnp(svc, 'local-anna');
  const byLogin = (l: string): number => svc.personas.find((p) => p.login === `${l}@amn.local`)!.id;
  ids = { anna: byLogin('anna.lind'), erik: byLogin('erik.berg'), sara: byLogin('sara.holm'), olof: byLogin('olof.nyman') };
  await anna.web.lists.add('ActionItems');
  const a = anna.web.lists.getByTitle('ActionItems');
  await a.fields.addChoice('status', { Choices: ['Ej påbörjad', 'Pågår', 'Genomförd'] });
  await a.fields.addMultilineText('latestStatusComment', { RichText: false });
  await a.fields.addUser('ownerPersons', { AllowMultipleValues: true } as never);
  const actionList = (await a.select('Id')()) as { Id: string };
  await anna.web.lists.add('StatusUpdates');
  const s = anna.web.lists.getByTitle('StatusUpdates');
  await s.fields.addLookup('actionItem', { LookupListId: actionList.Id, LookupFieldName: 'Title' });
  await s.fields.addUser('postedBy');
  await s.fields.addChoice('status', { Choices: ['Ej påbörjad', 'Pågår', 'Genomförd'] });
  await a.items.add({ Title: 'Utbilda personalen', status: 'Ej påbörjad', ownerPersonsId: [ids.erik] });
});
afterAll(() => svc.close());

async function refusal(p: Promise<unknown>): Promise<{ status: number; value: string }> {
  const e = (await p.then(
    () => undefined,
    (x: unknown) => x,
  )) as { status: number; response: Response } | undefined;
  if (!e) throw new Error('expected a refusal');
  // fields.add asks for odata=verbose, whose errors come as {"error": …}
  const body = (await e.response.clone().json()) as Record<'odata.error' | 'error', { message: { value: string } } | undefined>;
  return { status: e.status, value: (body['odata.error'] ?? body.error)!.message.value };
}

const as = (token: string): SPFI => pnp(svc, token, { 'Accept-Language': 'sv-SE' });
const item = (sp: SPFI): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> =>
  sp.web.lists.getByTitle('ActionItems').items.getById(1);

test('the owner may update status and comment on their own action item', async () => {
  await item(as('local-erik')).update({ status: 'Pågår', latestStatusComment: 'Startat i mars.' });
  expect(await item(anna).select('status')()).toMatchObject({ status: 'Pågår' });
});

test('the owner may not change plan data; others may not touch the item; nothing is stored', async () => {
  expect(await refusal(item(as('local-erik')).update({ Title: 'Något annat' }))).toMatchObject({ status: 403, value: expect.stringContaining('Title') });
  expect(await refusal(item(as('local-sara')).update({ status: 'Genomförd' }))).toEqual({
    status: 403,
    value: 'Du är inte ansvarig för åtgärden och får därför inte uppdatera dess status.',
  });
  expect(await refusal(as('local-olof').web.lists.getByTitle('ActionItems').items.add({ Title: 'Ny' }))).toMatchObject({ status: 403 });
  expect(await item(anna).select('Title', 'status')()).toMatchObject({ Title: 'Utbilda personalen', status: 'Pågår' });
});

test('a status post is allowed for the target item\'s owner in their own name only', async () => {
  const posts = (t: string): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => as(t).web.lists.getByTitle('StatusUpdates').items;
  await posts('local-erik').add({ Title: 'Pågår', actionItemId: 1, postedById: ids.erik, status: 'Pågår' });
  expect((await refusal(posts('local-sara').add({ Title: 'x', actionItemId: 1, postedById: ids.sara, status: 'Pågår' }))).status).toBe(403);
  expect(await refusal(posts('local-erik').add({ Title: 'x', actionItemId: 1, postedById: ids.sara, status: 'Pågår' }))).toMatchObject({
    value: 'Du kan bara posta status i ditt eget namn.',
  });
  const all = (await anna.web.lists.getByTitle('StatusUpdates').items.select('postedById')()) as { postedById: number }[];
  expect(all).toEqual([expect.objectContaining({ postedById: ids.erik })]);
});

test('only managers may change the lists themselves', async () => {
  expect(await refusal(as('local-erik').web.lists.getByTitle('ActionItems').fields.addText('extra'))).toEqual({
    status: 403,
    value: 'Bara nämndens administratörer får ändra listornas uppbyggnad.',
  });
  await anna.web.lists.getByTitle('ActionItems').fields.addText('extra');
});
