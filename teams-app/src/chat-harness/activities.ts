// Activities as Teams sends them to a bot: the envelope (ids, sender, conversation, serviceUrl)
// and the bodies of the four kinds the chat service answers. The harness server, the tests and
// the benchmark all build their traffic here, so they speak the same protocol as Teams.

export interface ChatAccount {
  /** Teams user id, `29:…` */
  readonly id: string;
  readonly name: string;
  readonly aadObjectId: string;
}

export interface ChatConversation {
  readonly id: string;
  readonly name: string;
  readonly conversationType: 'personal' | 'groupChat' | 'channel';
}

export const HARNESS_BOT: ChatAccount = { id: '28:namndstod-local-bot', name: 'Nämndstöd', aadObjectId: '00000000-0000-4000-8000-000000000b07' };

export interface Envelope {
  readonly id: string;
  readonly from: ChatAccount;
  readonly conversation: ChatConversation;
  /** Where the bot answers: the Bot Connector (here, the harness's). */
  readonly serviceUrl: string;
  readonly locale?: string;
  readonly timestamp?: string;
}

export type Activity = Record<string, unknown> & { readonly type: string; readonly id: string };

function base(env: Envelope): Record<string, unknown> & { id: string } {
  return {
    id: env.id,
    channelId: 'msteams',
    serviceUrl: env.serviceUrl,
    timestamp: env.timestamp ?? new Date().toISOString(),
    locale: env.locale ?? 'sv-SE',
    from: { id: env.from.id, name: env.from.name, aadObjectId: env.from.aadObjectId },
    recipient: { id: HARNESS_BOT.id, name: HARNESS_BOT.name },
    conversation: { id: env.conversation.id, name: env.conversation.name, conversationType: env.conversation.conversationType },
    channelData: { tenant: { id: 'local-tenant' } },
  };
}

/**
 * A message as the bot receives it. In a group chat or channel Teams only delivers messages that
 * @mention the bot, as `<at>Name</at>` in the text plus a mention entity.
 */
export function messageActivity(env: Envelope, text: string, options: { mentionBot?: boolean } = {}): Activity {
  if (!options.mentionBot) return { ...base(env), type: 'message', text, textFormat: 'plain' };
  const at = `<at>${HARNESS_BOT.name}</at>`;
  return {
    ...base(env),
    type: 'message',
    text: `${at} ${text}`,
    textFormat: 'plain',
    entities: [{ type: 'mention', text: at, mentioned: { id: HARNESS_BOT.id, name: HARNESS_BOT.name } }],
  };
}

/** `@Nämndstöd status X` → `status X`; undefined when the text does not start with the mention. */
export function withoutBotMention(text: string): string | undefined {
  const m = new RegExp(`^\\s*@${HARNESS_BOT.name}\\b[\\s,:]*`, 'iu').exec(text);
  return m ? text.slice(m[0].length) : undefined;
}

/** Action.Execute on a card in the conversation; `replyToId` is the message holding the card. */
export function cardActionActivity(env: Envelope, action: { verb: string; data: Record<string, unknown> }, replyToId?: string): Activity {
  return {
    ...base(env),
    type: 'invoke',
    name: 'adaptiveCard/action',
    ...(replyToId ? { replyToId } : {}),
    value: { action: { type: 'Action.Execute', verb: action.verb, data: action.data }, trigger: 'manual' },
  } as Activity;
}

export type CommandContext = 'compose' | 'commandbox' | 'message';

/** The message extension's action command opened (compose box, command box or a message's menu). */
export function fetchTaskActivity(env: Envelope, commandId: string, context: CommandContext, message?: { id: string; text: string; from: ChatAccount }): Activity {
  return {
    ...base(env),
    type: 'invoke',
    name: 'composeExtension/fetchTask',
    value: {
      commandId,
      commandContext: context,
      context: { theme: 'default' },
      ...(message
        ? {
            messagePayload: {
              id: message.id,
              from: { user: { id: message.from.id, displayName: message.from.name, userIdentityType: 'aadUser' } },
              body: { contentType: 'text', content: message.text },
            },
          }
        : {}),
    },
  } as Activity;
}

/** The message extension's dialog submitted (Action.Submit in the dialog's card). */
export function submitActionActivity(env: Envelope, commandId: string, context: CommandContext, data: Record<string, unknown>): Activity {
  return {
    ...base(env),
    type: 'invoke',
    name: 'composeExtension/submitAction',
    value: { commandId, commandContext: context, context: { theme: 'default' }, data },
  } as Activity;
}
