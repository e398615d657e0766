import {
  choice,
  currency,
  date,
  dateTime,
  defineList,
  externalId,
  lookup,
  multiChoice,
  note,
  text,
  title,
  user,
} from '../schema';
import { DEPARTMENTS, FINANCING_CATEGORIES, FINANCING_CHANNELS, INITIAL_STATUS, ITEM_STATUSES, PROJECT_ROLES } from '../vocabulary';

export const PROJECT_LIFECYCLE = ['Förstudie', 'Under handläggning', 'Pågående', 'Avslutat'] as const;

export const projects = defineList({
  name: 'Projects',
  displayName: 'Projekt',
  description: 'Ett projekt över åren (aktuella värden); varje rapports version finns i Projektversioner.',
  versioning: true,
  fields: [
    title('Projekt'),
    externalId(),
    text('projectKey', 'Projektnyckel', { required: true, indexed: true, unique: true }),
    note('aliases', 'Tidigare namn'),
    choice('financingCategory', 'Finansiär', FINANCING_CATEGORIES, { required: true, indexed: true }),
    choice('financingChannel', 'Via', FINANCING_CHANNELS, { fillIn: true }),
    choice('role', 'Nämndens roll', PROJECT_ROLES, { required: true }),
    multiChoice('department', 'Ansvarig avdelning', DEPARTMENTS, { required: true, fillIn: true }),
    text('departmentDetail', 'Enhet'),
    note('description', 'Beskrivning'),
    currency('budgetSek', 'Projektets budget (kr)'),
    currency('cofinancingSek', 'Nämndens medfinansiering (kr)'),
    date('startDate', 'Start'),
    date('endDate', 'Slut', { indexed: true }),
    // The project's lifecycle (from the reports) is separate from the follow-up status that
    // managers post, which shares its vocabulary with action items.
    choice('status', 'Status', PROJECT_LIFECYCLE, { required: true, indexed: true }),
    user('projectLead', 'Projektledare/kontakt'),
    lookup('latestVersion', 'Senaste version', 'ProjectVersions'),
    choice('followUpStatus', 'Uppföljningsstatus', ITEM_STATUSES, { required: true, indexed: true, defaultValue: INITIAL_STATUS }),
    note('latestStatusComment', 'Senaste statuskommentar'),
    dateTime('latestStatusAt', 'Senast uppdaterad'),
    note('dataQualityNote', 'Datakvalitet'),
  ],
});
