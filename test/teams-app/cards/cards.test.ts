// The chat cards as JSON: what a person sees and can press, in Swedish and English.

import { ITEM_STATUSES } from '../../../shared/lists';
import { helpCard, itemListCard, MAX_LISTED, pickerCard } from '../../../teams-app/src/cards/list-cards';
import { confirmationCard, noticeCard } from '../../../teams-app/src/cards/result-cards';
import { statusFormCard } from '../../../teams-app/src/cards/status-form-card';
import { targetSummary, type TargetSummary } from '../../../teams-app/src/cards/target-summary';
import { cardActions, cardInputs, cardText, choicesOf } from '../bot/support/cards';

const item = {
  Id: 12,
  etag: '"4"',
  Title: 'Fördjupad utbildning om högerextremism',
  externalId: 'VBE2021-03',
  status: 'Ej påbörjad',
  ownerText: 'Lokal samordnare',
  ownerPersonsId: [7],
  dueDate: '2021-12-31',
  latestStatusComment: null,
  latestStatusAt: null,
};
const summary = targetSummary({ kind: 'Åtgärd', id: 12 }, item, ['Erik Berg']);

describe('targetSummary', () => {
  test('reads the item’s summary columns', () => {
    expect(summary).toEqual({
      ref: { kind: 'Åtgärd', id: 12 },
      externalId: 'VBE2021-03',
      title: 'Fördjupad utbildning om högerextremism',
      status: 'Ej påbörjad',
      owner: 'Erik Berg',
      ownerText: 'Lokal samordnare',
      due: '2021-12-31',
      latestStatusComment: null,
      latestStatusAt: null,
      ownerIds: [7],
      etag: '"4"',
    });
  });
});

describe('statusFormCard', () => {
  test('chat: Action.Execute with the item, its version and the form id; the current status preselected', () => {
    const card = statusFormCard({ summary, lang: 'sv', formId: 'form-abc-123', mode: 'chat', defaultYear: 2022 });
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5', msteams: { width: 'full' } });
    expect(cardText(card)).toContain('Ansvariga personer: Erik Berg');
    expect(cardText(card)).toContain('Klart senast: 2021-12-31');
    expect(cardInputs(card).get('status')).toMatchObject({ value: 'Ej påbörjad', isRequired: true });
    expect(choicesOf(cardInputs(card).get('status'))).toEqual([...ITEM_STATUSES]);
    expect(cardActions(card)).toEqual([
      expect.objectContaining({ type: 'Action.Execute', verb: 'status.post', title: 'Skicka', associatedInputs: 'auto', data: { target: 'Åtgärd:12', etag: '"4"', formId: 'form-abc-123' } }),
    ]);
  });

  test('dialog: Action.Submit (what Teams dialogs support) with the verb in the data; English labels for an English client', () => {
    const card = statusFormCard({ summary, lang: 'en', formId: 'form-abc-123', mode: 'dialog', defaultYear: 2022 });
    expect(cardActions(card)).toEqual([expect.objectContaining({ type: 'Action.Submit', title: 'Send', data: { verb: 'status.post', target: 'Åtgärd:12', etag: '"4"', formId: 'form-abc-123' } })]);
    expect(cardText(card)).toContain('Report status');
    expect(cardText(card)).toContain('Comment');
    expect(cardText(card)).toContain('Reporting point');
  });

  test('a re-shown form keeps the values, shows each problem under its input and says "Skicka igen"', () => {
    const card = statusFormCard({
      summary,
      lang: 'sv',
      formId: 'form-abc-123',
      mode: 'chat',
      defaultYear: 2022,
      values: { status: 'Klar', comment: 'Text', progressPercent: '150' },
      problems: [
        { field: 'status', sv: 'Okänd status "Klar".', en: 'Unknown status "Klar".' },
        { field: 'progressPercent', sv: 'Andel klart anges som ett heltal 0–100.', en: 'Progress is a whole number from 0 to 100.' },
      ],
    });
    const body = card.body as { type: string; id?: string; text?: string; color?: string }[];
    const after = (id: string) => body[body.findIndex((e) => e.id === id) + 1];
    expect(after('status')).toMatchObject({ type: 'TextBlock', text: 'Okänd status "Klar".', color: 'Attention' });
    expect(after('progressPercent')).toMatchObject({ type: 'TextBlock', text: 'Andel klart anges som ett heltal 0–100.', color: 'Attention' });
    expect(cardInputs(card).get('comment')?.['value']).toBe('Text');
    expect(cardInputs(card).get('progressPercent')?.['value']).toBe(150);
    expect(cardActions(card)[0]).toMatchObject({ title: 'Skicka igen' });
  });
  test('a problem for a field the form has no input for is shown once, above the inputs, in the person’s language', () => {
    const resultat = { field: 'resultat' as const, sv: 'Resultat anges bara för kontroller.', en: 'A result is given for controls only.' };
    const target = { field: 'target' as const, sv: 'Målet har ett ogiltigt id.', en: 'The target has an invalid id.' };
    for (const lang of ['sv', 'en'] as const) {
      const card = statusFormCard({ summary, lang, formId: 'form-abc-123', mode: 'chat', defaultYear: 2022, values: { resultat: 'x' }, problems: [resultat, target] });
      const body = card.body as { type: string; id?: string; style?: string; items?: { text: string }[] }[];
      const general = body.filter((e) => e.type === 'Container' && e.style === 'attention');
      expect(general).toHaveLength(1);
      expect(general[0]!.items!.map((i) => i.text)).toEqual([resultat[lang], target[lang]]);
      expect(body.indexOf(general[0]!)).toBeLessThan(body.findIndex((e) => e.id === 'status'));
      expect(cardInputs(card).has('resultat')).toBe(false);
    }
  });

  test('for a control the same problem stands under its resultat input instead', () => {
    const control = targetSummary({ kind: 'Kontroll', id: 3 }, { Id: 3, etag: '"1"', Title: 'Kontroll av attest', status: 'Ej påbörjad' });
    const problem = { field: 'resultat' as const, sv: 'Resultatet får vara högst 2000 tecken.', en: 'The result may be at most 2000 characters.' };
    const card = statusFormCard({ summary: control, lang: 'sv', formId: 'form-abc-123', mode: 'chat', defaultYear: 2022, problems: [problem] });
    const body = card.body as { type: string; id?: string; text?: string; style?: string }[];
    expect(body.some((e) => e.type === 'Container' && e.style === 'attention')).toBe(false);
    expect(body[body.findIndex((e) => e.id === 'resultat') + 1]).toMatchObject({ type: 'TextBlock', text: problem.sv, color: 'Attention' });
  });
});

describe('read-only cards', () => {
  test('the confirmation says who, when and what, and has nothing to press', () => {
    const card = confirmationCard({
      lang: 'sv',
      target: summary,
      post: { status: 'Pågår', comment: 'Igång.', reportingPoint: 'T2', reportingYear: 2022, progressPercent: 30, postedAt: '2022-01-15T12:00:00Z' },
      postedBy: 'Erik Berg',
    });
    expect(cardText(card).split('\n')).toEqual(
      expect.arrayContaining([
        'Gäller: VBE2021-03 · Fördjupad utbildning om högerextremism',
        'Status: Pågår',
        'Kommentar: Igång.',
        'Uppföljningstillfälle: T2 2022',
        'Andel klart (%): 30 %',
        'Postad av: Erik Berg',
        'Postad: 2022-01-15 13:00',
      ]),
    );
    expect(cardActions(card)).toHaveLength(0);
    expect(cardInputs(card).size).toBe(0);
  });

  test('a notice has its title and lines, no actions', () => {
    const card = noticeCard({ lang: 'en', title: { sv: 'Titel', en: 'Title' }, lines: [{ sv: 'Rad', en: 'Line' }] });
    expect(cardText(card)).toBe('Title\nLine');
    expect(cardActions(card)).toHaveLength(0);
  });
});

describe('lists', () => {
  const many: TargetSummary[] = Array.from({ length: MAX_LISTED + 4 }, (_, i) =>
    targetSummary({ kind: 'Åtgärd', id: i + 1 }, { ...item, Id: i + 1, externalId: `VBE2021-${String(i + 1).padStart(2, '0')}`, etag: '"1"' }),
  );

  test('a long list is cut at MAX_LISTED and points to the tab; only items the person may post on get a button', () => {
    const card = itemListCard({ lang: 'sv', title: { sv: 'Försenade poster', en: 'Delayed' }, items: many, empty: { sv: 'Inga', en: 'None' }, canPost: (s) => s.ref.id % 2 === 0 });
    expect(cardText(card)).toContain('… och 4 till. Hela listan finns i fliken Nämndstöd.');
    expect(cardText(card)).not.toContain(`VBE2021-${MAX_LISTED + 1}`);
    const buttons = cardActions(card);
    expect(buttons.map((b) => (b['data'] as { target: string }).target)).toEqual(
      many.slice(0, MAX_LISTED).filter((s) => s.ref.id % 2 === 0).map((s) => `Åtgärd:${s.ref.id}`),
    );
  });

  test('an empty list says so; the picker offers every item as a choice; help lists the commands', () => {
    expect(cardText(itemListCard({ lang: 'sv', title: { sv: 'Mina poster', en: 'Mine' }, items: [], empty: { sv: 'Inget här.', en: 'Nothing.' }, canPost: () => true }))).toContain('Inget här.');
    const picker = pickerCard({ lang: 'sv', items: many.slice(0, 3) });
    expect(choicesOf(cardInputs(picker).get('target'))).toEqual(['Åtgärd:1', 'Åtgärd:2', 'Åtgärd:3']);
    expect(cardActions(picker)).toEqual([expect.objectContaining({ type: 'Action.Submit', data: { verb: 'status.pick' } })]);
    expect(cardText(helpCard('sv', 'blabla'))).toContain('Jag förstod inte "blabla".');
    expect(cardText(helpCard('sv'))).toContain('mina åtgärder – det du är ansvarig för');
  });
});
