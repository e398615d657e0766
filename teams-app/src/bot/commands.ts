// What a person can write to the bot. Teams delivers the text with mentions (in channels) and
// sometimes HTML entities; both are removed before matching.

export type ChatCommand =
  | { readonly kind: 'status'; readonly ref: string }
  | { readonly kind: 'mine' }
  | { readonly kind: 'delayed' }
  | { readonly kind: 'help' }
  | { readonly kind: 'unknown'; readonly text: string };

const ENTITIES: Readonly<Record<string, string>> = { '&nbsp;': ' ', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

export function plainText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(nbsp|amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m)
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim();
}

export function parseCommand(text: string | undefined | null): ChatCommand {
  const plain = plainText(text ?? '');
  const lower = plain.toLowerCase();
  if (lower === '' || /^(hjälp|hjalp|help|\?)$/.test(lower)) return { kind: 'help' };
  const status = /^(?:status|rapportera)\s+(\S+)$/i.exec(plain);
  if (status) return { kind: 'status', ref: status[1]!.replace(/[.,;:!?]+$/, '') };
  if (/^(mina( åtgärder| poster)?|mina atgarder|my items)$/.test(lower)) return { kind: 'mine' };
  if (/^(försenade|forsenade|försenat|delayed)$/.test(lower)) return { kind: 'delayed' };
  return { kind: 'unknown', text: plain };
}

/**
 * Item ids a message mentions ("VBE2021-03", "IKP-2022-01", "KRIM-05"): the message extension
 * started from a message tries these, in order, before asking the person to pick.
 */
export function mentionedExternalIds(text: string, max = 5): string[] {
  const found: string[] = [];
  for (const m of plainText(text).matchAll(/(?<![\w-])[A-ZÅÄÖ]{2,}[A-ZÅÄÖ0-9]*-[A-Z0-9-]*\d[A-Z0-9]*(?![\w-])/g)) {
    if (!found.includes(m[0])) found.push(m[0]);
    if (found.length >= max) break;
  }
  return found;
}
