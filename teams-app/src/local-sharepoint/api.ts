// The `_api` dispatcher: resource path → handler, one transaction per write request, errors in
// SharePoint's shape. Everything here is synchronous; the HTTP layer and `$batch` call into it.

import { addItem, getItems, itemRoute } from './api-items';
import { addField, addFieldAsXml, addList, fieldRoute, findField, findList, getFields, getLists, listRoute } from './api-schema';
import type { ApiContext, ApiRequest, ApiResponse, Call } from './api-types';
import { getAssociatedGroup, getSiteGroup, getSiteGroups, getUserGroups } from './api-groups';
import { contextInfo, currentUser, ensureUser, findSiteUser, getSite, getWeb, requireMethod, siteUser, siteUsers } from './api-web';
import type { Format } from './query-options';
import { contentTypeFor, formatFromAccept } from './query-options';
import { Renderer } from './render';
import type { Arg, Segment } from './resource-path';
import { parseResourcePath } from './resource-path';
import { SpError, badRequest, codes, errorBody, notFound } from './sp-error';
import type { ListInfo } from './store';

const unsupported = (what: string): SpError => notFound(`Cannot find resource for the request ${what}.`, codes.invalidQuery);

const USER_LOOKUPS: ReadonlyMap<string, 'id' | 'email' | 'login'> = new Map([
  ['getbyid', 'id'],
  ['getbyemail', 'email'],
  ['getbyloginname', 'login'],
]);

const isGroups = (segs: readonly Segment[]): boolean => segs.length === 1 && segs[0]!.name === 'groups' && !segs[0]!.args;

export function isJsonContentType(ct: string | undefined): boolean {
  return ct !== undefined && /^\s*application\/json\s*(;|$)/i.test(ct);
}

function parseBody(req: ApiRequest): Record<string, unknown> {
  if (req.body.trim() === '') return {};
  if (!isJsonContentType(req.headers['content-type'])) {
    throw new SpError(
      415,
      codes.invalidQuery,
      `The content type '${req.headers['content-type'] ?? '(none)'}' is not supported for this request; send application/json.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(req.body);
  } catch (e) {
    throw badRequest(`Invalid JSON. The request body could not be read: ${e instanceof Error ? e.message : String(e)}.`);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw badRequest('Invalid JSON. The request body must be a JSON object.');
  return parsed as Record<string, unknown>;
}

/** `{"parameters": {...}}`, as AddField and createfieldasxml take it. */
function parametersOf(body: Record<string, unknown>): Record<string, unknown> {
  const p = body.parameters;
  if (typeof p !== 'object' || p === null || Array.isArray(p)) throw badRequest('This method takes {"parameters": {…}}.');
  return p as Record<string, unknown>;
}

export class SharePointApi {
  constructor(readonly ctx: ApiContext) {}

  /** A single request (not `$batch`): parse, dispatch, commit or roll back, answer. */
  handle(req: ApiRequest): ApiResponse {
    let format: Format = 'minimal';
    try {
      format = formatFromAccept(req.headers.accept);
      const call: Call = { ctx: this.ctx, req, format, r: new Renderer(this.ctx.site, format) };
      if (req.method === 'GET') return this.dispatch(call);
      return this.ctx.store.transaction(() => this.dispatch(call));
    } catch (e) {
      return this.errorResponse(e, req, format);
    }
  }

  errorResponse(e: unknown, req: Pick<ApiRequest, 'headers' | 'method' | 'url'>, format: Format): ApiResponse {
    const err =
      e instanceof SpError
        ? e
        : new SpError(500, codes.internal, `The local list service failed on ${req.method} ${req.url.pathname}: ${e instanceof Error ? e.message : String(e)}`);
    if (!(e instanceof SpError)) process.stderr.write(`local-sharepoint: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    return {
      status: err.status,
      headers: { 'content-type': contentTypeFor(format), ...err.headers },
      body: errorBody(err, req.headers['accept-language'], format === 'verbose'),
    };
  }

  /** Path after `<site>/_api/`, or undefined when the URL is not under this site's API. */
  apiPath(url: URL): string | undefined {
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      throw badRequest(`The URL path '${url.pathname}' is not valid percent-encoding.`);
    }
    const prefix = `${this.ctx.site.path}/_api`.toLowerCase();
    const lower = path.toLowerCase();
    if (lower === prefix) return '';
    if (!lower.startsWith(`${prefix}/`)) return undefined;
    return path.slice(prefix.length + 1);
  }

  dispatch(call: Call): ApiResponse {
    const rest = this.apiPath(call.req.url);
    if (rest === undefined) throw unsupported(call.req.url.pathname);
    const segs = parseResourcePath(rest, call.req.url.searchParams);
    const [first, ...tail] = segs;
    switch (first?.name) {
      case 'contextinfo':
        if (tail.length === 0) return contextInfo(call);
        break;
      case 'web':
        if (!first.args) return this.web(call, tail);
        break;
      case 'site':
        if (tail.length === 0 && !first.args) return getSite(call);
        break;
      case 'lists':
        return this.lists(call, first, tail);
      case '$batch':
        throw badRequest('A $batch cannot be nested in a $batch.');
    }
    throw unsupported(call.req.url.pathname);
  }

  private web(call: Call, segs: readonly Segment[]): ApiResponse {
    if (segs.length === 0) return getWeb(call);
    const [s, ...rest] = segs as [Segment, ...Segment[]];
    switch (s.name) {
      case 'currentuser':
        if (rest.length === 0) return currentUser(call);
        if (isGroups(rest)) return getUserGroups(call, call.req.user);
        break;
      case 'siteusers': {
        if (s.args) {
          const a = s.args[0];
          const how = a?.kind === 'number' ? 'id' : 'login';
          if (rest.length === 0) return siteUser(call, how, a);
          if (isGroups(rest)) return getUserGroups(call, findSiteUser(call, how, a));
          break;
        }
        if (rest.length === 0) return siteUsers(call);
        const [m, ...more] = rest as [Segment, ...Segment[]];
        const how = USER_LOOKUPS.get(m.name);
        if (how === undefined) break;
        if (more.length === 0) return siteUser(call, how, m.args?.[0]);
        if (isGroups(more)) return getUserGroups(call, findSiteUser(call, how, m.args?.[0]));
        break;
      }
      case 'getuserbyid':
        if (rest.length === 0) return siteUser(call, 'id', s.args?.[0]);
        if (isGroups(rest)) return getUserGroups(call, findSiteUser(call, 'id', s.args?.[0]));
        break;
      case 'sitegroups': {
        if (s.args) {
          if (rest.length === 0) return getSiteGroup(call, 'id', s.args[0]);
          break;
        }
        if (rest.length === 0) return getSiteGroups(call);
        const [m, ...more] = rest as [Segment, ...Segment[]];
        if (more.length > 0) break;
        if (m.name === 'getbyid') return getSiteGroup(call, 'id', m.args?.[0]);
        if (m.name === 'getbyname') return getSiteGroup(call, 'name', m.args?.[0]);
        break;
      }
      case 'associatedownergroup':
        if (rest.length === 0) return getAssociatedGroup(call, 'owner');
        break;
      case 'associatedmembergroup':
        if (rest.length === 0) return getAssociatedGroup(call, 'member');
        break;
      case 'associatedvisitorgroup':
        if (rest.length === 0) return getAssociatedGroup(call, 'visitor');
        break;
      case 'ensureuser':
        if (rest.length === 0) {
          requireMethod(call, 'POST');
          return ensureUser(call, parseBody(call.req));
        }
        break;
      case 'lists':
        return this.lists(call, s, rest);
      case 'getlist':
        return this.list(call, findList(call, 'url', s.args?.[0]), rest);
    }
    throw unsupported(call.req.url.pathname);
  }

  private lists(call: Call, s: Segment, rest: readonly Segment[]): ApiResponse {
    if (s.args) return this.list(call, findList(call, 'id', s.args[0]), rest);
    if (rest.length === 0) {
      if (call.req.method === 'GET') return getLists(call);
      requireMethod(call, 'GET', 'POST');
      return addList(call, parseBody(call.req));
    }
    const [m, ...more] = rest as [Segment, ...Segment[]];
    if (m.name === 'getbytitle') return this.list(call, findList(call, 'title', m.args?.[0]), more);
    if (m.name === 'getbyid') return this.list(call, findList(call, 'id', m.args?.[0]), more);
    throw unsupported(call.req.url.pathname);
  }

  private list(call: Call, list: ListInfo, segs: readonly Segment[]): ApiResponse {
    const body = (): Record<string, unknown> => parseBody(call.req);
    if (segs.length === 0) return listRoute(call, list, body);
    const [s, ...rest] = segs as [Segment, ...Segment[]];
    switch (s.name) {
      case 'items': {
        if (s.args) return this.item(call, list, s.args[0], rest);
        if (rest.length === 0) {
          if (call.req.method === 'GET') return getItems(call, list);
          requireMethod(call, 'GET', 'POST');
          return addItem(call, list, body());
        }
        const [m, ...more] = rest as [Segment, ...Segment[]];
        if (m.name === 'getbyid') return this.item(call, list, m.args?.[0], more);
        break;
      }
      case 'getitembyid':
        return this.item(call, list, s.args?.[0], rest);
      case 'fields': {
        if (s.args) return fieldRoute(call, list, findField(call, list, 'id', s.args[0]), body);
        if (rest.length === 0) {
          if (call.req.method === 'GET') return getFields(call, list);
          requireMethod(call, 'GET', 'POST');
          return addField(call, list, body());
        }
        const [m, ...more] = rest as [Segment, ...Segment[]];
        if (more.length > 0) break;
        switch (m.name) {
          case 'addfield':
            requireMethod(call, 'POST');
            return addField(call, list, parametersOf(body()));
          case 'createfieldasxml':
            requireMethod(call, 'POST');
            return addFieldAsXml(call, list, parametersOf(body()));
          case 'getbyid':
            return fieldRoute(call, list, findField(call, list, 'id', m.args?.[0]), body);
          case 'getbytitle':
            return fieldRoute(call, list, findField(call, list, 'title', m.args?.[0]), body);
          case 'getbyinternalnameortitle':
            return fieldRoute(call, list, findField(call, list, 'nameOrTitle', m.args?.[0]), body);
        }
        break;
      }
    }
    throw unsupported(call.req.url.pathname);
  }

  private item(call: Call, list: ListInfo, arg: Arg | undefined, rest: readonly Segment[]): ApiResponse {
    if (arg?.kind !== 'number') throw badRequest('An item id must be a whole number, e.g. items(3).');
    if (rest.length > 1) throw unsupported(call.req.url.pathname);
    return itemRoute(call, list, arg.value, () => parseBody(call.req), rest[0]?.name);
  }
}
