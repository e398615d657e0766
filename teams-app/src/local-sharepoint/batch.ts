// `$batch`: multipart/mixed as PnPjs writes it (GETs as top-level parts, writes grouped in
// changesets) and answered the way PnPjs' line-based parser reads it (one flat response part per
// request, in order).
//
// Changesets are atomic here: all of a changeset's requests run in one SQLite transaction, and if
// any of them fails, none of its writes is kept. The failing request gets its own error; every
// other request of that changeset gets 424 Failed Dependency saying it was rolled back. (SharePoint
// Online documents changesets but does not guarantee this; the stand-in chooses the strict,
// predictable reading so the data layer never has to guess which half of a changeset landed.)

import { randomUUID } from 'node:crypto';
import type { SharePointApi } from './api';
import type { ApiRequest, ApiResponse, Call } from './api-types';
import { formatFromAccept } from './query-options';
import { Renderer } from './render';
import { SpError, badRequest, codes, errorBody } from './sp-error';

interface HttpPart {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

type Entry = { readonly kind: 'request'; readonly part: HttpPart } | { readonly kind: 'changeset'; readonly parts: HttpPart[] };

const STATUS_TEXT: Readonly<Record<number, string>> = {
  200: 'OK',
  201: 'Created',
  204: 'No Content',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  424: 'Failed Dependency',
  500: 'Internal Server Error',
};

function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^\s*multipart\/mixed\b/i.test(contentType)) return undefined;
  return /boundary\s*=\s*"?([^";]+)"?/i.exec(contentType)?.[1]?.trim();
}

function splitMultipart(lines: readonly string[], boundary: string, what: string): string[][] {
  const delimiter = `--${boundary}`;
  const parts: string[][] = [];
  let current: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `${delimiter}--`) {
      if (current) parts.push(current);
      return parts;
    }
    if (t === delimiter) {
      if (current) parts.push(current);
      current = [];
    } else if (current) {
      current.push(line);
    }
  }
  throw badRequest(`The ${what} is not closed with '${delimiter}--'.`);
}

function readHeaders(lines: readonly string[], from: number): { headers: Record<string, string>; next: number } {
  const headers: Record<string, string> = {};
  let i = from;
  for (; i < lines.length; i++) {
    const line = lines[i]!.trimEnd();
    if (line === '') return { headers, next: i + 1 };
    const colon = line.indexOf(':');
    if (colon <= 0) throw badRequest(`The batch has a malformed header line '${line}'.`);
    headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return { headers, next: i };
}

function readHttpPart(lines: readonly string[], from: number): HttpPart {
  let i = from;
  while (i < lines.length && lines[i]!.trim() === '') i++;
  const requestLine = /^([A-Za-z]+)\s+(\S+)\s+HTTP\/1\.[01]$/.exec((lines[i] ?? '').trim());
  if (!requestLine) throw badRequest(`The batch part does not start with a request line ('METHOD URL HTTP/1.1'): '${lines[i] ?? ''}'.`);
  const { headers, next } = readHeaders(lines, i + 1);
  const body = lines.slice(next).join('\n').replace(/\s+$/, '');
  return { method: requestLine[1]!.toUpperCase(), url: requestLine[2]!, headers, body };
}

export function parseBatch(body: string, contentType: string | undefined): Entry[] {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw new SpError(415, codes.invalidQuery, "A $batch must be sent as 'multipart/mixed; boundary=…'.");
  const entries: Entry[] = [];
  for (const part of splitMultipart(body.split(/\r?\n/), boundary, 'batch')) {
    const { headers, next } = readHeaders(part, 0);
    const changeset = boundaryOf(headers['content-type']);
    if (changeset) {
      const parts = splitMultipart(part.slice(next), changeset, 'changeset').map((p) => readHttpPart(p, readHeaders(p, 0).next));
      entries.push({ kind: 'changeset', parts });
    } else {
      if (headers['content-type'] !== undefined && !/^application\/http\b/i.test(headers['content-type'])) {
        throw badRequest(`A batch part must be application/http or a multipart/mixed changeset, not '${headers['content-type']}'.`);
      }
      entries.push({ kind: 'request', part: readHttpPart(part, next) });
    }
  }
  return entries;
}

const ROLLBACK = Symbol('rollback');

export function runBatch(api: SharePointApi, outer: ApiRequest): ApiResponse {
  const entries = parseBatch(outer.body, outer.headers['content-type']);
  const toRequest = (p: HttpPart): ApiRequest => {
    let url: URL;
    try {
      url = new URL(p.url, api.ctx.site.url + '/');
    } catch {
      throw badRequest(`The batch part URL '${p.url}' is not valid.`);
    }
    const override = p.headers['x-http-method'];
    const method = p.method === 'POST' && override ? override.toUpperCase() : p.method;
    return { method, url, headers: { 'accept-language': outer.headers['accept-language'], ...p.headers }, body: p.body, user: outer.user };
  };
  /** Runs one part inside whatever transaction is open; failures become responses. */
  const run = (p: HttpPart): ApiResponse => {
    let format: ReturnType<typeof formatFromAccept> = 'minimal';
    let req: ApiRequest | undefined;
    try {
      req = toRequest(p);
      if (api.apiPath(req.url)?.toLowerCase() === '$batch') throw badRequest('A $batch cannot be nested in a $batch.');
      format = formatFromAccept(req.headers.accept);
      const call: Call = { ctx: api.ctx, req, format, r: new Renderer(api.ctx.site, format) };
      return api.dispatch(call);
    } catch (e) {
      return api.errorResponse(e, req ?? { headers: p.headers, method: p.method, url: new URL(api.ctx.site.url) }, format);
    }
  };
  const responses: ApiResponse[] = [];
  for (const entry of entries) {
    if (entry.kind === 'request') {
      const p = entry.part;
      responses.push(p.method === 'GET' ? run(p) : api.ctx.store.transaction(() => run(p)));
      continue;
    }
    const results: ApiResponse[] = [];
    let failedAt = -1;
    try {
      api.ctx.store.transaction(() => {
        for (const p of entry.parts) {
          const res = run(p);
          results.push(res);
          if (res.status >= 400) {
            failedAt = results.length - 1;
            throw ROLLBACK;
          }
        }
      });
    } catch (e) {
      if (e !== ROLLBACK) throw e;
    }
    if (failedAt < 0) {
      responses.push(...results);
      continue;
    }
    entry.parts.forEach((p, i) => {
      if (i === failedAt) {
        responses.push(results[i]!);
        return;
      }
      const err = new SpError(
        424,
        codes.clientService,
        `Rolled back: request ${failedAt + 1} of this changeset failed with ${results[failedAt]!.status}, so none of the changeset's ${entry.parts.length} requests was saved.`,
      );
      let verbose = false;
      try {
        verbose = formatFromAccept(p.headers.accept) === 'verbose';
      } catch {
        // keep the default shape
      }
      responses.push({ status: 424, headers: { 'content-type': 'application/json;charset=utf-8' }, body: errorBody(err, outer.headers['accept-language'], verbose) });
    });
  }
  const boundary = `batchresponse_${randomUUID()}`;
  const out: string[] = [];
  for (const res of responses) {
    out.push(`--${boundary}`, 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    out.push(`HTTP/1.1 ${res.status} ${STATUS_TEXT[res.status] ?? 'Status'}`);
    for (const [k, v] of Object.entries(res.headers)) out.push(`${k.toUpperCase() === 'ETAG' ? 'ETag' : k.toUpperCase()}: ${v}`);
    out.push('', res.body.toString());
  }
  out.push(`--${boundary}--`, '');
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` }, body: out.join('\n') };
}
