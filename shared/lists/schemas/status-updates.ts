import { choice, dateTime, defineList, externalId, lookup, note, number, text, title, user } from '../schema';
import { CONTROL_STATUSES, REPORTING_POINTS, STATUS_CHANNELS, TARGET_KINDS } from '../vocabulary';

export const statusUpdates = defineList({
  name: 'StatusUpdates',
  displayName: 'Statusuppdateringar',
  description: 'En statuspost om en åtgärd, ett projekt eller en kontroll (från Teams-chatten eller fliken).',
  versioning: false,
  fields: [
    title('Rubrik'),
    // `msg:<teamsMessageId>` for chat posts, so SharePoint's unique index itself refuses a retried
    // submit even when two retries race; `post:<uuid>` otherwise.
    externalId(),
    choice('targetKind', 'Gäller', TARGET_KINDS, { required: true, indexed: true }),
    // Exactly one of the three is set; SharePoint validation cannot see lookups, so the shared
    // core (status-update.ts) enforces it.
    lookup('actionItem', 'Åtgärd', 'ActionItems', { indexed: true }),
    lookup('project', 'Projekt', 'Projects', { indexed: true }),
    lookup('control', 'Kontroll', 'Controls', { indexed: true }),
    choice('status', 'Status', CONTROL_STATUSES, { required: true, indexed: true }),
    note('comment', 'Kommentar', { required: true }),
    choice('reportingPoint', 'Uppföljningstillfälle', REPORTING_POINTS, { required: true, defaultValue: 'Löpande' }),
    number('reportingYear', 'År', { required: true, indexed: true, decimals: 0 }),
    number('progressPercent', 'Andel klart (%)', { min: 0, max: 100, decimals: 0 }),
    note('resultat', 'Resultat (kontroll)'),
    user('postedBy', 'Postad av', { required: true, indexed: true }),
    dateTime('postedAt', 'Postad', { required: true, indexed: true }),
    choice('channel', 'Kanal', STATUS_CHANNELS, { required: true }),
    text('teamsMessageId', 'Teams-meddelande-id', { indexed: true }),
    text('targetETag', 'ETag vid postning'),
  ],
});
