import { authorizeWrite, changedKeys, MANAGER_GROUP, statusRowTarget, type NamndUser } from '../../../shared/lists';

const owner: NamndUser = { id: 4, title: 'Anna Sundin', groups: ['Nämndstöd Medlemmar'] };
const other: NamndUser = { id: 9, title: 'Per Persson', groups: ['Nämndstöd Medlemmar'] };
const manager: NamndUser = { id: 1, title: 'Nämndsekreterare', groups: [MANAGER_GROUP] };
const siteAdmin: NamndUser = { id: 2, title: 'Admin', groups: [], isSiteAdmin: true };

const actionItem = {
  Id: 12,
  Title: 'Genomföra utbildning',
  ownerPersonsId: [4, 6],
  status: 'Ej påbörjad',
  latestStatusComment: null,
  dueDate: '2022-12-30T23:00:00Z',
  'odata.etag': '"1"',
  Modified: '2022-01-01T00:00:00Z',
};

describe('authorizeWrite on target items', () => {
  test('the ansvarig may change status fields', () => {
    expect(authorizeWrite({ user: owner, list: 'ActionItems', op: 'update', before: actionItem, after: { status: 'Pågår', latestStatusComment: 'ok' } })).toEqual({ ok: true });
    // The whole merged item as `after` (what a server hook sees) works too.
    expect(
      authorizeWrite({ user: owner, list: 'ActionItems', op: 'update', before: actionItem, after: { ...actionItem, status: 'Pågår', Modified: '2022-02-02T00:00:00Z', 'odata.etag': '"2"' } }),
    ).toEqual({ ok: true });
  });

  test('owner ids in verbose { results } form are understood', () => {
    expect(authorizeWrite({ user: owner, list: 'ActionItems', op: 'update', before: { ...actionItem, ownerPersonsId: { results: [4] } }, after: { status: 'Pågår' } }).ok).toBe(true);
  });

  test('a non-owner is refused with a Swedish and an English reason', () => {
    const d = authorizeWrite({ user: other, list: 'ActionItems', op: 'update', before: actionItem, after: { status: 'Pågår' } });
    expect(d).toEqual({ ok: false, reason: { sv: expect.stringContaining('inte ansvarig för åtgärden'), en: expect.stringContaining('not responsible') } });
  });

  test('the owner may not edit plan/source fields, or make themselves owner elsewhere', () => {
    const d = authorizeWrite({ user: owner, list: 'ActionItems', op: 'update', before: actionItem, after: { status: 'Pågår', dueDate: '2023-12-30T23:00:00Z' } });
    expect(d.ok).toBe(false);
    if (!d.ok) expect(d.reason.sv).toContain('dueDate');
    expect(authorizeWrite({ user: other, list: 'ActionItems', op: 'update', before: actionItem, after: { ownerPersonsId: [4, 6, 9] } }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'ActionItems', op: 'update', before: actionItem, after: { ownerPersonsId: [4] } }).ok).toBe(false);
  });

  test('unchanged values in a patch are not counted as edits', () => {
    expect(changedKeys(actionItem, { Title: 'Genomföra utbildning', status: 'Pågår', ownerPersonsId: { results: [4, 6] } })).toEqual(['status']);
  });

  test('managers may do anything; nobody else creates or deletes items or touches other lists', () => {
    expect(authorizeWrite({ user: manager, list: 'ActionItems', op: 'update', before: actionItem, after: { dueDate: null } }).ok).toBe(true);
    expect(authorizeWrite({ user: manager, list: 'Plans', op: 'create', after: { Title: 'x' } }).ok).toBe(true);
    expect(authorizeWrite({ user: siteAdmin, list: { url: 'Lists/Plans' }, op: 'delete', before: { Title: 'x' } }).ok).toBe(true);
    expect(authorizeWrite({ user: owner, list: { url: '/sites/amn/Lists/ActionItems' }, op: 'update', before: actionItem, after: { status: 'Pågår' } }).ok).toBe(true);
    expect(authorizeWrite({ user: owner, list: { url: 'Lists/Plans' }, op: 'update', before: {}, after: { Title: 'x' } }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'ActionItems', op: 'create', after: { Title: 'x', ownerPersonsId: [4] } }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'ActionItems', op: 'delete', before: actionItem }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'Plans', op: 'update', before: {}, after: { Title: 'x' } }).ok).toBe(false);
    expect(authorizeWrite({ user: null, list: 'ActionItems', op: 'update', before: actionItem, after: { status: 'Pågår' } })).toMatchObject({
      ok: false,
      reason: { sv: expect.stringContaining('inte inloggad') },
    });
  });

  test('projects are owned by projectLead, controls by kontrollansvarig', () => {
    expect(authorizeWrite({ user: owner, list: 'Projects', op: 'update', before: { projectLeadId: 4 }, after: { followUpStatus: 'Pågår' } }).ok).toBe(true);
    expect(authorizeWrite({ user: owner, list: 'Projects', op: 'update', before: { projectLeadId: 4 }, after: { status: 'Avslutat' } }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'Controls', op: 'update', before: { kontrollansvarigId: 4 }, after: { status: 'Genomförd', genomford: 'Genomförd', resultat: 'ok' } }).ok).toBe(true);
    expect(authorizeWrite({ user: other, list: 'Controls', op: 'update', before: { kontrollansvarigId: 4 }, after: { status: 'Genomförd' } }).ok).toBe(false);
  });
});

describe('authorizeWrite on status posts', () => {
  const row = { Title: 'x', actionItemId: 12, postedById: 4, status: 'Pågår', comment: 'ok' };
  test('the owner of the target may post in their own name', () => {
    expect(statusRowTarget(row)).toMatchObject({ id: 12, target: { list: 'ActionItems' } });
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'create', after: row, target: actionItem }).ok).toBe(true);
  });
  test('not in someone else’s name, not without the target, not on someone else’s item', () => {
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'create', after: { ...row, postedById: 6 }, target: actionItem }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'create', after: row }).ok).toBe(false);
    expect(authorizeWrite({ user: other, list: 'StatusUpdates', op: 'create', after: { ...row, postedById: 9 }, target: actionItem })).toMatchObject({
      ok: false,
      reason: { sv: expect.stringContaining('inte ansvarig') },
    });
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'create', after: row, target: { ...actionItem, Id: 13 } }).ok).toBe(false);
  });
  test('a post must have exactly one target, and posts are never edited by non-managers', () => {
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'create', after: { ...row, projectId: 2 }, target: actionItem }).ok).toBe(false);
    expect(authorizeWrite({ user: owner, list: 'StatusUpdates', op: 'update', before: row, after: { comment: 'ändrad' } }).ok).toBe(false);
    expect(authorizeWrite({ user: manager, list: 'StatusUpdates', op: 'create', after: { ...row, postedById: 1 } }).ok).toBe(true);
  });
});
