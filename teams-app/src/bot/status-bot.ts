// The chat service's handlers on a Teams SDK App:
//  - message ("status VBE2021-03", "mina åtgärder", "försenade"): the bot answers in the
//    conversation with a card (through the Bot Connector, as Teams bots do);
//  - adaptiveCard/action (Action.Execute on those cards): open a form, post it; the answer
//    replaces the card (Universal Actions);
//  - composeExtension/fetchTask and /submitAction ("Rapportera status" in the compose box, the
//    command box or a message's menu): a dialog with the same form; a posted status comes back as
//    a confirmation card inserted into the compose box.
// Nothing here throws at Teams: every failure becomes a Swedish (or English) card or an error
// response, and nothing is written unless the whole post is valid and allowed.

import type { App } from '@microsoft/teams.apps';
import type { IAdaptiveCard } from '@microsoft/teams.cards';
import { parseTargetRef } from '../../../shared/lists/status-form';
import type { Localized } from '../../../shared/locale';
import { attachmentOf, langOf, say, VERBS, type Lang } from '../cards/card-kit';
import { helpCard, itemListCard, pickerCard } from '../cards/list-cards';
import { noticeCard } from '../cards/result-cards';
import { TEXTS } from '../cards/texts';
import { mentionedExternalIds, parseCommand } from './commands';
import { IdentityError, type ChatUser, type IdentityResolver, type TeamsAccount } from './identity';
import { errorCard, isTransient, openStatusForm, submitStatusForm, type StatusFlowDeps, type SubmitOutcome } from './status-flows';
import { canPost } from './targets';

/** The message extension's command id, as in the Teams manifest. */
export const REPORT_STATUS_COMMAND = 'rapporteraStatus';

export interface StatusBotDeps extends StatusFlowDeps {
  readonly identity: IdentityResolver;
}

interface ActivityLikeContext {
  readonly activity: {
    readonly id?: string;
    readonly from: TeamsAccount;
    readonly conversation: { readonly id: string };
    readonly locale?: string;
  };
  readonly api: { conversations: { members(conversationId: string): { getById(id: string): Promise<TeamsAccount> } } };
}

function who(deps: StatusBotDeps, ctx: ActivityLikeContext): Promise<ChatUser> {
  const { from, conversation } = ctx.activity;
  return deps.identity.resolve({ from, lookupMember: () => ctx.api.conversations.members(conversation.id).getById(from.id) });
}

function identityCard(lang: Lang, error: IdentityError): IAdaptiveCard {
  return noticeCard({ lang, title: TEXTS.whoTitle, lines: [error.reason] });
}

const cardResponse = (card: IAdaptiveCard) => ({ statusCode: 200 as const, type: 'application/vnd.microsoft.card.adaptive' as const, value: card });

const errorResponse = (message: Localized, lang: Lang) => ({
  statusCode: 400 as const,
  type: 'application/vnd.microsoft.error' as const,
  value: { code: 'BadRequest', message: say(message, lang), innerHttpError: { statusCode: 400, body: { sv: message.sv, en: message.en } } },
});

const dialog = (card: IAdaptiveCard, lang: Lang) => ({
  task: { type: 'continue' as const, value: { title: say(TEXTS.reportStatus, lang), height: 'large' as const, width: 'medium' as const, card: attachmentOf(card) } },
});

const dialogMessage = (message: Localized, lang: Lang) => ({ task: { type: 'message' as const, value: say(message, lang) } });

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const UNKNOWN_ACTION: Localized = {
  sv: 'Kortet skickade en åtgärd som jag inte känner igen. Öppna ett nytt statuskort och försök igen.',
  en: 'The card sent an action I do not recognise. Open a new status card and try again.',
};

export function registerStatusBot(app: App, deps: StatusBotDeps): void {
  app.on('message', async (ctx) => {
    const lang = langOf(ctx.activity.locale);
    const send = (card: IAdaptiveCard) => ctx.send({ type: 'message', attachments: [attachmentOf(card)] });
    const command = parseCommand(ctx.activity.text);
    try {
      switch (command.kind) {
        case 'help':
          await send(helpCard(lang));
          return;
        case 'unknown':
          await send(helpCard(lang, command.text));
          return;
        case 'status': {
          const me = await who(deps, ctx);
          const ref = parseTargetRef(command.ref) ?? command.ref;
          await send((await openStatusForm(deps, me, ref, lang, 'chat')).card);
          return;
        }
        case 'mine': {
          const me = await who(deps, ctx);
          const items = await deps.directory.ownedBy(me.user.id);
          await send(itemListCard({ lang, title: TEXTS.mineTitle, items, empty: TEXTS.mineEmpty, canPost: (i) => canPost(me.user, i) }));
          return;
        }
        case 'delayed': {
          const me = await who(deps, ctx);
          const items = await deps.directory.delayed(deps.now());
          await send(itemListCard({ lang, title: TEXTS.delayedTitle, items, empty: TEXTS.delayedEmpty, canPost: (i) => canPost(me.user, i) }));
          return;
        }
      }
    } catch (error) {
      if (error instanceof IdentityError) {
        await send(identityCard(lang, error));
        return;
      }
      deps.log(`message '${command.kind}' failed: ${(error as Error).stack ?? String(error)}`);
      await send(errorCard(lang, error));
    }
  });

  app.on('card.action', async (ctx) => {
    const lang = langOf(ctx.activity.locale);
    const action = isRecord(ctx.activity.value) ? ctx.activity.value.action : undefined;
    if (!isRecord(action) || typeof action.verb !== 'string') {
      return errorResponse({ sv: 'Ogiltig kortåtgärd: verb saknas.', en: 'Invalid card action: the verb is missing.' }, lang);
    }
    const data = isRecord(action.data) ? action.data : {};
    try {
      const me = await who(deps, ctx);
      if (action.verb === VERBS.open) {
        const ref = parseTargetRef(data['target']);
        if (!ref) return errorResponse(UNKNOWN_ACTION, lang);
        return cardResponse((await openStatusForm(deps, me, ref, lang, 'chat')).card);
      }
      if (action.verb === VERBS.post) {
        const outcome = await submitStatusForm(deps, { who: me, data, activityId: ctx.activity.id, lang, mode: 'chat' });
        return outcome.kind === 'malformed' ? errorResponse(outcome.message, lang) : cardResponse(outcome.card);
      }
      return errorResponse(UNKNOWN_ACTION, lang);
    } catch (error) {
      if (error instanceof IdentityError) return cardResponse(identityCard(lang, error));
      deps.log(`card action '${action.verb}' failed: ${(error as Error).stack ?? String(error)}`);
      return cardResponse(errorCard(lang, error));
    }
  });

  app.on('message.ext.open', async (ctx) => {
    const lang = langOf(ctx.activity.locale);
    const value = ctx.activity.value;
    if (value.commandId !== REPORT_STATUS_COMMAND) {
      return dialogMessage({ sv: `Okänt kommando "${String(value.commandId)}".`, en: `Unknown command "${String(value.commandId)}".` }, lang);
    }
    try {
      const me = await who(deps, ctx);
      const fromMessage = value.commandContext === 'message' ? (value.messagePayload?.body?.content ?? '') : '';
      for (const id of fromMessage ? mentionedExternalIds(fromMessage) : []) {
        if (await deps.directory.findByExternalId(id)) return dialog((await openStatusForm(deps, me, id, lang, 'dialog')).card, lang);
      }
      const items = await deps.directory.pickable(me.user);
      if (items.length === 0) return dialogMessage(TEXTS.pickerEmpty, lang);
      return dialog(pickerCard({ lang, items, ...(fromMessage ? { notice: TEXTS.pickerNoneInMessage } : {}) }), lang);
    } catch (error) {
      if (error instanceof IdentityError) return dialogMessage(error.reason, lang);
      deps.log(`message extension open failed: ${(error as Error).stack ?? String(error)}`);
      return dialogMessage(isTransient(error) ? TEXTS.busyHint : TEXTS.errorHint, lang);
    }
  });

  app.on('message.ext.submit', async (ctx) => {
    const lang = langOf(ctx.activity.locale);
    const value = ctx.activity.value;
    if (value.commandId !== REPORT_STATUS_COMMAND) {
      return dialogMessage({ sv: `Okänt kommando "${String(value.commandId)}".`, en: `Unknown command "${String(value.commandId)}".` }, lang);
    }
    const data = isRecord(value.data) ? value.data : {};
    try {
      const me = await who(deps, ctx);
      if (data['verb'] === VERBS.pick) {
        const ref = parseTargetRef(data['target']);
        if (!ref) return dialogMessage(TEXTS.pickerRequired, lang);
        return dialog((await openStatusForm(deps, me, ref, lang, 'dialog')).card, lang);
      }
      if (data['verb'] === VERBS.post) {
        const outcome: SubmitOutcome = await submitStatusForm(deps, { who: me, data, activityId: ctx.activity.id, lang, mode: 'dialog' });
        if (outcome.kind === 'malformed') return dialogMessage(outcome.message, lang);
        if (outcome.kind === 'saved') {
          return { composeExtension: { type: 'result' as const, attachmentLayout: 'list' as const, attachments: [attachmentOf(outcome.card)] } };
        }
        return dialog(outcome.card, lang);
      }
      return dialogMessage(UNKNOWN_ACTION, lang);
    } catch (error) {
      if (error instanceof IdentityError) return dialogMessage(error.reason, lang);
      deps.log(`message extension submit failed: ${(error as Error).stack ?? String(error)}`);
      return dialogMessage(isTransient(error) ? TEXTS.busyHint : TEXTS.errorHint, lang);
    }
  });
}
