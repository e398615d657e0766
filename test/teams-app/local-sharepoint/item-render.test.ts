// Pages are rendered by SQLite (json_object) when no $expand is asked for, and in JS otherwise.
// Both must produce the very same text, for every column kind, awkward values and all three shapes.
import { applyFieldProps, builtInFields, newField } from '../../../teams-app/src/local-sharepoint/field-model';
import { ItemBodies } from '../../../teams-app/src/local-sharepoint/item-body';
import { queryItems } from '../../../teams-app/src/local-sharepoint/item-query';
import { ItemRenderer } from '../../../teams-app/src/local-sharepoint/item-render';
import type { Format } from '../../../teams-app/src/local-sharepoint/query-options';
import { readQueryOptions } from '../../../teams-app/src/local-sharepoint/query-options';
import { Renderer } from '../../../teams-app/src/local-sharepoint/render';
import { ListStore } from '../../../teams-app/src/local-sharepoint/store';

const site = { origin: 'http://127.0.0.1:1', path: '/sites/amn', url: 'http://127.0.0.1:1/sites/amn', siteId: 's', webId: 'w', title: 'T' };

function setup(): { store: ListStore; list: ReturnType<ListStore['createList']> } {
  const store = new ListStore();
  const user = store.upsertUser({ loginName: 'a@amn.local', title: 'A', email: 'a@amn.local', isSiteAdmin: true, groups: [] });
  const list = store.createList(
    { id: '6f9619ff-8b86-d011-b42d-00c04fc964ff', title: 'Åtgärder', description: '', baseTemplate: 100, urlName: 'Actions', entityTypeName: 'ActionsList', created: '2024-01-01T00:00:00Z', enableVersioning: false, hidden: false },
    builtInFields(),
  );
  const add = (typeKind: number, name: string, props: Record<string, unknown> = {}): void =>
    store.addField(list.key, applyFieldProps(newField(typeKind, name, name, 'SP.Field'), props, 'SP.Field'));
  add(2, 'text');
  add(3, 'note');
  add(9, 'num');
  add(10, 'money');
  add(4, 'when');
  add(8, 'flag');
  add(6, 'choice', { Choices: ['a', 'b'], FillInChoice: true });
  add(15, 'multi', { Choices: ['x', 'y'], FillInChoice: true });
  add(20, 'person');
  add(20, 'people', { AllowMultipleValues: true });
  add(7, 'ref', { LookupListId: list.id });
  add(7, 'refs', { LookupListId: list.id, AllowMultipleValues: true });
  add(2, '_hidden');
  const rows: Record<string, unknown>[] = [
    {},
    {
      Title: 'Citat "så" \\ här\nny rad\ttab \u0001 😀 \ud800',
      text: "O'Brien",
      note: '<p>&amp;</p>',
      num: 0.1 + 0.2,
      money: 1e21,
      when: '2021-04-29T22:00:00Z',
      flag: true,
      choice: 'fritt värde',
      multi: ['x', 'egen'],
      person: user.id,
      people: [user.id],
      ref: 1,
      refs: [1],
      _hidden: 'h',
    },
    { Title: 'negativ', num: -5e-7, money: -0, flag: false, multi: [], people: [], refs: [], num2: 'stale key from a deleted column' },
  ];
  // The first two rows carry a pre-rendered body, the third does not: pages mix both paths.
  const current = store.listByKey(list.key)!;
  const bodies = new ItemBodies(store, site, current);
  rows.forEach((row, n) => {
    const data = { GUID: 'g', Created: '2024-01-01T00:00:00Z', Modified: '2024-01-01T00:00:00Z', Author: user.id, Editor: user.id, ...row };
    store.insertItem(list.key, data, '2024-01-01T00:00:00Z', n < 2 ? (id, version) => bodies.body(id, version, data) : undefined);
  });
  return { store, list: current };
}

const formats: Format[] = ['minimal', 'nometadata', 'verbose'];
const selects = ['', '$select=*', '$select=Id,Title,multi,peopleId,peopleStringId,personStringId,refsId,OData__UIVersionString,Attachments,GUID,OData__hidden', '$select=num'];

test.each(formats.flatMap((f) => selects.map((s) => [f, s] as const)))('%s %s: SQL and JS renderings are identical', (format, query) => {
  const { store, list } = setup();
  const options = readQueryOptions(new URLSearchParams(query));
  const renderer = new ItemRenderer(store, list, new Renderer(site, format), options);
  const projection = renderer.sqlProjection();
  expect(projection).toBeDefined();
  const byJs = queryItems(store, list, options, { threshold: 5000 }).rows.map((r) => renderer.renderText(r.id, r.version, JSON.parse(r.data) as Record<string, unknown>));
  expect(byJs).toHaveLength(3);
  for (const text of byJs) expect(() => JSON.parse(text)).not.toThrow();
  // ID order: the page comes back as one string; any other order: one rendered row each
  expect(queryItems(store, list, options, { threshold: 5000 }, projection).text?.toString()).toBe(byJs.join(','));
  const desc = readQueryOptions(new URLSearchParams(`${query}&$orderby=Title desc`));
  const rows = queryItems(store, list, desc, { threshold: 5000 }, projection).rows;
  const rowsJs = queryItems(store, list, desc, { threshold: 5000 }).rows;
  expect(rows.map((r) => r.json)).toEqual(rowsJs.map((r) => renderer.renderText(r.id, r.version, JSON.parse(r.data) as Record<string, unknown>)));
  // and the object renderer (single items, the authorize hook) agrees with the text renderer
  const first = queryItems(store, list, options, { threshold: 5000 }).rows[1]!;
  expect(JSON.parse(byJs[1]!)).toEqual(renderer.render(first.id, first.version, JSON.parse(first.data) as Record<string, unknown>));
  store.close();
});

test('bodies rendered under older columns are not used; a refresh renders them again', () => {
  const { store, list } = setup();
  store.addField(list.key, applyFieldProps(newField(2, 'later', 'later', 'SP.Field'), {}, 'SP.Field'));
  const now = store.listByKey(list.key)!;
  const renderer = new ItemRenderer(store, now, new Renderer(site, 'minimal'), {});
  const page = (): Record<string, unknown>[] => JSON.parse(`[${queryItems(store, now, {}, { threshold: 5000 }, renderer.sqlProjection()).text?.toString() ?? ''}]`);
  expect(page().map((item) => item.later)).toEqual([null, null, null]);
  store.db.prepare('UPDATE items SET body = ? WHERE id = 1').run('"stale":true');
  expect(page()[0]).not.toHaveProperty('stale');
  ItemBodies.refresh(store, site, list.key);
  expect(store.db.prepare('SELECT count(*) AS n FROM items WHERE body_rev = ?').get(now.schemaRev)).toEqual({ n: 3 });
  expect(page().map((item) => Object.keys(item))).toEqual(
    queryItems(store, now, {}, { threshold: 5000 }).rows.map((r) => Object.keys(JSON.parse(renderer.renderText(r.id, r.version, JSON.parse(r.data))))),
  );
  store.close();
});

test('$expand is rendered in JS (no SQL projection)', () => {
  const { store, list } = setup();
  const renderer = new ItemRenderer(store, list, new Renderer(site, 'minimal'), readQueryOptions(new URLSearchParams('$select=Id,ref/Title&$expand=ref')));
  expect(renderer.sqlProjection()).toBeUndefined();
  store.close();
});
