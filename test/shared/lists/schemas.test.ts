import { isDeferredLookup, listByName, lists, type FieldSchema } from '../../../shared/lists';

describe('list registry', () => {
  test('eleven lists with the internal and Swedish display names of lists-schema.md', () => {
    expect(lists.map((l) => [l.name, l.displayName])).toEqual([
      ['SourceDocuments', 'Källdokument'],
      ['Plans', 'Planer'],
      ['ActionItems', 'Åtgärder'],
      ['Projects', 'Projekt'],
      ['ProjectVersions', 'Projektversioner'],
      ['Risks', 'Risker (VoR)'],
      ['Controls', 'Kontroller (IKP)'],
      ['Innovations', 'Innovationssatsningar'],
      ['Procurements', 'Upphandlingar'],
      ['GrantApplications', 'Statsbidragsansökningar'],
      ['StatusUpdates', 'Statusuppdateringar'],
    ]);
  });

  test.each(lists.map((l) => [l.name, l] as const))('%s: ASCII internal names, Title reused, unique indexed externalId', (_, list) => {
    for (const f of list.fields) expect(f.name).toMatch(/^[A-Za-z][A-Za-z0-9]*$/);
    expect(list.fields[0]).toMatchObject({ name: 'Title', builtIn: true, required: true });
    expect(list.fields.find((f) => f.name === 'externalId')).toMatchObject({ kind: 'Text', required: true, indexed: true, unique: true });
  });

  test('every lookup points at a registered list; only back-references are deferred', () => {
    const names = lists.map((l) => l.name as string);
    const deferred: string[] = [];
    for (const list of lists) {
      for (const f of list.fields as readonly FieldSchema[]) {
        if (f.kind !== 'Lookup') continue;
        expect(names).toContain(f.target);
        if (isDeferredLookup(list, f)) deferred.push(`${list.name}.${f.name}`);
        else expect(names.indexOf(f.target)).toBeLessThan(names.indexOf(list.name));
      }
    }
    expect(deferred).toEqual(['Projects.latestVersion', 'ProjectVersions.previousVersion']);
  });

  test('status, dueDate, years and the main lookups are indexed', () => {
    const indexed = (list: string, field: string) => (listByName(list).fields as readonly FieldSchema[]).find((f) => f.name === field)?.indexed;
    for (const [list, field] of [
      ['ActionItems', 'status'],
      ['ActionItems', 'dueDate'],
      ['ActionItems', 'plan'],
      ['ActionItems', 'planYear'],
      ['Plans', 'planYear'],
      ['SourceDocuments', 'docYear'],
      ['ProjectVersions', 'project'],
      ['ProjectVersions', 'docYear'],
      ['Projects', 'status'],
      ['Projects', 'followUpStatus'],
      ['Controls', 'status'],
      ['Controls', 'risk'],
      ['Controls', 'ikpYear'],
      ['Risks', 'vorYear'],
      ['StatusUpdates', 'actionItem'],
      ['StatusUpdates', 'teamsMessageId'],
    ] as const) {
      expect([list, field, indexed(list, field)]).toEqual([list, field, true]);
    }
  });

  test('choice values are unique, non-empty and the status vocabulary is exact', () => {
    for (const list of lists) {
      for (const f of list.fields as readonly FieldSchema[]) {
        if (f.kind !== 'Choice' && f.kind !== 'MultiChoice') continue;
        expect(new Set(f.choices).size).toBe(f.choices.length);
        for (const c of f.choices) expect(c.trim()).toBe(c);
      }
    }
    const status = (listByName('ActionItems').fields as readonly FieldSchema[]).find((f) => f.name === 'status');
    expect(status).toMatchObject({ choices: ['Ej påbörjad', 'Pågår', 'Genomförd', 'Delvis genomförd', 'Försenad', 'Utgår'], defaultValue: 'Ej påbörjad' });
    const su = (listByName('StatusUpdates').fields as readonly FieldSchema[]).find((f) => f.name === 'status');
    expect(su).toMatchObject({ choices: expect.arrayContaining(['Ej genomförd']) });
  });

  test('unknown list names throw', () => {
    expect(() => listByName('Tasks')).toThrow(/Unknown list/);
  });
});
