// List items: paged queries, one item, create (201 + ETag), MERGE with IF-Match (412 on a stale
// ETag, `*` forces), delete. Every write bumps the item's version, which is its ETag ("n").

import type { ApiResponse, Call } from './api-types';
import { authorizeWrite, listSummary, plainItem } from './authorize';
import { checkEtag } from './api-schema';
import { json, requireMethod } from './api-web';
import { ItemBodies } from './item-body';
import { ItemRenderer } from './item-render';
import { queryItems } from './item-query';
import type { ItemData, WriteContext } from './item-values';
import { dataForCreate, dataForUpdate } from './item-values';
import { readQueryOptions } from './query-options';
import { etagOf, listUri } from './render';
import { SpError, badRequest, codes, notFound } from './sp-error';
import type { ListInfo } from './store';

const itemMissing = (): SpError => notFound('Item does not exist. It may have been deleted by another user.', codes.itemMissing);

function writeContext(call: Call, list: ListInfo): WriteContext {
  const store = call.ctx.store;
  return { store, list, fields: store.fields(list.key), user: call.req.user, now: call.ctx.now() };
}

const plain = plainItem;

function nextLinkFor(call: Call, skiptoken: string): string {
  const u = new URL(call.req.url.href);
  const params = new URLSearchParams();
  for (const [k, v] of u.searchParams) if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  params.set('$skiptoken', skiptoken);
  return `${call.ctx.site.origin}${u.pathname}?${params.toString()}`;
}

export function getItems(call: Call, list: ListInfo): ApiResponse {
  requireMethod(call, 'GET');
  const options = readQueryOptions(call.req.url.searchParams);
  const renderer = new ItemRenderer(call.ctx.store, list, call.r, options);
  const projection = renderer.sqlProjection();
  const page = queryItems(call.ctx.store, list, options, { threshold: call.ctx.threshold }, projection);
  const next = page.nextSkiptoken === undefined ? undefined : nextLinkFor(call, page.nextSkiptoken);
  const name = `SP.ListData.${list.entityTypeName}Items`;
  if (page.text) return json(call, 200, call.r.collectionBytes(page.text, name, next));
  const elements = page.rows.map((row) => row.json ?? renderer.renderText(row.id, row.version, JSON.parse(row.data) as ItemData)).join(',');
  return json(call, 200, call.r.collection(elements, name, next));
}

function itemResponse(call: Call, list: ListInfo, id: number, version: number, data: ItemData, status: number): ApiResponse {
  const options = readQueryOptions(call.req.url.searchParams);
  const element = new ItemRenderer(call.ctx.store, list, call.r, options).render(id, version, data);
  const body = call.format === 'verbose' ? JSON.stringify({ d: element }) : JSON.stringify(element);
  const headers: Record<string, string> = { etag: etagOf(version) };
  if (status === 201) headers.location = `${call.ctx.site.url}/_api/${listUri(list.id)}/Items(${id})`;
  return json(call, status, body, headers);
}

export function addItem(call: Call, list: ListInfo, body: Record<string, unknown>): ApiResponse {
  const ctx = writeContext(call, list);
  const data = dataForCreate(ctx, body);
  const bodies = new ItemBodies(call.ctx.store, call.ctx.site, list);
  const item = call.ctx.store.insertItem(list.key, data, ctx.now, (id, version) => bodies.body(id, version, data));
  authorizeWrite(call, { list: listSummary(list), kind: 'item', op: 'create', before: null, after: plain(call, list, item.id, 1, data) });
  return itemResponse(call, list, item.id, item.version, item.data, 201);
}

export function itemRoute(call: Call, list: ListInfo, id: number, body: () => Record<string, unknown>, action?: string): ApiResponse {
  const store = call.ctx.store;
  if (!Number.isSafeInteger(id) || id < 1) throw badRequest(`'${id}' is not an item id.`);
  const current = store.getItem(list.key, id);
  if (!current) throw itemMissing();
  if (action === 'recycle') {
    requireMethod(call, 'POST');
    return deleteItem(call, list, id, current.version, current.data, true);
  }
  if (action !== undefined) throw notFound(`The item resource '${action}' is not supported by the local list service.`, codes.invalidQuery);
  switch (call.req.method) {
    case 'GET':
      return itemResponse(call, list, id, current.version, current.data, 200);
    case 'MERGE':
    case 'PATCH':
    case 'PUT': {
      checkEtag(call, etagOf(current.version));
      const ctx = writeContext(call, list);
      const data = dataForUpdate(ctx, id, current.data, body());
      const version = current.version + 1;
      authorizeWrite(call, {
        list: listSummary(list),
        kind: 'item',
        op: 'update',
        before: plain(call, list, id, current.version, current.data),
        after: plain(call, list, id, version, data),
      });
      store.updateItem(list.key, id, version, data, ctx.now, new ItemBodies(store, call.ctx.site, list).body(id, version, data));
      return { status: 204, headers: { etag: etagOf(version) }, body: '' };
    }
    case 'DELETE':
      checkEtag(call, etagOf(current.version));
      return deleteItem(call, list, id, current.version, current.data, false);
    default:
      return requireMethod(call, 'GET', 'MERGE', 'DELETE') as never;
  }
}

function deleteItem(call: Call, list: ListInfo, id: number, version: number, data: ItemData, recycle: boolean): ApiResponse {
  authorizeWrite(call, { list: listSummary(list), kind: 'item', op: 'delete', before: plain(call, list, id, version, data), after: null });
  call.ctx.store.deleteItem(list.key, id, call.ctx.now());
  if (recycle) return json(call, 200, call.r.value('Edm.Guid', { value: String(data.GUID ?? '') }, 'Recycle'));
  return { status: 200, headers: {}, body: '' };
}
