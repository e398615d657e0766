import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEV_BASE_URL, manifestForBaseUrl } from '../../../excel-addin/src/host/add-in-manifest';

const ROOT = join(__dirname, '..', '..', '..');
const XML = readFileSync(join(ROOT, 'manifest', 'excel-addin.xml'), 'utf8');

interface El {
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: El[];
  text: string;
}

/** A small reader for this well-formed file: elements, attributes and text, comments skipped. */
function parseXml(xml: string): El {
  const root: El = { name: '#document', attrs: {}, children: [], text: '' };
  const stack: El[] = [root];
  const body = xml.replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '');
  const tag = /<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*"[^"]*")*)\s*(\/?)>|([^<]+)/g;
  for (const m of body.matchAll(tag)) {
    if (m[5] !== undefined) {
      stack[stack.length - 1]!.text += m[5].trim();
      continue;
    }
    const [, close, name, attrText, selfClose] = m;
    if (close) {
      const open = stack.pop()!;
      if (open.name !== name) throw new Error(`</${name}> closes <${open.name}>`);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText!.matchAll(/([\w:.-]+)\s*=\s*"([^"]*)"/g)) attrs[a[1]!] = a[2]!.replace(/&amp;/g, '&').replace(/&quot;/g, '"');
    const el: El = { name: name!, attrs, children: [], text: '' };
    stack[stack.length - 1]!.children.push(el);
    if (!selfClose) stack.push(el);
  }
  if (stack.length !== 1) throw new Error(`unclosed <${stack[stack.length - 1]!.name}>`);
  return root.children[0]!;
}

function* walk(el: El): Generator<El> {
  yield el;
  for (const c of el.children) yield* walk(c);
}

const child = (el: El, name: string) => el.children.find((c) => c.name === name);

/** Children appear in the XSD's sequence order (each optional, none repeated out of place). */
function expectOrder(el: El, sequence: readonly string[]): void {
  const names = el.children.map((c) => c.name);
  for (const n of names) expect(sequence).toContain(n);
  const positions = names.map((n) => sequence.indexOf(n));
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
}

function pngSize(path: string): { width: number; height: number } {
  const b = readFileSync(path);
  expect(b.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

describe('manifest/excel-addin.xml', () => {
  const app = parseXml(XML);

  it('is a task-pane add-in for Excel whose elements follow the XSD sequences', () => {
    expect(app.name).toBe('OfficeApp');
    expect(app.attrs['xsi:type']).toBe('TaskPaneApp');
    // [MS-OWEMXML] CT_OfficeApp + CT_TaskPaneApp, in order.
    expectOrder(app, ['Id', 'AlternateId', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'IconUrl', 'HighResolutionIconUrl', 'SupportUrl', 'AppDomains', 'Hosts', 'Requirements', 'DefaultSettings', 'Permissions', 'AllowSnapshot', 'VersionOverrides']);
    for (const required of ['Id', 'Version', 'ProviderName', 'DefaultLocale', 'DisplayName', 'Description', 'DefaultSettings', 'Permissions']) expect(child(app, required)).toBeDefined();
    expect(child(app, 'Id')!.text).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(child(app, 'Version')!.text).toMatch(/^\d+\.\d+\.\d+\.\d+$/);
    expect(child(child(app, 'Hosts')!, 'Host')!.attrs.Name).toBe('Workbook');
    const vo = child(app, 'VersionOverrides')!;
    expectOrder(vo, ['Description', 'Requirements', 'Hosts', 'Resources']);
    const dff = child(child(child(vo, 'Hosts')!, 'Host')!, 'DesktopFormFactor')!;
    expectOrder(dff, ['GetStarted', 'FunctionFile', 'ExtensionPoint']);
    expect(child(dff, 'FunctionFile')).toBeDefined();
    expectOrder(child(vo, 'Resources')!, ['bt:Images', 'bt:Urls', 'bt:ShortStrings', 'bt:LongStrings']);
    for (const control of [...walk(vo)].filter((e) => e.name === 'Control')) expectOrder(control, ['Label', 'Supertip', 'Icon', 'Action']);
  });

  it('asks for ExcelApi 1.7, which Office 2019 and every later perpetual Office have', () => {
    const sets = [...walk(child(app, 'Requirements')!)].filter((e) => e.name === 'Set');
    expect(sets.map((s) => [s.attrs.Name, s.attrs.MinVersion])).toEqual([['ExcelApi', '1.7']]);
  });

  it('uses https for every URL and no other scheme', () => {
    const urls: string[] = [];
    for (const el of walk(app)) {
      for (const [k, v] of Object.entries(el.attrs)) if (!k.startsWith('xmlns') && /^[a-z]+:\/\//i.test(v)) urls.push(v);
      if (/^[a-z]+:\/\//i.test(el.text)) urls.push(el.text);
    }
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u).toMatch(/^https:\/\//);
  });

  it('keeps every resid within 32 characters and pointing at a declared resource, and ids unique', () => {
    const ids = [...walk(app)].filter((e) => e.attrs.id !== undefined && e.name.startsWith('bt:')).map((e) => e.attrs.id!);
    expect(new Set(ids).size).toBe(ids.length);
    const resids = [...walk(app)].map((e) => e.attrs.resid).filter((r): r is string => r !== undefined);
    expect(resids.length).toBeGreaterThan(5);
    for (const r of resids) {
      expect(r.length).toBeLessThanOrEqual(32);
      expect(ids).toContain(r);
    }
    for (const id of ids) expect(id.length).toBeLessThanOrEqual(32);
    for (const e of walk(app)) if (e.name === 'Control' || e.name === 'Group') expect(e.attrs.id!.length).toBeLessThanOrEqual(125);
  });

  it('keeps names and descriptions within their limits in every language', () => {
    const values = (el: El) => [el.attrs.DefaultValue!, ...el.children.filter((c) => /Override$/.test(c.name)).map((c) => c.attrs.Value!)];
    for (const v of values(child(app, 'DisplayName')!)) expect(v.length).toBeLessThanOrEqual(125);
    for (const v of values(child(app, 'Description')!)) expect(v.length).toBeLessThanOrEqual(250);
    const resources = child(child(app, 'VersionOverrides')!, 'Resources')!;
    for (const s of child(resources, 'bt:ShortStrings')!.children) for (const v of values(s)) expect(v.length).toBeLessThanOrEqual(125);
    for (const s of child(resources, 'bt:LongStrings')!.children) for (const v of values(s)) expect(v.length).toBeLessThanOrEqual(250);
    for (const s of [...child(resources, 'bt:ShortStrings')!.children, ...child(resources, 'bt:LongStrings')!.children]) {
      expect(s.children.map((c) => c.attrs.Locale)).toContain('en-US');
    }
  });

  it('has icons of the sizes it declares, as PNG files in manifest/assets', () => {
    const images = child(child(child(app, 'VersionOverrides')!, 'Resources')!, 'bt:Images')!.children;
    const declared = [
      ...images.map((i) => ({ url: i.attrs.DefaultValue!, size: Number(/(\d+)x\1/.exec(i.attrs.id!)![1]) })),
      { url: child(app, 'IconUrl')!.attrs.DefaultValue!, size: 32 },
      { url: child(app, 'HighResolutionIconUrl')!.attrs.DefaultValue!, size: 80 },
    ];
    for (const { url, size } of declared) {
      const file = url.slice(DEV_BASE_URL.length);
      expect(file).toMatch(/^assets\/icon-\d+\.png$/);
      expect(pngSize(join(ROOT, 'manifest', file))).toEqual({ width: size, height: size });
    }
    const sizesInControls = [...walk(app)].filter((e) => e.name === 'bt:Image' && e.attrs.size).map((e) => [e.attrs.size, e.attrs.resid]);
    for (const [size, resid] of sizesInControls) expect(resid).toBe(`Icon.${size}x${size}`);
  });

  it('points every page at a file the build produces', () => {
    const pages = new Set<string>();
    for (const e of walk(app)) for (const v of Object.values(e.attrs)) if (v.startsWith(DEV_BASE_URL) && v.endsWith('.html')) pages.add(v.slice(DEV_BASE_URL.length));
    expect([...pages].sort()).toEqual(['taskpane/commands.html', 'taskpane/index.html']);
  });

  it('rewrites to a production base URL leaving no localhost, and refuses anything but https', () => {
    const prod = manifestForBaseUrl(XML, 'https://namndstod.stockholm.se/excel');
    expect(prod).not.toMatch(/localhost/);
    expect(prod).toContain('<SourceLocation DefaultValue="https://namndstod.stockholm.se/excel/taskpane/index.html"/>');
    expect(prod).toContain('<AppDomain>https://namndstod.stockholm.se</AppDomain>');
    expect(parseXml(prod).children.length).toBe(app.children.length);
    expect(() => manifestForBaseUrl(XML, 'http://namndstod.stockholm.se/')).toThrow(/https/);
    expect(() => manifestForBaseUrl(XML, 'inte en adress')).toThrow(/Not a URL/);
  });

  it('is read by office-addin-manifest (offline "info"), as Office tooling reads it', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [require.resolve('office-addin-manifest/cli.js'), 'info', join(ROOT, 'manifest', 'excel-addin.xml')], {
      timeout: 60_000,
    });
    expect(stdout).toMatch(/Type: TaskPaneApp/);
    expect(stdout).toMatch(/Hosts: Workbook/);
  });
});
