// The list service's REST surface under random requests on a live service (random loopback port,
// the nämnd's write policy, the seed data): random methods, resource paths under
// /sites/amn/_api/…, query options, headers and bodies (JSON, garbage, huge, multipart $batch),
// and raw bytes on a socket. Every answer is well-formed HTTP; a 4xx carries a SharePoint-style
// error; no 500 other than the list view threshold's; nothing hangs; a rejected write changes no
// stored byte; and the service still answers a normal request afterwards.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lists } from '../../../shared/lists';
import { createListService, type ListService } from '../../../teams-app/src/local-sharepoint';
import { namndPolicy } from '../../../teams-app/src/local-sharepoint/namnd-policy';
import { HANG_LIMIT_MS, asyncProperty, check, withFullRuns, type FuzzTarget } from '../support/fuzz-target';
import { seedSite } from '../support/seeded-site';
import { filterish } from './odata';

/** Small, so filters on unindexed columns of the seeded lists meet the deliberate threshold 500. */
const THRESHOLD = 40;
const THROTTLED = '-2147024860, Microsoft.SharePoint.SPQueryThrottledException';

interface Live {
  readonly service: ListService;
  readonly dir: string;
  readonly db: Database.Database;
  readonly titles: readonly string[];
  /** The stored state after the last write that succeeded (or may have). */
  snapshot: string;
  /** SQLite's data_version as this connection last saw it: it moves only when the service commits. */
  version: number;
}

let live: Live | undefined;
const ready = (): Live => {
  if (!live) throw new Error('REST fuzz service is not set up');
  return live;
};

async function setUp(): Promise<void> {
  if (live) return;
  const dir = await mkdtemp(join(tmpdir(), 'namndstod-fuzz-rest-'));
  const service = await createListService({ port: 0, dataDir: dir, authorize: namndPolicy, listViewThreshold: THRESHOLD });
  await seedSite(service.siteUrl, 'local-anna');
  const res = await fetch(`${service.siteUrl}/_api/web/lists?$select=Title`, { headers: { accept: 'application/json;odata=nometadata', authorization: 'Bearer local-anna' } });
  const titles = ((await res.json()) as { value: { Title: string }[] }).value.map((l) => l.Title);
  const db = new Database(join(dir, 'lists.sqlite'), { readonly: true, fileMustExist: true });
  live = { service, dir, db, titles, snapshot: '', version: 0 };
  live.snapshot = fingerprint();
  live.version = dataVersion();
}

function dataVersion(): number {
  return ready().db.pragma('data_version', { simple: true }) as number;
}

/**
 * Compares the stored data with the reference: `changed` is false when the service committed
 * nothing since (the cheap test), else whether any byte differs. Renews the reference.
 */
function storedChange(): { changed: boolean; before: string } {
  const l = ready();
  const before = l.snapshot;
  const version = dataVersion();
  if (version === l.version) return { changed: false, before };
  l.version = version;
  l.snapshot = fingerprint();
  return { changed: l.snapshot !== before, before };
}

async function tearDown(): Promise<void> {
  if (!live) return;
  const { service, dir, db } = live;
  live = undefined;
  db.close();
  await service.close();
  await rm(dir, { recursive: true, force: true });
}

/** Every stored byte that a write could change: lists, columns, items, users. */
function fingerprint(): string {
  const row = ready().db.prepare(`
    SELECT
      (SELECT json_group_array(json_array(key, id, title, url_name, info, version, item_count, next_item_id, last_item_modified)) FROM (SELECT * FROM lists ORDER BY key)) AS l,
      (SELECT json_group_array(json_array(list_key, position, internal_name, def)) FROM (SELECT * FROM fields ORDER BY list_key, internal_name)) AS f,
      (SELECT group_concat(rid || ':' || version || ':' || hex(data), '|') FROM (SELECT * FROM items ORDER BY rid)) AS i,
      (SELECT json_group_array(json_array(id, login, title, email, is_site_admin, groups)) FROM (SELECT * FROM users ORDER BY id)) AS u
  `).get() as Record<string, string>;
  return `${row.l}#${row.f}#${row.i}#${row.u}`;
}

// Requests.

const FIELD_NAMES = [...new Set(lists.flatMap((l) => l.fields.flatMap((f) => [f.name, `${f.name}Id`])))];
const RESOURCE_NAMES = ['web', 'lists', 'items', 'fields', 'contextinfo', '$batch', 'currentuser', 'siteusers', 'getbytitle', 'getbyid', 'getitembyid', 'ensureuser', 'getlist', 'addfield', 'createfieldasxml', 'getbyinternalnameortitle', 'getbyemail', 'getbyloginname', 'getuserbyid', 'recycle', 'site', 'Web', 'LISTS', 'Items', 'RootFolder', 'roleassignments'];

const quoted = (s: string) => `'${s.replace(/'/g, "''")}'`;
const pathArg = (titles: readonly string[]) =>
  fc.oneof(
    fc.constantFrom(...titles).map(quoted),
    fc.constantFrom(...titles.map((t) => `'${t}`), ...titles.map((t) => `${t}'`)),
    fc.integer({ min: -5, max: 400 }).map(String),
    fc.constantFrom('99999999999999999999', '1.5', '0x10', '-0', "guid'0f8fad5b-d9cb-469f-a165-70867728950e'", "guid'nope'", '@a', '@missing', 'itemid=3', "'Lists/ActionItems'", "'/sites/amn/Lists/Projects'", "''", "'''", '', ' , '),
    fc.string({ unit: 'grapheme', maxLength: 10 }).map(quoted),
    fc.string({ maxLength: 10 }),
  );

const segment = (titles: readonly string[]) =>
  fc.tuple(fc.oneof({ weight: 5, arbitrary: fc.constantFrom(...RESOURCE_NAMES) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), fc.option(fc.array(pathArg(titles), { maxLength: 2 }), { freq: 2 })).map(([name, args]) => (args === null ? name : `${name}(${args.join(',')})`));

/** Percent-encoding as clients do it, and as they get it wrong. */
const encoding = fc.constantFrom<(p: string) => string>(
  (p) => p,
  (p) => encodeURI(p),
  (p) => p.replace(/'/g, '%27').replace(/ /g, '%20'),
  (p) => `${p}%`,
  (p) => `${p}%zz`,
  (p) => p.replace(/\//g, '%2F'),
);

const QUERY_KEYS = ['$filter', '$select', '$orderby', '$top', '$skiptoken', '$expand', '$format', '$skip', '$inlinecount', '$FILTER', '$Top', '$bogus', '@a', '@p1', 'x'];
const queryValue = fc.oneof(
  filterish,
  fc.array(fc.constantFrom(...FIELD_NAMES, 'Id', 'Title', '*', 'plan/Title', 'a/b/c', ' desc', ' asc', ','), { maxLength: 5 }).map((a) => a.join(',')),
  fc.constantFrom('0', '1', '5000', '5001', '-1', '1e3', '99999999999999999999', 'Paged=TRUE&p_ID=3', 'Paged=TRUE&p_ID=x', 'PagedPrev=TRUE&p_ID=2', "'Åtgärder'", '3'),
  fc.string({ maxLength: 12 }),
);
const query = fc.array(fc.tuple(fc.constantFrom(...QUERY_KEYS), queryValue), { maxLength: 4 });

const jsonValue = fc.oneof(
  fc.constantFrom(null, true, 0, -1, 1.5, 1e308, '', 'Pågår', 'Ej påbörjad', '2022-12-31', '2022-12-31T23:00:00Z', 'x'.repeat(300), [1, 2], [], { results: [1] }, { __metadata: { type: 'SP.Data.ActionItemsListItem' } }),
  fc.jsonValue({ maxDepth: 2 }),
);
const itemBody = fc.dictionary(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...FIELD_NAMES, 'Title', 'Id', 'ID', 'GUID', 'Created', 'AuthorId', '__metadata', 'odata.type', 'parameters', 'logonName', 'Title ', 'title') }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) }), jsonValue, { maxKeys: 6 }).map((o) => JSON.stringify(o));

const batchPart = (titles: readonly string[]) =>
  fc
    .tuple(fc.constantFrom('GET', 'POST', 'PATCH', 'MERGE', 'DELETE', 'BOGUS'), fc.constantFrom('', 'http://127.0.0.1:1', 'https://tenant.sharepoint.com'), segment(titles), fc.array(segment(titles), { maxLength: 3 }), fc.option(itemBody, { nil: undefined }), fc.constantFrom('', 'X-HTTP-Method: MERGE\n', 'IF-MATCH: *\n', 'Accept: application/json;odata=verbose\n', 'Content-Type: text/plain\n'))
    .map(([method, origin, first, rest, body, extra]) => {
      const url = `${origin}/sites/amn/_api/${[first, ...rest].join('/')}`;
      return `Content-Type: application/http\nContent-Transfer-Encoding: binary\n\n${method} ${url} HTTP/1.1\nContent-Type: application/json\n${extra}\n${body ?? ''}\n`;
    });

const batchBody = (titles: readonly string[]) =>
  fc.tuple(fc.array(batchPart(titles), { maxLength: 4 }), fc.array(batchPart(titles), { maxLength: 3 }), fc.boolean(), fc.boolean()).map(([parts, changeset, close, withChangeset]) => {
    const b = 'batch_fz';
    const c = 'changeset_fz';
    const cs = withChangeset ? [`--${b}\nContent-Type: multipart/mixed; boundary=${c}\n\n${changeset.map((p) => `--${c}\n${p}`).join('')}--${c}--\n`] : [];
    return `${[...parts.map((p) => `--${b}\n${p}`), ...cs].join('')}${close ? `--${b}--\n` : ''}`;
  });

const body = (titles: readonly string[]) =>
  fc.oneof(
    { weight: 30, arbitrary: fc.constant('') },
    { weight: 60, arbitrary: itemBody },
    { weight: 20, arbitrary: fc.jsonValue({ maxDepth: 2 }).map((v) => JSON.stringify(v)) },
    { weight: 20, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 10, arbitrary: fc.constantFrom('{', '{"Title":', '{"parameters":{"Title":"x","FieldTypeKind":2}}', '{"parameters":{"SchemaXml":"<Field Type=\'Text\' Name=\'x\'/>"}}', '{"logonName":"i:0#.f|membership|erik.berg@amn.local"}', '\u0000\u0001', '\ufeff{}') },
    { weight: 30, arbitrary: batchBody(titles) },
    // Past the 10 MB the service takes: it must answer 413, not buffer or crash. Rare, as each costs 10 MB.
    { weight: 1, arbitrary: fc.constantFrom(10, 11).map((mb) => `{"Title":"${'x'.repeat(mb * 1024 * 1024)}"}`) },
  );

const header = {
  accept: fc.constantFrom(undefined, 'application/json', 'application/json;odata=verbose', 'application/json;odata=nometadata', 'application/json;odata.metadata=none', '*/*', 'text/html', 'application/xml', 'application/atom+xml', ';;;', 'odata=verbose'),
  contentType: fc.constantFrom(undefined, 'application/json', 'application/json;odata=verbose', 'application/json; charset=utf-8', 'text/plain', 'multipart/mixed; boundary=batch_fz', 'multipart/mixed; boundary="batch_fz"', 'multipart/mixed', 'multipart/mixed; boundary=other', 'application/x-www-form-urlencoded', ''),
  authorization: fc.constantFrom(undefined, 'Bearer local-anna', 'Bearer local-anna', 'Bearer local-erik', 'Bearer local-olof', 'Bearer nobody', 'Bearer', 'Basic YTpi', 'bearer   local-anna  ', 'Bearer local-anna extra'),
  ifMatch: fc.constantFrom(undefined, '*', '"1"', '"2"', 'W/"1"', '"x"', ''),
  method: fc.constantFrom(undefined, 'MERGE', 'DELETE', 'PATCH', 'PUT', 'merge', 'GET', 'BOGUS'),
  language: fc.constantFrom(undefined, 'sv-SE', 'sv', 'en-US', 'sv-SE,sv;q=0.9,en;q=0.8', '*'),
  origin: fc.constantFrom(undefined, 'http://localhost:3000', 'https://evil.example', 'null'),
};

interface Req {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const request = (titles: readonly string[]): fc.Arbitrary<Req> =>
  fc
    .record({
      method: fc.constantFrom('GET', 'GET', 'GET', 'POST', 'POST', 'PUT', 'PATCH', 'MERGE', 'DELETE', 'OPTIONS', 'HEAD', 'BOGUS'),
      segments: fc.array(segment(titles), { minLength: 0, maxLength: 5 }),
      prefix: fc.constantFrom('/sites/amn/_api/', '/sites/amn/_api/', '/sites/amn/_api/', '/sites/AMN/_API/', '/sites/amn/_api', '/sites/amn/', '/sites/other/_api/', '/', '/sites/amn/_api//'),
      encode: encoding,
      query,
      body: body(titles),
      accept: header.accept,
      contentType: header.contentType,
      authorization: header.authorization,
      ifMatch: header.ifMatch,
      xMethod: header.method,
      language: header.language,
      origin: header.origin,
    })
    .map((r): Req => {
      const search = r.query.length === 0 ? '' : `?${r.query.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&')}`;
      const headers: Record<string, string> = {};
      const set = (k: string, v: string | undefined) => {
        if (v !== undefined) headers[k] = v;
      };
      set('accept', r.accept);
      set('content-type', r.contentType);
      set('authorization', r.authorization);
      set('if-match', r.ifMatch);
      set('x-http-method', r.xMethod);
      set('accept-language', r.language);
      set('origin', r.origin);
      return { method: r.method, path: `/${r.encode((r.prefix + r.segments.join('/')).slice(1))}${search}`, headers, body: r.method === 'GET' || r.method === 'HEAD' ? '' : r.body };
    });

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
}

async function send(req: Req): Promise<Answer> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), HANG_LIMIT_MS);
  try {
    const res = await fetch(`${ready().service.url}${req.path}`, {
      method: req.method,
      headers: req.headers,
      ...(req.body !== '' ? { body: req.body } : {}),
      signal: controller.signal,
    });
    return { status: res.status, headers: res.headers, text: await res.text() };
  } finally {
    clearTimeout(timer);
  }
}

const describe = (req: Req) => `${req.method} ${req.path.slice(0, 300)} ${JSON.stringify(req.headers)} body ${req.body.length > 200 ? `${req.body.length} chars` : JSON.stringify(req.body)}`;

function checkAnswer(req: Req, a: Answer): void {
  const what = () => `${describe(req)} → ${a.status} ${a.text.slice(0, 300)}`;
  check(a.status >= 100 && a.status <= 599, () => `not an HTTP status: ${what()}`);
  if (a.status >= 400 && req.method !== 'HEAD') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(a.text);
    } catch {
      throw new Error(`a ${a.status} without a JSON error body: ${what()}`);
    }
    const o = parsed as Record<string, { code?: unknown; message?: { lang?: unknown; value?: unknown } }>;
    const inner = o['odata.error'] ?? o.error;
    check(
      inner !== undefined && typeof inner.code === 'string' && typeof inner.message?.value === 'string' && inner.message.value !== '' && (inner.message.lang === 'en-US' || inner.message.lang === 'sv-SE'),
      () => `a ${a.status} without SharePoint's error shape: ${what()}`,
    );
    check(/^application\/json/.test(a.headers.get('content-type') ?? ''), () => `a ${a.status} not sent as JSON: ${what()}`);
    if (a.status >= 500) check(a.status === 500 && inner.code === THROTTLED, () => `a server error that is not the list view threshold: ${what()}`);
  } else if (a.status >= 200 && a.status < 300 && a.text !== '' && /json/.test(a.headers.get('content-type') ?? '')) {
    try {
      JSON.parse(a.text);
    } catch {
      throw new Error(`a ${a.status} whose JSON does not parse: ${what()}`);
    }
  }
}

let afterCase = 0;

async function stillAnswers(): Promise<void> {
  const res = await fetch(`${ready().service.siteUrl}/_api/web/lists?$select=Title&$top=1`, { headers: { accept: 'application/json', authorization: 'Bearer local-anna' } });
  await res.text();
  check(res.status === 200, `the service no longer answers a normal request (${res.status})`);
}

const restRequests = (titles: () => readonly string[]) =>
  asyncProperty('random requests under /sites/amn/_api get well-formed answers, and rejected writes change nothing', 200, [fc.constant(null).chain(() => request(titles()))], async (req) => {
    const a = await send(req);
    checkAnswer(req, a);
    // An accepted write (and a $batch, which answers 200 whatever its parts did) renews the
    // reference; any refusal, of any method, must have left every stored byte as it was.
    const { changed } = storedChange();
    if (a.status >= 300) check(!changed, () => `a refused request changed stored data: ${describe(req)} → ${a.status} ${a.text.slice(0, 300)}`);
    if (++afterCase % 25 === 0) await stillAnswers();
  });

// Raw bytes: requests no HTTP client would send.

const rawRequest = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc
    .tuple(
      fc.constantFrom('GET', 'POST', 'MERGE', 'G ET', '', 'PRI'),
      fc.constantFrom('/sites/amn/_api/web', '/sites/amn/_api/web/lists', '*', 'http://127.0.0.1/sites/amn/_api/web', '/sites/amn/_api/web\u0000', '/sites/amn/_api/%', ''),
      fc.constantFrom('HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9', ''),
      fc.array(fc.constantFrom('Host: 127.0.0.1', 'Authorization: Bearer local-anna', 'Content-Length: 5', 'Content-Length: -1', 'Content-Length: 99999999999', 'Content-Length: 2\r\nContent-Length: 3', 'Transfer-Encoding: chunked', 'Transfer-Encoding: gzip, chunked', 'Content-Type: application/json', 'X-Bad\u0000: 1', 'Bad Header', ': empty', 'Expect: 100-continue', 'Connection: close'), { maxLength: 5 }),
      fc.constantFrom('', '{}', '0\r\n\r\n', 'zz\r\nxx\r\n', '5\r\nhello\r\n0\r\n\r\n', '{"Title":"x"}'),
      fc.constantFrom('\r\n', '\n'),
    )
    .map(([m, p, v, hs, b, eol]) => Buffer.from(`${m} ${p} ${v}${eol}${hs.join(eol)}${eol}${eol}${b}`, 'utf8')),
);

/** Once an answer has started, this much silence means it is complete (the connection may stay open). */
const QUIET_MS = 100;

/** An answer whose headers and Content-Length worth of body have arrived. */
function complete(text: string): boolean {
  const end = text.indexOf('\r\n\r\n');
  const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, end));
  return end >= 0 && length !== null && Buffer.byteLength(text.slice(end + 4), 'latin1') >= Number(length[1]);
}

/** Writes the bytes, half-closes, and reads until the service closes, falls quiet after answering, or the time is up. */
function rawExchange(bytes: Buffer): Promise<{ text: string; closed: boolean }> {
  return new Promise((resolve) => {
    const socket = connect(ready().service.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const done = () => {
      clearTimeout(timer);
      clearTimeout(quiet);
      socket.destroy();
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: false });
    };
    const timer = setTimeout(done, HANG_LIMIT_MS);
    let quiet: NodeJS.Timeout | undefined;
    socket.on('data', (d: Buffer) => {
      chunks.push(d);
      clearTimeout(quiet);
      if (complete(Buffer.concat(chunks).toString('latin1'))) done();
      else quiet = setTimeout(done, QUIET_MS);
    });
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      clearTimeout(quiet);
      resolve({ text: Buffer.concat(chunks).toString('latin1'), closed: true });
    });
    socket.write(bytes, () => socket.end());
  });
}

const rawBytes = asyncProperty('raw bytes on a socket: an HTTP answer or a closed connection, and the service stays up', 60, [rawRequest], async (bytes) => {
  const { text, closed } = await rawExchange(bytes);
  const what = () => `${JSON.stringify(bytes.toString('latin1').slice(0, 200))} → ${JSON.stringify(text.slice(0, 200))}`;
  check(text === '' || /^HTTP\/1\.[01] \d{3} /.test(text), () => `not an HTTP answer: ${what()}`);
  check(closed || text !== '', () => `no answer and the connection still open after ${HANG_LIMIT_MS} ms: ${what()}`);
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(text)?.[1] ?? 0);
  check(status < 500, () => `a server error: ${what()}`);
  if (status >= 400) {
    const bodyText = text.slice(text.indexOf('\r\n\r\n') + 4);
    check(/"(odata\.)?error":\{"code":"[^"]+","message":\{"lang":"(en-US|sv-SE)","value":"[^"]+"/.test(bodyText), () => `a ${status} without SharePoint's error shape: ${what()}`);
  }
  if (storedChange().changed && !(status >= 200 && status < 300)) throw new Error(`raw bytes changed stored data without a 2xx: ${what()}`);
  await stillAnswers();
});

export const restSurfaceTarget: FuzzTarget = {
  name: 'list service REST surface',
  // A raw exchange waits for the connection to close or fall quiet: fewer of them.
  properties: [withFullRuns(restRequests(() => ready().titles), 95_000), withFullRuns(rawBytes, 5_000)],
  setUp,
  tearDown,
};
