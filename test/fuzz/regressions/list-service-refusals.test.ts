// Found by test/fuzz/targets/rest-surface.ts: requests refused before the service's own handler —
// over 16 KB of URL (431), broken HTTP (400), no Host header (400) — came back as Node's bare status
// lines, not in SharePoint's error shape; and a deeply nested $filter was a 500.
import { connect } from 'node:net';
import { createListService, type ListService } from '../../../teams-app/src/local-sharepoint';

let service: ListService;
beforeAll(async () => {
  service = await createListService();
});
afterAll(() => service.close());

function exchange(bytes: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(service.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.on('data', (d: Buffer) => chunks.push(d));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.end(bytes);
  });
}

function errorOf(response: string): { status: number; body: { 'odata.error': { code: string; message: { lang: string; value: string } } } } {
  const [head, body] = response.split('\r\n\r\n', 2) as [string, string];
  expect(head).toMatch(/\r\ncontent-type: application\/json/i);
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)![1]), body: JSON.parse(body) };
}

test('a URL past the header limit is a 431 in SharePoint’s error shape', async () => {
  const res = await fetch(`${service.siteUrl}/_api/web/lists?$filter=${'x'.repeat(20_000)}`, { headers: { authorization: 'Bearer local-anna' } });
  expect(res.status).toBe(431);
  expect(((await res.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain('16 KB');
});

test('a request that is not HTTP is a 400 in SharePoint’s error shape', async () => {
  const e = errorOf(await exchange('G ET /sites/amn/_api/web HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n'));
  expect(e.status).toBe(400);
  expect(e.body['odata.error'].message.value).toBe('The request is not valid HTTP.');
});

test('an HTTP/1.1 request without Host is a 400 in SharePoint’s error shape, and HTTP/1.0 needs none', async () => {
  const e = errorOf(await exchange('GET /sites/amn/_api/web HTTP/1.1\r\nAuthorization: Bearer local-anna\r\nConnection: close\r\n\r\n'));
  expect(e.status).toBe(400);
  expect(e.body['odata.error'].message.value).toContain('Host header');
  expect(await exchange('GET /sites/amn/_api/web HTTP/1.0\r\nAuthorization: Bearer local-anna\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 /);
});

test('a $filter nested thousands of levels deep is a 400, not a 500', async () => {
  const filter = `${'not('.repeat(2000)}Title eq 'x'${')'.repeat(2000)}`;
  const created = await fetch(`${service.siteUrl}/_api/web/lists`, {
    method: 'POST',
    headers: { authorization: 'Bearer local-anna', accept: 'application/json', 'content-type': 'application/json' },
    body: JSON.stringify({ Title: 'Djup', BaseTemplate: 100 }),
  });
  expect(created.status).toBe(201);
  const deep = await fetch(`${service.siteUrl}/_api/web/lists/getbytitle('Djup')/items?$filter=${encodeURIComponent(filter)}`, {
    headers: { authorization: 'Bearer local-anna', accept: 'application/json' },
  });
  expect(deep.status).toBe(400);
  expect(((await deep.json()) as { 'odata.error': { message: { value: string } } })['odata.error'].message.value).toContain('levels deep');
});
