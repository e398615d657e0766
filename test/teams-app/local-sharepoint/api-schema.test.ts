// Lists and fields provisioned through PnPjs as provisioning code does it, and read back.
import type { SPFI } from '@pnp/sp';
import type { ListService } from '../../../teams-app/src/local-sharepoint';
import { createListService } from '../../../teams-app/src/local-sharepoint';
import { pnp, raw } from './support/pnp';

let svc: ListService;
let sp: SPFI;

beforeEach(async () => {
  svc = await createListService();
  sp = pnp(svc);
});
afterEach(() => svc.close());

async function statusOf(p: Promise<unknown>): Promise<{ status: number; message: string }> {
  const e = (await p.then(
    () => undefined,
    (x: unknown) => x,
  )) as { status: number; response: Response } | undefined;
  if (!e) return { status: 0, message: '' };
  const body = (await e.response.clone().json()) as { 'odata.error'?: { message: { value: string } }; error?: { message: { value: string } } };
  return { status: e.status, message: (body['odata.error'] ?? body.error)!.message.value };
}

describe('lists', () => {
  test('lists.add creates a generic list whose entity names follow its title', async () => {
    const created = (await sp.web.lists.add('ActionItems', 'Åtgärder', 100, false, { EnableVersioning: true })) as unknown as Record<string, unknown>;
    expect(created).toMatchObject({
      Title: 'ActionItems',
      Description: 'Åtgärder',
      BaseTemplate: 100,
      EnableVersioning: true,
      EntityTypeName: 'ActionItemsList',
      ListItemEntityTypeFullName: 'SP.Data.ActionItemsListItem',
      ItemCount: 0,
    });
    expect(created.Id).toMatch(/^[0-9a-f-]{36}$/);
    const all = (await sp.web.lists.filter("Title eq 'ActionItems'")()) as { Id: string }[];
    expect(all.map((l) => l.Id)).toEqual([created.Id]);
  });

  test("by title (with '' escaping), by id, by URL after a rename; unknown titles are 404 with SharePoint's message", async () => {
    const created = (await sp.web.lists.add("O'Brien/lista (test)")) as { Id: string };
    expect(((await sp.web.lists.getByTitle("O'Brien/lista (test)")()) as { Id: string }).Id).toBe(created.Id);
    expect(((await sp.web.lists.getById(created.Id)()) as { Title: string }).Title).toBe("O'Brien/lista (test)");
    const byGuid = await raw(svc, `_api/web/lists(guid'${created.Id}')?$select=Title`);
    expect(byGuid.json().Title).toBe("O'Brien/lista (test)");

    await sp.web.lists.add('Plans');
    await sp.web.lists.getByTitle('Plans').update({ Title: 'Planer', Description: 'Nämndens planer' });
    const byUrl = (await sp.web.getList('/sites/amn/Lists/Plans')()) as { Title: string; Description: string };
    expect(byUrl).toMatchObject({ Title: 'Planer', Description: 'Nämndens planer' });
    expect(await statusOf(sp.web.lists.getByTitle('Plans')())).toEqual({
      status: 404,
      message: `List 'Plans' does not exist at site with URL '${svc.siteUrl}'.`,
    });
  });

  test('a second list with the same title is refused; lists.ensure finds the existing one', async () => {
    await sp.web.lists.add('Risks');
    expect((await statusOf(sp.web.lists.add('risks'))).status).toBe(409);
    const ensured = await sp.web.lists.ensure('Risks', 'Risker');
    expect(ensured.created).toBe(false);
    expect(((await sp.web.lists.getByTitle('Risks')()) as { Description: string }).Description).toBe('Risker');
    expect(((await sp.web.lists()) as unknown[]).length).toBe(1);
  });

  test('list updates honour IF-Match and bump the list ETag', async () => {
    await sp.web.lists.add('Controls');
    const list = sp.web.lists.getByTitle('Controls');
    const first = await raw(svc, `_api/web/lists/getByTitle('Controls')`);
    const etag = first.json()['odata.etag'] as string;
    await list.update({ Description: 'ett' }, etag);
    expect((await statusOf(list.update({ Description: 'två' }, etag))).status).toBe(412);
    expect(((await list()) as { Description: string }).Description).toBe('ett');
  });

  test('only generic lists (BaseTemplate 100) can be created, unknown properties are named', async () => {
    expect(await statusOf(sp.web.lists.add('Docs', '', 101))).toMatchObject({ status: 400, message: expect.stringContaining('BaseTemplate 101') });
    expect(await statusOf(sp.web.lists.add('X', '', 100, false, { Colour: 'red' } as never))).toMatchObject({
      status: 400,
      message: expect.stringContaining("'Colour'"),
    });
  });

  test('deleting a list removes it and its items', async () => {
    await sp.web.lists.add('Temp');
    await sp.web.lists.getByTitle('Temp').items.add({ Title: 'x' });
    await sp.web.lists.getByTitle('Temp').delete();
    expect((await statusOf(sp.web.lists.getByTitle('Temp')())).status).toBe(404);
  });
});

describe('fields', () => {
  beforeEach(async () => {
    await sp.web.lists.add('Plans');
    await sp.web.lists.add('Actions');
  });
  const fields = (): ReturnType<SPFI['web']['lists']['getByTitle']>['fields'] => sp.web.lists.getByTitle('Actions').fields;

  test('every fields.add* helper creates its kind, named from the title as SharePoint names it', async () => {
    await fields().addText('externalId', { MaxLength: 50, Indexed: true, EnforceUniqueValues: true });
    await fields().addText('Klart senast');
    await fields().addMultilineText('activityText', { RichText: false });
    await fields().addNumber('progressPercent', { MinimumValue: 0, MaximumValue: 100 });
    await fields().addCurrency('budget', { CurrencyLocaleId: 1053 });
    await fields().addDateTime('dueDate');
    await fields().addBoolean('followUpInferred');
    await fields().addChoice('status', { Choices: ['Pågår', 'Genomförd'], FillInChoice: false });
    await fields().addMultiChoice('points', { Choices: ['T1', 'T2'] });
    await fields().addUser('owner', { SelectionMode: 0 });
    const plans = (await sp.web.lists.getByTitle('Plans').select('Id')()) as { Id: string };
    await fields().addLookup('plan', { LookupListId: plans.Id, LookupFieldName: 'Title' });

    const all = (await fields().filter('FromBaseType eq false')()) as Record<string, unknown>[];
    const summary = Object.fromEntries(all.map((f) => [f.InternalName, f.TypeAsString]));
    expect(summary).toEqual({
      externalId: 'Text',
      Klart_x0020_senast: 'Text',
      activityText: 'Note',
      progressPercent: 'Number',
      budget: 'Currency',
      dueDate: 'DateTime',
      followUpInferred: 'Boolean',
      status: 'Choice',
      points: 'MultiChoice',
      owner: 'User',
      plan: 'Lookup',
    });
    const byName = (n: string): Record<string, unknown> => all.find((f) => f.InternalName === n)!;
    expect(byName('externalId')).toMatchObject({ MaxLength: 50, Indexed: true, EnforceUniqueValues: true });
    expect(byName('progressPercent')).toMatchObject({ MinimumValue: 0, MaximumValue: 100 });
    expect(byName('dueDate')).toMatchObject({ DisplayFormat: 0 });
    expect(byName('status')).toMatchObject({ Choices: ['Pågår', 'Genomförd'], FillInChoice: false });
    expect(byName('plan')).toMatchObject({ LookupList: `{${plans.Id}}`, LookupField: 'Title' });
  });

  test('createFieldAsXml takes the internal name from DisplayName unless AddFieldInternalNameHint (8) is set', async () => {
    const plain = await fields().createFieldAsXml('<Field Type="Text" Name="ownerText" DisplayName="Ansvarig (källa)" />');
    expect(plain.InternalName).toBe('Ansvarig_x0020__x0028_k_x00e4_ll');
    const hinted = await fields().createFieldAsXml({
      SchemaXml: `<Field Type="Choice" Name="planType" StaticName="planType" DisplayName="Plantyp" Required="TRUE" Indexed="TRUE" FillInChoice="TRUE">
        <CHOICES><CHOICE>Handlingsplan VBE</CHOICE><CHOICE>KF-budgetuppdrag</CHOICE></CHOICES><Default>KF-budgetuppdrag</Default></Field>`,
      Options: 8,
    });
    expect(hinted).toMatchObject({ InternalName: 'planType', Title: 'Plantyp', Required: true, Indexed: true, DefaultValue: 'KF-budgetuppdrag' });
    const plans = (await sp.web.lists.getByTitle('Plans').select('Id')()) as { Id: string };
    const lookup = await fields().createFieldAsXml({
      SchemaXml: `<Field Type="LookupMulti" Mult="TRUE" Name="plans" DisplayName="Planer" List="{${plans.Id}}" ShowField="Title" />`,
      Options: 8,
    });
    expect(lookup).toMatchObject({ InternalName: 'plans', TypeAsString: 'LookupMulti', AllowMultipleValues: true });
    expect(await statusOf(fields().createFieldAsXml('<Field Type="Text" DisplayName="x"'))).toMatchObject({ status: 400, message: expect.stringContaining('not valid XML') });
  });

  test('field updates set Indexed, Required, Choices, Title and AllowMultipleValues', async () => {
    await fields().addChoice('status', { Choices: ['Pågår'] });
    await fields().addUser('owners');
    const status = fields().getByInternalNameOrTitle('status');
    await status.update({ Indexed: true, Required: true, Choices: ['Pågår', 'Försenad'], Title: 'Status' });
    await fields().getByInternalNameOrTitle('owners').update({ AllowMultipleValues: true }, 'SP.FieldUser');
    const after = (await status()) as Record<string, unknown>;
    expect(after).toMatchObject({ InternalName: 'status', Title: 'Status', Indexed: true, Required: true, Choices: ['Pågår', 'Försenad'] });
    const byTitle = (await fields().getByTitle('Status')()) as { Id: string };
    expect(((await fields().getById(byTitle.Id)()) as { InternalName: string }).InternalName).toBe('status');
    expect(((await fields().getByInternalNameOrTitle('owners')()) as { TypeAsString: string }).TypeAsString).toBe('UserMulti');
    expect(await statusOf(status.update({ Colour: 'red' }))).toMatchObject({ status: 400, message: expect.stringContaining("'Colour'") });
  });

  test('unique values need an index, and cannot be switched on over duplicates', async () => {
    expect(await statusOf(fields().addText('code', { EnforceUniqueValues: true }))).toMatchObject({
      status: 400,
      message: expect.stringContaining('must be indexed'),
    });
    await fields().addText('code');
    const items = sp.web.lists.getByTitle('Actions').items;
    await items.add({ Title: 'a', code: 'X' });
    await items.add({ Title: 'b', code: 'x' });
    expect((await statusOf(fields().getByInternalNameOrTitle('code').update({ Indexed: true, EnforceUniqueValues: true }))).status).toBe(409);
    expect(((await fields().getByInternalNameOrTitle('code')()) as { EnforceUniqueValues: boolean }).EnforceUniqueValues).toBe(false);
  });

  test('a deleted column takes its values with it; built-in columns cannot be deleted', async () => {
    await fields().addText('scratch');
    await sp.web.lists.getByTitle('Actions').items.add({ Title: 'a', scratch: 'old' });
    await fields().getByInternalNameOrTitle('scratch').delete();
    await fields().addText('scratch');
    const item = (await sp.web.lists.getByTitle('Actions').items.getById(1).select('scratch')()) as { scratch: unknown };
    expect(item.scratch).toBeNull();
    expect((await statusOf(fields().getByInternalNameOrTitle('Created').delete())).status).toBe(400);
  });

  test('unknown fields are 404 by SharePoint\'s message; unsupported kinds are refused by name', async () => {
    expect(await statusOf(fields().getByInternalNameOrTitle('nope')())).toEqual({
      status: 404,
      message: "Column 'nope' does not exist. It may have been deleted by another user.",
    });
    expect(await statusOf(fields().addUrl('link'))).toMatchObject({ status: 400, message: expect.stringContaining('not supported') });
  });
});
