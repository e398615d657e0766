import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fieldKey, isIsoDate, listByName, STATUS_TARGETS, type FieldSchema } from '../../../shared/lists';
import { cutTitle, mapSeed, slug, type SeedData } from '../../../teams-app/src/provisioning/seed-mapping';

const seed = JSON.parse(readFileSync(join(__dirname, '../../fixtures/seed-items.json'), 'utf8')) as SeedData & {
  actionItems: { id: string; title: string; ownerUnits: string[] }[];
};
const rows = mapSeed(seed);

describe('mapSeed', () => {
  test('one row per seed item, unique externalIds', () => {
    expect(Object.fromEntries(Object.entries(rows).map(([k, v]) => [k, v.length]))).toEqual({
      SourceDocuments: 5,
      Plans: 14,
      ActionItems: 99,
      Projects: 43,
      ProjectVersions: 82,
      Risks: 66,
      Controls: 34,
      Innovations: 9,
      Procurements: 10,
      GrantApplications: 3,
    });
    for (const list of Object.values(rows)) expect(new Set(list.map((r) => r.externalId)).size).toBe(list.length);
  });

  test.each(Object.keys(rows))('%s: every value fits its column (names, types, choices, lengths, required)', (name) => {
    const schema = listByName(name);
    const byKey = new Map((schema.fields as readonly FieldSchema[]).map((f) => [fieldKey(f), f]));
    for (const row of rows[name as keyof typeof rows]) {
      const all = { ...row.values, ...row.createOnly };
      for (const key of [...Object.keys(all), ...Object.keys(row.lookups), ...Object.keys(row.people)]) {
        expect([name, key, byKey.has(key)]).toEqual([name, key, true]);
      }
      for (const [key, value] of Object.entries(all)) {
        const f = byKey.get(key)!;
        const where = `${name} ${row.externalId} ${key}`;
        if (value === null) continue;
        switch (f.kind) {
          case 'Text':
            expect([where, typeof value, (value as string).length <= f.maxLength]).toEqual([where, 'string', true]);
            break;
          case 'Choice':
            if (!f.fillIn) expect([where, f.choices.includes(value as string)]).toEqual([where, true]);
            break;
          case 'MultiChoice':
            expect(Array.isArray(value)).toBe(true);
            if (!f.fillIn) for (const v of value as string[]) expect([where, v, f.choices.includes(v)]).toEqual([where, v, true]);
            break;
          case 'Number':
          case 'Currency':
            expect([where, Number.isFinite(value)]).toEqual([where, true]);
            if (f.kind === 'Currency') expect([where, Number.isInteger(value)]).toEqual([where, true]);
            break;
          case 'DateTime':
            if (f.dateOnly) expect([where, isIsoDate(value as string)]).toEqual([where, true]);
            else expect([where, value]).toEqual([where, expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/)]);
            break;
          case 'Boolean':
            expect(typeof value).toBe('boolean');
            break;
          default:
            break;
        }
      }
      for (const f of schema.fields as readonly FieldSchema[]) {
        if (!f.required) continue;
        const key = fieldKey(f);
        const present = key in row.lookups ? row.lookups[key] !== null : all[key] !== null && all[key] !== undefined;
        expect([name, row.externalId, key, present]).toEqual([name, row.externalId, key, true]);
      }
    }
  });

  test('long action texts: Title cut at a word boundary with "…", full text in activityText', () => {
    const long = seed.actionItems.filter((a) => a.title.length > 255);
    expect(long.length).toBe(19);
    for (const a of long) {
      const r = rows.ActionItems.find((x) => x.externalId === a.id)!;
      const title = r.values['Title'] as string;
      expect(title.length).toBeLessThanOrEqual(255);
      expect(title.endsWith('…')).toBe(true);
      const head = title.slice(0, -1);
      expect(a.title.replace(/\s+/g, ' ').startsWith(head)).toBe(true);
      // A word boundary: the next character of the source is a space (or punctuation we trimmed).
      expect(a.title.replace(/\s+/g, ' ')[head.length]).toMatch(/[\s,;:.–-]/);
      expect(r.values['activityText']).toBe(a.title);
    }
    expect(cutTitle('kort text')).toBe('kort text');
    expect(cutTitle(`${'a'.repeat(300)}`)).toBe(`${'a'.repeat(254)}…`);
  });

  test('status starts Ej påbörjad and is never part of the values kept in sync', () => {
    for (const r of rows.ActionItems) {
      expect(r.createOnly).toEqual({ status: 'Ej påbörjad' });
      expect(r.values).not.toHaveProperty('status');
    }
  });

  test('columns that status posts update are only set on create, so a re-import never undoes a post', () => {
    for (const target of Object.values(STATUS_TARGETS)) {
      for (const r of rows[target.list]) {
        for (const f of target.statusFields) expect([target.list, r.externalId, f, f in r.values]).toEqual([target.list, r.externalId, f, false]);
        expect(target.statusField in r.createOnly).toBe(true);
      }
    }
  });

  test('month and year periods become first/last days with precision', () => {
    const v = rows.ProjectVersions.find((r) => r.externalId === 'PRJ-2020-01')!;
    expect(v.values).toMatchObject({ startDate: '2020-02-01', startDatePrecision: 'månad', endDate: '2022-06-30', endDatePrecision: 'månad' });
    const yearOnly = seed.projects.find((p) => p.start === '2018')!;
    expect(rows.ProjectVersions.find((r) => r.externalId === yearOnly.id)!.values['startDate']).toBe('2018-01-01');
    const a = rows.ActionItems.find((r) => r.externalId === 'VBE2022-06')!;
    expect(a.values).toMatchObject({ startDate: '2022-09-01', dueDate: '2022-12-31', dueDatePrecision: 'säsong' });
  });

  test('amounts in whole kronor, composed choices, lookups by externalId', () => {
    expect(rows.ProjectVersions.find((r) => r.externalId === 'PRJ-2020-01')!.values).toMatchObject({ budgetSek: 24700000, cofinancingSek: 13500000 });
    expect(rows.Risks[0]!.values['kfMal']).toBe('1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort');
    expect(rows.Procurements[0]!.values).toMatchObject({ kategorifamilj: '9910, Okategoriserat', kategoriklass: '991010, Okategoriserat' });
    expect(rows.Controls.find((r) => r.externalId === 'IKP-2022-01')!.lookups).toMatchObject({ riskId: 'VOR-2022-06', sourceDocumentId: 'DOK-VP-2022' });
    expect(rows.ActionItems[0]!.lookups['planId']).toBe(`PLAN-${slug(seed.plans[0]!.title)}`);
    expect(rows.SourceDocuments.find((r) => r.externalId === 'DOK-T1-2021')!.values['printedAt']).toBe('2021-05-06T09:53:00Z');
  });

  test('projects take the latest version and point at it; versions chain to the previous one', () => {
    const p = rows.Projects.find((r) => r.externalId === 'utvecklingsplattform-kombinationsutbildningar')!;
    expect(p.values['Title']).toBe('Utvecklingsplattform för kombinationsutbildningar');
    expect(p.values['aliases']).toContain('SY-Vux');
    expect(p.lookups['latestVersionId']).toMatch(/^PRJ-2022-/);
    const withPrev = rows.ProjectVersions.filter((r) => r.lookups['previousVersionId'] !== null);
    expect(withPrev.length).toBe(82 - 43);
  });

  test('the seeds never put two units on one action item (ownerUnit is a single choice)', () => {
    expect(Math.max(...seed.actionItems.map((a) => a.ownerUnits.length))).toBeLessThanOrEqual(1);
  });
});
