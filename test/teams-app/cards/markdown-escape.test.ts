// Text from the lists on a chat card stays the text that was typed: rendered by the same CommonMark
// renderer the chat harness uses for Teams, an escaped string gives plain paragraphs with exactly
// those characters — no link, bold, heading, list, code, quote, table or decoded entity.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { escapeMarkdown } from '../../../teams-app/src/cards/markdown-escape';
import { helpCard, itemListCard } from '../../../teams-app/src/cards/list-cards';
import { confirmationCard, noticeCard } from '../../../teams-app/src/cards/result-cards';
import { statusFormCard } from '../../../teams-app/src/cards/status-form-card';
import { targetSummary } from '../../../teams-app/src/cards/target-summary';
import { renderCardMarkdown } from '../../../teams-app/src/chat-harness/teams-markdown';
import { XSS_CORPUS } from '../../security/support/xss-corpus';
import { cardInputs, shownText, type Json } from '../bot/support/cards';

const MARKDOWN_CORPUS = [
  '[klicka här](https://angripare.example)',
  '![bild](https://angripare.example/x.png)',
  '<https://angripare.example>',
  '[ref]\n\n[ref]: https://angripare.example',
  '**fet** och __fet__',
  '*kursiv* och _kursiv_',
  '~~struken~~',
  '`kod` och ``mer kod``',
  '# Rubrik',
  '###### Liten rubrik',
  'Rubrik\n===',
  'Rubrik\n---',
  '> citat',
  '- punkt\n- punkt',
  '* punkt',
  '+ punkt',
  '1. första\n2. andra',
  '3) tredje',
  '2021. Året då allt hände',
  '---',
  '***',
  '___',
  '    indragen kod',
  '\tindragen med tab',
  '```\nstaket\n```',
  '~~~\nstaket\n~~~',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  'a | b\n--|--',
  '&amp; &lt;b&gt; &#42; &#x2A; &copy;',
  'AT&T & Co; R&D',
  'snedstreck \\*inte kursiv\\* och \\\\ dubbel',
  'rad med två mellanslag  \nnästa',
  'slut med snedstreck\\\nnästa',
  '<b>fet</b> <at>Anna</at>',
  'a_b_c och 2*3*4',
  '\\',
  '*',
  '',
  'Status: Pågår · 50 % klart (T2 2022)',
  'Ansvarig: Verksamhetsområdeschefer vuxenavdelning + lokal samordnare',
];

function seedStrings(): string[] {
  const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as Record<string, unknown>;
  const out: string[] = [];
  for (const list of ['actionItems', 'projects', 'controls'] as const) {
    for (const item of (seed[list] as Record<string, unknown>[]).slice(0, 60)) {
      for (const v of Object.values(item)) if (typeof v === 'string' && v.trim() !== '') out.push(v);
    }
  }
  return out;
}

/** What a person reads: lines as shown, blank lines and the edges' whitespace not counted. */
const lines = (text: string) =>
  text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');

/** Tags in rendered Markdown other than the paragraph and line break plain text turns into. */
const formattingTags = (html: string) => [...html.matchAll(/<\/?([a-z0-9]+)/gi)].map((m) => m[1]!.toLowerCase()).filter((t) => t !== 'p' && t !== 'br');

function expectPlain(text: string): void {
  const html = renderCardMarkdown(escapeMarkdown(text));
  expect({ text, tags: formattingTags(html) }).toEqual({ text, tags: [] });
  expect(lines(shownText(escapeMarkdown(text)))).toEqual(lines(text));
}

describe('escapeMarkdown', () => {
  test.each(MARKDOWN_CORPUS.map((t) => [JSON.stringify(t).slice(0, 50), t]))('Markdown stays text: %s', (_name, text) => {
    expectPlain(text);
  });

  test('the corpus is hostile: unescaped, most of it does turn into formatting', () => {
    const formatted = MARKDOWN_CORPUS.filter((t) => formattingTags(renderCardMarkdown(t)).length > 0);
    expect(formatted.length).toBeGreaterThanOrEqual(25);
  });

  test.each(XSS_CORPUS.map((p) => [p.id, p.name, p.text]))('XSS payload %i (%s) stays text', (_id, _name, text) => {
    expectPlain(text);
  });

  test('the nämnd’s real titles, owners and texts read the same after escaping', () => {
    const strings = seedStrings();
    expect(strings.length).toBeGreaterThan(500);
    for (const s of strings) expectPlain(s);
  });

  test('a plain sentence is left alone', () => {
    expect(escapeMarkdown('Fördjupad utbildning om högerextremism, 2021-12-31 (T2)')).toBe('Fördjupad utbildning om högerextremism, 2021-12-31 (T2)');
  });

  test('any string of Markdown’s characters stays text (property, seeded)', () => {
    const unit = fc.constantFrom(...'\\`*_[]()<>~|#>+-=!.&;:/ \t\n1aåZ'.split(''), '&amp;', '&#42;', 'http://x.se', '    ', '\n\n');
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string({ maxLength: 40 })), (text) => {
        const html = renderCardMarkdown(escapeMarkdown(text));
        return formattingTags(html).length === 0 && JSON.stringify(lines(shownText(escapeMarkdown(text)))) === JSON.stringify(lines(text));
      }),
      { seed: 20260430, numRuns: 3_000 },
    );
  });
});

describe('cards built from hostile list data', () => {
  const HOSTILE = '[öppna](https://angripare.example) **fet** `kod`';
  const item = {
    Id: 12,
    etag: '"4"',
    Title: `# ${HOSTILE}`,
    externalId: 'VBE2021-03',
    status: '**Pågår**',
    ownerText: '- Lokal samordnare',
    ownerPersonsId: [7],
    dueDate: '2021-12-31',
    latestStatusComment: `> ${HOSTILE}\n1. punkt`,
    latestStatusAt: '2022-01-15T12:00:00Z',
  };
  const summary = targetSummary({ kind: 'Åtgärd', id: 12 }, item, ['Erik _Berg_']);

  /** Every text Teams renders as Markdown on the card: TextBlocks and both sides of each Fact. */
  function markdownTexts(node: unknown, out: string[] = []): string[] {
    if (Array.isArray(node)) for (const n of node) markdownTexts(n, out);
    else if (typeof node === 'object' && node !== null) {
      const n = node as Json;
      if (n['type'] === 'TextBlock' && typeof n['text'] === 'string') out.push(n['text']);
      if (n['type'] === 'FactSet') for (const f of n['facts'] as Json[]) out.push(String(f['title']), String(f['value']));
      for (const key of ['body', 'items', 'columns', 'actions', 'card']) markdownTexts(n[key], out);
    }
    return out;
  }

  const cards = {
    statusForm: statusFormCard({
      summary,
      lang: 'sv',
      formId: 'form-abc-123',
      mode: 'chat',
      defaultYear: 2022,
      values: { comment: HOSTILE },
      problems: [{ field: 'status', sv: `Okänd status "${HOSTILE}".`, en: `Unknown status "${HOSTILE}".` }],
      notice: { lines: [{ sv: `Nu gäller kommentaren "${HOSTILE}".`, en: 'x' }], style: 'warning' },
    }),
    list: itemListCard({ lang: 'sv', title: { sv: 'Mina poster', en: 'Mine' }, items: [summary], empty: { sv: '', en: '' }, canPost: () => true }),
    confirmation: confirmationCard({
      lang: 'sv',
      target: summary,
      post: { status: '*Klar*', comment: HOSTILE, reportingPoint: 'T2', reportingYear: 2022, progressPercent: 30, resultat: '## Resultat', postedAt: '2022-01-15T12:00:00Z' },
      postedBy: '[Anna](https://angripare.example)',
    }),
    notice: noticeCard({ lang: 'sv', title: { sv: 'Hittade inte posten', en: '' }, lines: [{ sv: `Det finns ingen post med id "${HOSTILE}".`, en: '' }] }),
    help: helpCard('sv', HOSTILE),
  };

  test.each(Object.keys(cards))('%s: every text renders without formatting and shows the data as typed', (name) => {
    const card = cards[name as keyof typeof cards];
    const texts = markdownTexts(card);
    const shown = texts.map(shownText).join('\n');
    for (const t of texts) {
      const tags = formattingTags(renderCardMarkdown(t));
      // The help card's own command list is deliberately formatted.
      if (name === 'help' && t.includes('**status VBE2021-03**')) expect(tags).toEqual(expect.arrayContaining(['ul', 'li', 'strong']));
      else if (name === 'help' && t.includes('**Rapportera status**')) expect(tags).toEqual(['strong', 'strong']);
      else expect({ t, tags }).toEqual({ t, tags: [] });
    }
    expect(shown).toContain(HOSTILE);
  });

  test('the item’s own fields read as typed on the form', () => {
    const shown = markdownTexts(cards.statusForm).map(shownText);
    expect(shown).toEqual(expect.arrayContaining([`VBE2021-03 · # ${HOSTILE}`, '**Pågår**', '- Lokal samordnare', 'Erik _Berg_', `> ${HOSTILE}\n1. punkt`]));
  });

  test('inputs are plain text in Teams: a re-shown comment keeps exactly what was typed', () => {
    expect(cardInputs(cards.statusForm).get('comment')?.['value']).toBe(HOSTILE);
  });
});
