// The page's side of the harness server (/harness/*): configuration, the conversation's changes
// (long-polled), and "Teams, deliver this to the bot".

import type { ChatConversation } from './activities';
import type { HarnessSend } from './server';

export interface HarnessMember {
  readonly id: string;
  readonly name: string;
  readonly userPrincipalName: string;
  readonly role: 'manager' | 'member';
}

export interface HarnessConfig {
  readonly bot: { readonly id: string; readonly name: string };
  readonly members: readonly HarnessMember[];
  readonly conversations: readonly ChatConversation[];
}

export interface ChatActivity {
  readonly id: string;
  readonly type: string;
  readonly text?: string;
  readonly timestamp?: string;
  readonly from?: { readonly id: string; readonly name?: string };
  readonly attachments?: readonly { readonly contentType: string; readonly content: unknown }[];
}

export interface Changes {
  readonly seq: number;
  readonly entries: readonly { readonly seq: number; readonly conversationId: string; readonly activity: ChatActivity }[];
}

/** What the bot answered (HTTP status and body), as the harness relays it. */
export interface BotAnswer {
  readonly status: number;
  readonly body: unknown;
}

async function json<T>(res: Response): Promise<T> {
  if (!res.ok) throw new Error(`Harness ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

export async function loadConfig(): Promise<HarnessConfig> {
  return json(await fetch('/harness/config'));
}

export async function changesSince(seq: number, waitMs: number, signal?: AbortSignal): Promise<Changes> {
  return json(await fetch(`/harness/changes?since=${seq}&wait=${waitMs}`, signal ? { signal } : {}));
}

export async function deliver(conversationId: string, from: string, send: HarnessSend): Promise<BotAnswer> {
  return json(
    await fetch('/harness/send', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversationId, from, locale: 'sv-SE', send }),
    }),
  );
}
