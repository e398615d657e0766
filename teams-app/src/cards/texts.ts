// The chat cards' own words (labels of list columns come from the schemas). Swedish first.

import type { Localized } from '../../../shared/locale';

const l = (sv: string, en: string): Localized => ({ sv, en });

export const TEXTS = {
  reportStatus: l('Rapportera status', 'Report status'),
  send: l('Skicka', 'Send'),
  sendAgain: l('Skicka igen', 'Send again'),
  next: l('Nästa', 'Next'),
  choose: l('Välj…', 'Choose…'),
  commentPlaceholder: l('Beskriv läget: vad är gjort, vad återstår, vad behövs?', 'Describe the state: what is done, what remains, what is needed?'),
  commentRequired: l('Skriv en kommentar (högst 2 000 tecken).', 'Write a comment (at most 2,000 characters).'),
  statusRequired: l('Välj en status.', 'Choose a status.'),
  yearRequired: l('Ange år.', 'Give the year.'),
  posted: l('Status rapporterad', 'Status reported'),
  alreadySaved: l(
    'Den här uppdateringen var redan sparad; inget har skrivits en gång till.',
    'This update had already been saved; nothing was written a second time.',
  ),
  about: l('Gäller', 'About'),
  notAllowedTitle: l('Du kan inte rapportera status för den här posten', 'You cannot report status on this item'),
  notFoundTitle: l('Hittade inte posten', 'Item not found'),
  conflictTitle: l('Posten har ändrats sedan kortet skapades', 'The item has changed since the card was made'),
  conflictHint: l(
    'Kortet visar nu den senaste statusen. Dina uppgifter finns kvar nedan – skicka igen om de fortfarande stämmer.',
    'The card now shows the latest status. Your entries are kept below – send again if they still apply.',
  ),
  invalidTitle: l('Kontrollera uppgifterna', 'Check your entries'),
  transientTitle: l('Det gick inte att spara just nu', 'It could not be saved just now'),
  transientHint: l(
    'SharePoint svarade inte i tid. Inget har gått förlorat – tryck Skicka igen. Samma uppdatering sparas bara en gång.',
    'SharePoint did not answer in time. Nothing is lost – press Send again. The same update is only saved once.',
  ),
  busyHint: l(
    'SharePoint svarade inte i tid, så ingenting har sparats. Försök igen om en stund.',
    'SharePoint did not answer in time, so nothing was saved. Try again shortly.',
  ),
  errorTitle: l('Något gick fel', 'Something went wrong'),
  errorHint: l(
    'Uppdateringen kunde inte behandlas och ingenting har sparats. Försök igen om en stund; kvarstår felet, kontakta nämndens administratör.',
    'The update could not be processed and nothing was saved. Try again shortly; if it persists, contact the nämnd’s administrator.',
  ),
  whoTitle: l('Vem är du?', 'Who are you?'),
  mineTitle: l('Mina poster', 'My items'),
  mineEmpty: l(
    'Du står inte som ansvarig för någon åtgärd, något projekt eller någon kontroll.',
    'You are not responsible for any action item, project or control.',
  ),
  delayedTitle: l('Försenade poster', 'Delayed items'),
  delayedEmpty: l('Inga poster är försenade.', 'No items are delayed.'),
  pickerTitle: l('Välj vad statusen gäller', 'Choose what the status is about'),
  pickerLabel: l('Åtgärd, projekt eller kontroll', 'Action item, project or control'),
  pickerRequired: l('Välj en post.', 'Choose an item.'),
  pickerEmpty: l(
    'Det finns ingen post som du får rapportera status för. Bara ansvariga och nämndens administratörer kan rapportera.',
    'There is no item you may report status on. Only the responsible people and the nämnd’s administrators can report.',
  ),
  pickerNoneInMessage: l(
    'Meddelandet nämner ingen åtgärd, inget projekt och ingen kontroll som jag hittar – välj i listan.',
    'The message mentions no action item, project or control that I can find – choose from the list.',
  ),
  helpTitle: l('Nämndstöd i chatten', 'Nämndstöd in chat'),
  helpIntro: l(
    'Rapportera status utan att lämna samtalet. Skriv till mig:',
    'Report status without leaving the conversation. Write to me:',
  ),
  helpStatus: l('**status VBE2021-03** – rapportera status för en post (åtgärd, projekt eller kontroll)', '**status VBE2021-03** – report status on an item (action item, project or control)'),
  helpMine: l('**mina åtgärder** – det du är ansvarig för', '**mina åtgärder** (my items) – what you are responsible for'),
  helpDelayed: l('**försenade** – poster som är försenade', '**försenade** (delayed) – items that are delayed'),
  helpExtension: l(
    'Du kan också välja **Rapportera status** under meddelandefältets appar eller i ett meddelandes meny (…).',
    'You can also choose **Report status** among the message box’s apps or in a message’s menu (…).',
  ),
  unknownCommand: l('Jag förstod inte "{text}".', 'I did not understand "{text}".'),
  moreItems: l('… och {n} till. Hela listan finns i fliken Nämndstöd.', '… and {n} more. The whole list is in the Nämndstöd tab.'),
  noValue: l('–', '–'),
} as const;

export function fill(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
