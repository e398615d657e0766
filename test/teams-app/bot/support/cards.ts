// Reading Adaptive Card JSON the way a person reads the card: its words, its inputs, its buttons;
// and filling it in the way the Teams client does (the action's data with the inputs merged in).

import { renderCardMarkdown } from '../../../../teams-app/src/chat-harness/teams-markdown';

export type Json = Record<string, unknown>;

function walk(node: unknown, visit: (n: Json) => void): void {
  if (Array.isArray(node)) {
    for (const n of node) walk(n, visit);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const n = node as Json;
  visit(n);
  for (const key of ['body', 'items', 'columns', 'actions', 'facts', 'card', 'fallback']) walk(n[key], visit);
}

const ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** A TextBlock's or Fact's text as Teams shows it: its Markdown rendered, the formatting dropped. */
export function shownText(markdown: string): string {
  return renderCardMarkdown(markdown)
    .replace(/<br\s*\/?>\n?/g, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .trim();
}

/** Every word on the card as it is shown: texts, facts, labels, button titles. */
export function cardText(card: unknown): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if (n['type'] === 'TextBlock' && typeof n['text'] === 'string') parts.push(shownText(n['text']));
    if (typeof n['title'] === 'string' && typeof n['value'] === 'string' && n['type'] === undefined) parts.push(`${shownText(n['title'])}: ${shownText(n['value'])}`);
    if (typeof n['label'] === 'string') parts.push(n['label']);
    if (typeof n['type'] === 'string' && n['type'].startsWith('Action.') && typeof n['title'] === 'string') parts.push(`[${n['title']}]`);
  });
  return parts.join('\n');
}

export function cardInputs(card: unknown): Map<string, Json> {
  const found = new Map<string, Json>();
  walk(card, (n) => {
    if (typeof n['type'] === 'string' && n['type'].startsWith('Input.') && typeof n['id'] === 'string') found.set(n['id'], n);
  });
  return found;
}

export function cardActions(card: unknown): Json[] {
  const found: Json[] = [];
  walk(card, (n) => {
    if (typeof n['type'] === 'string' && n['type'].startsWith('Action.')) found.push(n);
  });
  return found;
}

/** The data the client sends for the card's one submit button: the action's data plus every input's value. */
export function fillIn(card: unknown, values: Readonly<Record<string, string>>): { verb: string | undefined; data: Json } {
  const submits = cardActions(card).filter((a) => a['type'] === 'Action.Execute' || a['type'] === 'Action.Submit');
  if (submits.length !== 1) throw new Error(`Expected one submit action, found ${submits.length}`);
  const action = submits[0]!;
  const data: Json = { ...((action['data'] as Json | undefined) ?? {}) };
  for (const [id, input] of cardInputs(card)) {
    const value = id in values ? values[id] : input['value'] === undefined ? '' : String(input['value']);
    data[id] = value;
  }
  return { verb: typeof action['verb'] === 'string' ? action['verb'] : undefined, data };
}

export function choicesOf(input: Json | undefined): string[] {
  return ((input?.['choices'] as { value: string }[] | undefined) ?? []).map((c) => c.value);
}
