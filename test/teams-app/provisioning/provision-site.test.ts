import type { SPFI } from '@pnp/sp';
import { fieldKey, lists, type FieldSchema } from '../../../shared/lists';
import { listRef } from '../../../teams-app/src/data/list-ref';
import { provisionSite } from '../../../teams-app/src/provisioning/provision-site';
import { startLocalSite, type LocalSite } from './local-site';

let site: LocalSite;
let sp: SPFI;

beforeAll(async () => {
  site = await startLocalSite();
  sp = site.spAs(site.manager);
});
afterAll(() => site.close());

type RawField = Record<string, unknown>;
const choices = (f: RawField): unknown => (f['Choices'] as { results?: unknown })?.results ?? f['Choices'];

describe('provisionSite over PnPjs against the local list service', () => {
  test('creates all eleven lists with their fields, then a second run changes nothing', async () => {
    const first = await provisionSite(sp);
    expect(first.listsCreated).toEqual(lists.map((l) => l.name));
    expect(first.fieldsCreated.length).toBe(lists.reduce((n, l) => n + l.fields.filter((f) => f.name !== 'Title').length, 0));

    const second = await provisionSite(sp);
    expect(second).toEqual({ listsCreated: [], listsUpdated: [], fieldsCreated: [], fieldsUpdated: [] });

    const all = (await sp.web.lists.select('Title', 'Id')()) as { Title: string }[];
    for (const l of lists) expect(all.filter((x) => x.Title === l.displayName)).toHaveLength(1);
  });

  test.each(lists.map((l) => [l.name, l] as const))('%s: URL, Swedish titles, types, required, indexes, choices, lookups', async (_, schema) => {
    // listRef addresses the list by its URL (/sites/amn/Lists/<internal name>), so finding it proves the URL.
    const info = (await listRef(sp, schema).select('Title', 'EnableVersioning')()) as { Title: string; EnableVersioning: boolean };
    expect(info.Title).toBe(schema.displayName);
    expect(info.EnableVersioning).toBe(schema.versioning);

    const fields = (await listRef(sp, schema).fields()) as RawField[];
    const byName = new Map(fields.map((f) => [String(f['InternalName']), f]));
    for (const field of schema.fields as readonly FieldSchema[]) {
      const raw = byName.get(field.name);
      expect([field.name, raw !== undefined]).toEqual([field.name, true]);
      const expected: Record<string, unknown> = { Title: field.displayName, Required: field.required };
      if (field.name !== 'Title') expected['Indexed'] = field.indexed;
      const kinds = { Text: 2, Note: 3, DateTime: 4, Choice: 6, Lookup: 7, Boolean: 8, Number: 9, Currency: 10, MultiChoice: 15, User: 20, UserMulti: 20 };
      expected['FieldTypeKind'] = kinds[field.kind];
      if (field.kind === 'Text' && field.name !== 'Title') Object.assign(expected, { MaxLength: field.maxLength, EnforceUniqueValues: field.unique });
      if (field.kind === 'DateTime') expected['DisplayFormat'] = field.dateOnly ? 0 : 1;
      if (field.kind === 'User' || field.kind === 'UserMulti') expected['AllowMultipleValues'] = field.kind === 'UserMulti';
      const actual = Object.fromEntries(Object.keys(expected).map((k) => [k, raw![k]]));
      expect([field.name, actual]).toEqual([field.name, expected]);
      if (field.kind === 'Choice' || field.kind === 'MultiChoice') {
        expect([field.name, choices(raw!), raw!['FillInChoice']]).toEqual([field.name, field.choices, field.fillIn]);
      }
      if (field.kind === 'Lookup') {
        const target = (await listRef(sp, { name: field.target }).select('Id')()) as { Id: string };
        expect(String(raw!['LookupList']).replace(/[{}]/g, '').toLowerCase()).toBe(target.Id.toLowerCase());
      }
      expect(fieldKey(field)).toBe(field.kind === 'Lookup' || field.kind.startsWith('User') ? `${field.name}Id` : field.name);
    }
  });

  test('an existing list that drifted is repaired in place, never duplicated', async () => {
    const plans = lists.find((l) => l.name === 'Plans')!;
    await listRef(sp, plans).update({ Title: 'Planer (gammal)' });
    await listRef(sp, plans).fields.getByInternalNameOrTitle('planYear').update({ Indexed: false, Title: 'År' }, 'SP.FieldNumber');
    await listRef(sp, plans).fields.getByInternalNameOrTitle('planType').update({ Choices: ['Handlingsplan VBE', 'Egen typ'] }, 'SP.FieldChoice');
    await listRef(sp, plans).fields.getByInternalNameOrTitle('externalId').update({ EnforceUniqueValues: false }, 'SP.FieldText');
    await listRef(sp, plans).fields.getByInternalNameOrTitle('externalId').update({ Indexed: false }, 'SP.FieldText');

    const report = await provisionSite(sp);
    expect(report).toEqual({ listsCreated: [], listsUpdated: ['Plans'], fieldsCreated: [], fieldsUpdated: ['Plans.externalId', 'Plans.planType', 'Plans.planYear'] });
    const externalIdField = (await listRef(sp, plans).fields.getByInternalNameOrTitle('externalId')()) as RawField;
    expect([externalIdField['Indexed'], externalIdField['EnforceUniqueValues']]).toEqual([true, true]);
    const planType = (await listRef(sp, plans).fields.getByInternalNameOrTitle('planType')()) as RawField;
    // Schema choices are added back; a value someone added stays (items may use it).
    expect(choices(planType)).toEqual(expect.arrayContaining(['Egen typ', 'Kompetensförsörjningsplan', 'Åtagande i löptext']));
    const planYear = (await listRef(sp, plans).fields.getByInternalNameOrTitle('planYear')()) as RawField;
    expect([planYear['Indexed'], planYear['Title']]).toEqual([true, 'Planår']);
    expect(await provisionSite(sp)).toEqual({ listsCreated: [], listsUpdated: [], fieldsCreated: [], fieldsUpdated: [] });
  });

  test('a member who is not a manager cannot provision (the authorize hook refuses)', async () => {
    const member = site.members[0]!;
    await expect(provisionSite(site.spAs(member), { lists: [{ ...lists[0], name: 'Extra', displayName: 'Extra' }] })).rejects.toMatchObject({ status: 403 });
  });
});
