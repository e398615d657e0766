import { statusPatch, statusRow, statusTitle, validateStatusPost, type StatusPostDraft } from '../../../shared/lists';

const good: StatusPostDraft = { actionItemId: 12, status: 'Pågår', comment: '  Arbetet pågår enligt plan.  ', reportingPoint: 'T2', reportingYear: 2022 };

function problemsOf(draft: StatusPostDraft) {
  const r = validateStatusPost(draft);
  if (r.ok) throw new Error('expected problems');
  return r.problems;
}

describe('validateStatusPost', () => {
  test('a good post is trimmed and typed', () => {
    const r = validateStatusPost({ ...good, progressPercent: '40' });
    expect(r).toEqual({
      ok: true,
      post: {
        target: { kind: 'Åtgärd', id: 12 },
        status: 'Pågår',
        comment: 'Arbetet pågår enligt plan.',
        reportingPoint: 'T2',
        reportingYear: 2022,
        progressPercent: 40,
        resultat: null,
      },
    });
  });

  test('reporting point defaults to Löpande; card inputs as text are accepted', () => {
    const r = validateStatusPost({ controlId: '5', status: 'Ej genomförd', comment: 'Ingen kontroll är genomförd.', reportingYear: '2019' });
    expect(r.ok && r.post).toMatchObject({ target: { kind: 'Kontroll', id: 5 }, reportingPoint: 'Löpande', reportingYear: 2019, status: 'Ej genomförd' });
  });

  test('exactly one target', () => {
    expect(problemsOf({ ...good, actionItemId: null })).toEqual([
      expect.objectContaining({ field: 'target', sv: expect.stringContaining('Välj vilken åtgärd'), en: expect.stringContaining('Choose') }),
    ]);
    expect(problemsOf({ ...good, projectId: 3 })[0]).toMatchObject({ field: 'target', sv: expect.stringContaining('bara gälla en sak') });
    expect(problemsOf({ ...good, actionItemId: 'abc' })[0]).toMatchObject({ field: 'target' });
    expect(problemsOf({ ...good, actionItemId: 0 })[0]).toMatchObject({ field: 'target' });
  });

  test('status vocabulary, with Ej genomförd for controls only', () => {
    expect(problemsOf({ ...good, status: 'Klar' })[0]).toMatchObject({ field: 'status', sv: expect.stringContaining('Okänd status "Klar"') });
    expect(problemsOf({ ...good, status: 'Ej genomförd' })[0]).toMatchObject({ field: 'status', sv: expect.stringContaining('bara kontroller') });
    expect(problemsOf({ ...good, status: '' })[0]).toMatchObject({ field: 'status', sv: 'Välj en status.' });
    for (const s of ['Ej påbörjad', 'Pågår', 'Genomförd', 'Delvis genomförd', 'Försenad', 'Utgår']) {
      expect(validateStatusPost({ ...good, status: s }).ok).toBe(true);
    }
  });

  test('comment required and at most 2 000 characters after trimming (emoji count as one)', () => {
    expect(problemsOf({ ...good, comment: '   \n ' })[0]).toMatchObject({ field: 'comment' });
    expect(validateStatusPost({ ...good, comment: ` ${'å'.repeat(2000)} ` }).ok).toBe(true);
    expect(validateStatusPost({ ...good, comment: '😀'.repeat(2000) }).ok).toBe(true);
    const p = problemsOf({ ...good, comment: 'a'.repeat(2001) })[0]!;
    expect(p).toMatchObject({ field: 'comment' });
    expect(p.sv).toContain('högst 2000 tecken (nu 2001)');
    expect(p.en).toContain('at most 2000 characters');
  });

  test('reporting point, year and progress', () => {
    expect(problemsOf({ ...good, reportingPoint: 'T3' })[0]).toMatchObject({ field: 'reportingPoint' });
    expect(problemsOf({ ...good, reportingYear: undefined })[0]).toMatchObject({ field: 'reportingYear' });
    expect(problemsOf({ ...good, reportingYear: 2022.5 })[0]).toMatchObject({ field: 'reportingYear' });
    expect(problemsOf({ ...good, reportingYear: '20x2' })[0]).toMatchObject({ field: 'reportingYear' });
    expect(problemsOf({ ...good, progressPercent: 101 })[0]).toMatchObject({ field: 'progressPercent' });
    expect(problemsOf({ ...good, progressPercent: -1 })[0]).toMatchObject({ field: 'progressPercent' });
    expect(problemsOf({ ...good, progressPercent: '12.5' })[0]).toMatchObject({ field: 'progressPercent' });
    expect(validateStatusPost({ ...good, progressPercent: 0 }).ok).toBe(true);
    expect(validateStatusPost({ ...good, progressPercent: '' }).ok).toBe(true);
  });

  test('every problem is reported at once, each with sv and en', () => {
    const problems = problemsOf({ status: 'x', comment: '', reportingPoint: 'y', reportingYear: 1, progressPercent: 500 });
    expect(problems.map((p) => p.field).sort()).toEqual(['comment', 'progressPercent', 'reportingPoint', 'reportingYear', 'status', 'target']);
    for (const p of problems) {
      expect(p.sv.length).toBeGreaterThan(5);
      expect(p.en.length).toBeGreaterThan(5);
      expect(p.sv).not.toBe(p.en);
    }
  });

  test('resultat only for controls', () => {
    expect(problemsOf({ ...good, resultat: 'Inga avvikelser' })[0]).toMatchObject({ field: 'resultat' });
  });
});

describe('status row and patch', () => {
  const at = new Date('2022-09-01T08:30:00Z');
  test('row carries exactly one lookup and a readable title', () => {
    const r = validateStatusPost(good);
    if (!r.ok) throw new Error('invalid');
    expect(statusTitle(r.post, 'VBE2021-03')).toBe('VBE2021-03 · T2 2022 · Pågår');
    const row = statusRow(r.post, { postedById: 4, postedAt: at, channel: 'Teams-chatt', externalId: 'msg:1', targetExternalId: 'VBE2021-03', teamsMessageId: '1' });
    expect(row).toMatchObject({ actionItemId: 12, targetKind: 'Åtgärd', postedById: 4, postedAt: '2022-09-01T08:30:00Z', teamsMessageId: '1' });
    expect(row).not.toHaveProperty('projectId');
    expect(row).not.toHaveProperty('controlId');
    expect(statusPatch(r.post, at)).toEqual({ status: 'Pågår', latestStatusComment: 'Arbetet pågår enligt plan.', latestStatusAt: '2022-09-01T08:30:00Z' });
  });

  test('projects get followUpStatus; controls also genomford and resultat', () => {
    const p = validateStatusPost({ projectId: 2, status: 'Försenad', comment: 'Sen start', reportingYear: 2022 });
    if (!p.ok) throw new Error('invalid');
    expect(statusPatch(p.post, at)).toEqual({ followUpStatus: 'Försenad', latestStatusComment: 'Sen start', latestStatusAt: '2022-09-01T08:30:00Z' });
    const c = validateStatusPost({ controlId: 9, status: 'Genomförd', comment: 'Klar', resultat: 'Inga avvikelser har hittats', reportingYear: 2022 });
    if (!c.ok) throw new Error('invalid');
    expect(statusPatch(c.post, at)).toMatchObject({ status: 'Genomförd', genomford: 'Genomförd', resultat: 'Inga avvikelser har hittats' });
    const d = validateStatusPost({ controlId: 9, status: 'Försenad', comment: 'Sen', reportingYear: 2022 });
    if (!d.ok) throw new Error('invalid');
    expect(statusPatch(d.post, at)).not.toHaveProperty('genomford');
  });
});
