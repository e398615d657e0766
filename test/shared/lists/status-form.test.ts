import {
  COMMENT_MAX_LENGTH,
  CONTROL_STATUSES,
  ITEM_STATUSES,
  REPORTING_POINTS,
  statusUpdates,
  validateStatusPost,
} from '../../../shared/lists';
import {
  draftFromForm,
  formatTargetRef,
  parseTargetRef,
  statusFormInputs,
  stockholmDate,
  stockholmDateTimeText,
  summarySource,
} from '../../../shared/lists/status-form';

describe('statusFormInputs', () => {
  test('the inputs come from the StatusUpdates schema and the target’s vocabulary', () => {
    const inputs = statusFormInputs('Åtgärd');
    expect(inputs.map((i) => i.id)).toEqual(['status', 'comment', 'reportingPoint', 'reportingYear', 'progressPercent']);
    const byId = Object.fromEntries(inputs.map((i) => [i.id, i]));
    expect(byId['status']).toMatchObject({ type: 'choice', required: true, choices: ITEM_STATUSES, label: { sv: 'Status', en: 'Status' } });
    expect(byId['comment']).toMatchObject({ type: 'text', required: true, maxLength: COMMENT_MAX_LENGTH, multiline: true, label: { sv: 'Kommentar' } });
    expect(byId['reportingPoint']).toMatchObject({ type: 'choice', choices: REPORTING_POINTS, defaultValue: 'Löpande', label: { sv: 'Uppföljningstillfälle' } });
    expect(byId['reportingYear']).toMatchObject({ type: 'number', required: true, min: 2000, max: 2100 });
    expect(byId['progressPercent']).toMatchObject({ type: 'number', required: false, min: 0, max: 100, label: { sv: 'Andel klart (%)' } });
    // Labels are the schema's display names, not copies of them.
    for (const input of inputs) expect(input.label.sv).toBe(statusUpdates.fields.find((f) => f.name === input.id)!.displayName);
  });

  test('controls also offer "Ej genomförd" and ask for a result; projects do not', () => {
    const control = statusFormInputs('Kontroll');
    expect(control.find((i) => i.id === 'status')!.choices).toEqual(CONTROL_STATUSES);
    expect(control.map((i) => i.id)).toContain('resultat');
    expect(statusFormInputs('Projekt').map((i) => i.id)).not.toContain('resultat');
    expect(statusFormInputs('Projekt').find((i) => i.id === 'status')!.choices).toEqual(ITEM_STATUSES);
  });
});

describe('target references', () => {
  test('round trip, and everything else is refused', () => {
    expect(parseTargetRef(formatTargetRef({ kind: 'Kontroll', id: 12 }))).toEqual({ kind: 'Kontroll', id: 12 });
    expect(parseTargetRef(' Åtgärd:7 ')).toEqual({ kind: 'Åtgärd', id: 7 });
    for (const bad of ['Åtgärd:0', 'Åtgärd:-1', 'Åtgärd:1e3', 'Risk:1', 'Åtgärd', 'Åtgärd:12345678901', 12, null, { kind: 'Åtgärd', id: 1 }]) {
      expect(parseTargetRef(bad)).toBeUndefined();
    }
  });
});

describe('draftFromForm', () => {
  test('card values (text) become a draft the shared validation accepts', () => {
    const draft = draftFromForm(
      { kind: 'Åtgärd', id: 5 },
      { status: 'Pågår', comment: 'Igång.', reportingPoint: 'T1', reportingYear: '2022', progressPercent: '', formId: 'x', etag: '"3"' },
    );
    const result = validateStatusPost(draft);
    expect(result).toEqual({
      ok: true,
      post: { target: { kind: 'Åtgärd', id: 5 }, status: 'Pågår', comment: 'Igång.', reportingPoint: 'T1', reportingYear: 2022, progressPercent: null, resultat: null },
    });
  });

  test('a value of the wrong shape is named by validation, not taken as missing', () => {
    const result = validateStatusPost(draftFromForm({ kind: 'Projekt', id: 2 }, { status: { evil: true }, comment: 'x', reportingYear: 2022 }));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.problems.map((p) => p.sv)).toEqual([expect.stringContaining('Okänd status "{"evil":true}"')]);
  });

  test('a result on an action item is refused by validation', () => {
    const result = validateStatusPost(draftFromForm({ kind: 'Åtgärd', id: 2 }, { status: 'Pågår', comment: 'x', reportingYear: 2022, resultat: 'Inga avvikelser' }));
    expect(!result.ok && result.problems.map((p) => p.field)).toEqual(['resultat']);
  });
});

describe('summarySource', () => {
  test('labels come from the target list’s schema', () => {
    expect(summarySource('Åtgärd').labels).toMatchObject({ status: { sv: 'Status' }, owner: { sv: 'Ansvariga personer' }, ownerText: { sv: 'Ansvarig (enligt källan)' }, due: { sv: 'Klart senast' } });
    expect(summarySource('Projekt')).toMatchObject({ columns: { status: 'followUpStatus', due: 'endDate' }, labels: { status: { sv: 'Uppföljningsstatus' }, due: { sv: 'Slut' } } });
    expect(summarySource('Kontroll').labels.due).toBeUndefined();
  });
});

describe('Stockholm time', () => {
  test('summer and winter offsets, and the calendar date', () => {
    expect(stockholmDateTimeText('2022-09-01T08:30:00Z')).toBe('2022-09-01 10:30');
    expect(stockholmDateTimeText('2022-12-31T23:30:00Z')).toBe('2023-01-01 00:30');
    expect(stockholmDate(new Date('2022-03-27T00:59:00Z'))).toBe('2022-03-27');
    expect(stockholmDateTimeText('inte ett datum')).toBe('inte ett datum');
  });
});
