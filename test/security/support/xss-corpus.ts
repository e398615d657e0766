// Classic cross-site scripting payloads, each marked with its own number: if one ever runs it sets
// window.__xss to that number or opens a dialog saying it, so a test names the payload that got
// through. Some need the markup context they break out of (attributes, <style>, <title>, comments,
// template engines); some only bite when a renderer double-decodes, reorders or truncates.

export interface Payload {
  readonly id: number;
  readonly name: string;
  readonly text: string;
}

const hit = (id: number) => `window.__xss=${id}`;

export const XSS_CORPUS: readonly Payload[] = [
  { id: 1, name: 'script element', text: `<script>${hit(1)}</script>` },
  { id: 2, name: 'img onerror', text: `<img src=x onerror="${hit(2)}">` },
  { id: 3, name: 'img onerror alert, unquoted', text: '<img src=x onerror=alert(3)>' },
  { id: 4, name: 'svg onload', text: `<svg onload="${hit(4)}">` },
  { id: 5, name: 'svg with script', text: `<svg><script>${hit(5)}</script></svg>` },
  { id: 6, name: 'javascript: URL', text: `javascript:${hit(6)}` },
  { id: 7, name: 'anchor with javascript: href', text: `<a href="javascript:${hit(7)}" id="xss7">öppna</a>` },
  { id: 8, name: 'double-quoted attribute breakout', text: `"><script>${hit(8)}</script>` },
  { id: 9, name: 'single-quoted attribute breakout with autofocus', text: `' autofocus onfocus='${hit(9)}' x='` },
  { id: 10, name: 'double-quoted attribute breakout with autofocus', text: `" autofocus onfocus="${hit(10)}" x="` },
  { id: 11, name: 'style breakout', text: `</style><script>${hit(11)}</script>` },
  { id: 12, name: 'title breakout', text: `</title><script>${hit(12)}</script>` },
  { id: 13, name: 'comment breakout', text: `--><script>${hit(13)}</script><!--` },
  { id: 14, name: 'iframe srcdoc', text: `<iframe srcdoc="<script>parent.__xss=14</script>"></iframe>` },
  { id: 15, name: 'details ontoggle', text: `<details open ontoggle="${hit(15)}">` },
  { id: 16, name: 'AngularJS template expression', text: `{{constructor.constructor('${hit(16)}')()}}` },
  { id: 17, name: 'template literal', text: '${window.__xss=17}' },
  { id: 18, name: 'message placeholder injection', text: '{{text}} {{value}} {{warning}} {{cell}}' },
  { id: 19, name: 'mXSS through math/style', text: `<math><mtext><table><mglyph><style><img src=x onerror="${hit(19)}">` },
  { id: 20, name: 'noscript attribute mXSS', text: `<noscript><p title="</noscript><img src=x onerror=${hit(20)}>">` },
  { id: 21, name: 'base element', text: '<base href="https://angripare.example/">' },
  { id: 22, name: 'meta refresh to javascript:', text: `<meta http-equiv="refresh" content="0;url=javascript:${hit(22)}">` },
  { id: 23, name: 'object data', text: `<object data="javascript:${hit(23)}"></object>` },
  { id: 24, name: 'form action', text: `<form action="javascript:${hit(24)}"><button id="xss24">skicka</button></form>` },
  { id: 25, name: 'entity-encoded markup (double decoding)', text: `&lt;img src=x onerror=${hit(25)}&gt;` },
  { id: 26, name: 'unicode-escaped markup', text: `\\u003cimg src=x onerror=${hit(26)}\\u003e` },
  { id: 27, name: 'RTL override', text: '\u202Eexe.xslx\u202C' },
  { id: 28, name: 'RTL override around markup', text: `\u202E>"${hit(28)}"=rorreno x=crs gmi<\u202C` },
  { id: 29, name: 'nested tag that survives a naive filter', text: `<scr<script>ipt>${hit(29)}</scr</script>ipt>` },
  { id: 30, name: 'CSS expression and url', text: `<div style="background:url(javascript:${hit(30)});width:expression(${hit(30)})">x</div>` },
  { id: 31, name: 'markdown link', text: `[klicka här](javascript:${hit(31)})` },
  { id: 32, name: 'very long string ending in a script', text: `${'Å'.repeat(30_000)}<script>${hit(32)}</script>` },
];

export const LONG_PAYLOAD_ID = 32;

/** A number if a payload ran: `window.__xss` after the page settled. */
export const XSS_FLAG = '__xss';

/** Names Excel accepts for a sheet: at most 31 characters, none of : \ / ? * [ ], no leading/trailing apostrophe. */
export function sheetNameSafe(p: Payload): boolean {
  return p.text.length <= 31 && !/[:\\/?*[\]\u0000]/.test(p.text) && !/^'|'$/.test(p.text);
}

/** Names a file can have on Linux, macOS and Windows: no / \ : * ? " < > | control characters. */
export function fileNameSafeOnLinux(p: Payload): boolean {
  return Buffer.byteLength(p.text) <= 200 && !/[/\u0000]/.test(p.text);
}
