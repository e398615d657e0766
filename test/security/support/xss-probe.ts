// What a page shows after hostile text went through it: whether any payload ran (window.__xss, a
// dialog), and whether any of it became markup (event-handler attributes, javascript: URLs,
// planted elements) rather than text.

import type { Frame, Page } from 'playwright-core';

export interface PageWatch {
  readonly dialogs: string[];
  /** Requests to anything other than the allowed URLs (an <img src=x> that became markup would ask for x). */
  readonly strayRequests: string[];
  readonly cspViolations: string[];
  /** Uncaught errors in the page: hostile text must not crash a surface either. */
  readonly pageErrors: string[];
}

/** Starts recording dialogs (dismissed at once), stray requests and CSP violation console messages. */
export function watchPage(page: Page, allowedRequest: (url: string) => boolean): PageWatch {
  const watch: PageWatch = { dialogs: [], strayRequests: [], cspViolations: [], pageErrors: [] };
  page.on('pageerror', (e) => watch.pageErrors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss().catch(() => undefined);
  });
  page.on('request', (r) => {
    if (!allowedRequest(r.url())) watch.strayRequests.push(r.url());
  });
  page.on('console', (m) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(m.text())) watch.cspViolations.push(m.text());
  });
  return watch;
}

export interface XssEvidence {
  /** window.__xss in this frame (and every same-origin child frame), null when nothing ran. */
  readonly ran: number | null;
  /** Elements that carry an on* attribute, a javascript: URL, or srcdoc. */
  readonly liveMarkup: string[];
  /** Tags present in the page that are not in `allowedTags` (when given). */
  readonly unexpectedTags: string[];
}

export async function xssEvidence(frame: Frame, allowedTags?: readonly string[]): Promise<XssEvidence> {
  return frame.evaluate((allowed) => {
    const w = window as unknown as { __xss?: number };
    let ran: number | null = w.__xss ?? null;
    for (const f of Array.from(document.querySelectorAll('iframe'))) {
      try {
        const inner = (f.contentWindow as unknown as { __xss?: number } | null)?.__xss;
        if (inner !== undefined) ran = inner;
      } catch {
        // a cross-origin frame: not ours to read, and not something a payload could plant unnoticed (srcdoc is caught below)
      }
    }
    const liveMarkup: string[] = [];
    const urlAttrs = ['href', 'src', 'action', 'formaction', 'data', 'xlink:href', 'background', 'poster'];
    for (const el of Array.from(document.querySelectorAll('*'))) {
      for (const attr of Array.from(el.attributes)) {
        const name = attr.name.toLowerCase();
        const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
        if (name.startsWith('on') || name === 'srcdoc' || (urlAttrs.includes(name) && value.startsWith('javascript:'))) {
          liveMarkup.push(`<${el.tagName.toLowerCase()} ${attr.name}="${attr.value.slice(0, 60)}">`);
        }
      }
      if (el.tagName === 'SCRIPT' && /__xss/.test(el.textContent ?? '')) liveMarkup.push('<script> with a payload');
      if (el.tagName === 'IMG' && el.getAttribute('src') === 'x') liveMarkup.push('<img src=x>');
      if (el.tagName === 'BASE' || (el.tagName === 'META' && /refresh/i.test(el.getAttribute('http-equiv') ?? ''))) liveMarkup.push(`<${el.tagName.toLowerCase()}>`);
    }
    const unexpectedTags = allowed
      ? [...new Set(Array.from(document.querySelectorAll('*')).map((e) => e.tagName.toLowerCase()))].filter((t) => !allowed.includes(t))
      : [];
    return { ran, liveMarkup, unexpectedTags };
  }, allowedTags ?? null);
}

/** Every string of `texts` that the frame's visible text does not contain verbatim. */
export async function missingText(frame: Frame, texts: readonly string[]): Promise<string[]> {
  const shown = await frame.evaluate(() => document.body.textContent ?? '');
  return texts.filter((t) => !shown.includes(t));
}
