// The local chat harness page: a Teams-like conversation with the Nämndstöd bot. Pick who you
// are (the local personas) and where you are (a group chat or a channel), write "status
// VBE2021-03", fill in the card, or use "Rapportera status" from the compose box or a message's
// menu. Everything goes to the chat service as real activities through the harness server.

import { Button, Field, FluentProvider, Input, makeStaticStyles, makeStyles, Select, teamsLightTheme, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CommandContext } from './activities';
import { CardView, type CardAction } from './card-view';
import { changesSince, deliver, loadConfig, type BotAnswer, type ChatActivity, type HarnessConfig } from './harness-api';

const useGlobal = makeStaticStyles({
  'html, body, #root': { height: '100%', margin: 0 },
  body: { fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif" },
  '.card-host .ac-adaptiveCard': { borderRadius: '6px' },
  '.card-host .ac-pushButton': { cursor: 'pointer', padding: '6px 14px', borderRadius: '4px', border: '1px solid #d1d1d1', background: '#fff', fontWeight: 600 },
  '.card-host .ac-pushButton.style-positive': { background: '#5b5fc7', color: '#fff', borderColor: '#5b5fc7' },
  '.card-host .ac-input': { fontFamily: 'inherit', fontSize: '14px', padding: '5px 8px', border: '1px solid #d1d1d1', borderRadius: '4px' },
  '.card-host textarea.ac-input': { minHeight: '72px' },
  '.card-host .ac-input.ac-input-validation-failed': { borderColor: '#c4314b' },
});

const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: '#464775',
    color: '#fff',
  },
  title: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, marginRight: 'auto', alignSelf: 'center' },
  barField: { '& label': { color: '#fff' } },
  transcript: { flexGrow: 1, overflowY: 'auto', padding: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  message: { maxWidth: '760px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  mine: { alignSelf: 'flex-end', alignItems: 'flex-end' },
  meta: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3, display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  bubble: { padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground1, whiteSpace: 'pre-wrap' },
  bubbleMine: { backgroundColor: '#e8ebfa' },
  card: { minWidth: '420px', boxShadow: tokens.shadow4, borderRadius: '6px', backgroundColor: '#fff' },
  compose: { borderTop: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalM, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  composeRow: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  grow: { flexGrow: 1 },
  overlay: { position: 'fixed', inset: 0, backgroundColor: 'rgba(0,0,0,0.4)', display: 'flex', alignItems: 'center', justifyContent: 'center' },
  dialog: { width: 'min(640px, 94vw)', maxHeight: '90vh', overflowY: 'auto', backgroundColor: '#fff', borderRadius: tokens.borderRadiusLarge, boxShadow: tokens.shadow28, padding: tokens.spacingHorizontalL },
  dialogHead: { display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginBottom: tokens.spacingVerticalM, fontWeight: tokens.fontWeightSemibold, fontSize: tokens.fontSizeBase400 },
  toast: { position: 'fixed', bottom: '96px', left: '50%', transform: 'translateX(-50%)', backgroundColor: '#c4314b', color: '#fff', padding: '8px 16px', borderRadius: '4px', maxWidth: '80vw' },
  busy: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground3 },
});

type DialogState =
  | { readonly kind: 'card'; readonly title: string; readonly card: unknown; readonly context: CommandContext }
  | { readonly kind: 'message'; readonly text: string };

/** `<at>Nämndstöd</at> status X` → `@Nämndstöd status X`, as Teams shows a mention. */
function displayText(text: string): string {
  return text.replace(/<at>([^<]*)<\/at>/g, '@$1');
}

function timeOf(iso: string | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : d.toLocaleTimeString('sv-SE', { hour: '2-digit', minute: '2-digit' });
}

/** Every conversation's activities, in order, with replaced cards updated in place. */
function useConversations(): ReadonlyMap<string, readonly ChatActivity[]> {
  const [state, setState] = useState<ReadonlyMap<string, readonly ChatActivity[]>>(new Map());
  useEffect(() => {
    const abort = new AbortController();
    let seq = 0;
    const byConversation = new Map<string, ChatActivity[]>();
    (async () => {
      while (!abort.signal.aborted) {
        try {
          const changes = await changesSince(seq, 20_000, abort.signal);
          for (const { conversationId, activity } of changes.entries) {
            const list = byConversation.get(conversationId) ?? [];
            const i = list.findIndex((a) => a.id === activity.id);
            if (i >= 0) list[i] = activity;
            else list.push(activity);
            byConversation.set(conversationId, list);
          }
          seq = changes.seq;
          setState(new Map([...byConversation].map(([k, v]) => [k, [...v]])));
        } catch {
          if (abort.signal.aborted) return;
          await new Promise((r) => setTimeout(r, 1000));
        }
      }
    })();
    return () => abort.abort();
  }, []);
  return state;
}

function problemOf(answer: BotAnswer): string | undefined {
  if (answer.status !== 200) {
    const body = answer.body as { error?: { message?: string } | string } | undefined;
    const message = typeof body?.error === 'string' ? body.error : body?.error?.message;
    return `Boten svarade ${answer.status}${message ? `: ${message}` : ''}`;
  }
  const card = answer.body as { statusCode?: number; value?: { message?: string } } | undefined;
  if (card && typeof card.statusCode === 'number' && card.statusCode !== 200) return card.value?.message ?? `Boten svarade ${card.statusCode}`;
  return undefined;
}

function App(props: { readonly config: HarnessConfig }) {
  useGlobal();
  const styles = useStyles();
  const { config } = props;
  const [me, setMe] = useState(config.members.find((m) => m.role === 'manager')?.id ?? config.members[0]!.id);
  const [conversationId, setConversationId] = useState(config.conversations[0]!.id);
  const [draft, setDraft] = useState('');
  const [dialog, setDialog] = useState<DialogState | undefined>();
  const [preview, setPreview] = useState<unknown>();
  const [toast, setToast] = useState<string | undefined>();
  const [busy, setBusy] = useState(0);
  const conversations = useConversations();
  const conversation = config.conversations.find((c) => c.id === conversationId);
  // Everyone has their own 1:1 chat with the bot (the harness keys it by person).
  const transcriptId = conversation?.conversationType === 'personal' ? `a:${me}:personal` : conversationId;
  const transcript = conversations.get(transcriptId) ?? [];
  const end = useRef<HTMLDivElement>(null);
  const meName = useMemo(() => config.members.find((m) => m.id === me)?.name ?? '', [config, me]);

  useEffect(() => {
    // Newer browsers return a promise from scrollIntoView; an effect may only return a clean-up.
    void end.current?.scrollIntoView({ block: 'end' });
  }, [transcript.length]);
  useEffect(() => {
    if (!toast) return;
    const t = setTimeout(() => setToast(undefined), 6000);
    return () => clearTimeout(t);
  }, [toast]);

  const run = useCallback(async <T,>(work: () => Promise<T>): Promise<T | undefined> => {
    setBusy((n) => n + 1);
    try {
      return await work();
    } catch (error) {
      setToast(`Harnessen kunde inte nå boten: ${(error as Error).message}`);
      return undefined;
    } finally {
      setBusy((n) => n - 1);
    }
  }, []);

  const showTask = useCallback(
    (answer: BotAnswer, context: CommandContext) => {
      const problem = problemOf(answer);
      if (problem) return setToast(problem);
      const body = answer.body as {
        task?: { type: string; value?: unknown };
        composeExtension?: { type: string; attachments?: { content: unknown }[] };
      };
      if (body?.composeExtension?.type === 'result') {
        setDialog(undefined);
        setPreview(body.composeExtension.attachments?.[0]?.content);
        return;
      }
      if (body?.task?.type === 'continue') {
        const value = body.task.value as { title?: string; card?: { content: unknown } };
        setDialog({ kind: 'card', title: value.title ?? '', card: value.card?.content, context });
        return;
      }
      if (body?.task?.type === 'message') {
        setDialog({ kind: 'message', text: String(body.task.value ?? '') });
        return;
      }
      setToast('Boten svarade utan innehåll.');
    },
    [],
  );

  const sendMessage = async () => {
    const text = draft.trim();
    if (!text) return;
    setDraft('');
    const answer = await run(() => deliver(conversationId, me, { kind: 'message', text }));
    const problem = answer && problemOf(answer);
    if (problem) setToast(problem);
  };

  const onCardAction = (activityId: string) => async (action: CardAction) => {
    if (action.kind !== 'execute') return setToast('Kort i chatten skickar med Action.Execute; den här åtgärden stöds inte här.');
    const answer = await run(() => deliver(conversationId, me, { kind: 'cardAction', verb: action.verb, data: action.data, replyToId: activityId }));
    const problem = answer && problemOf(answer);
    if (problem) setToast(problem);
  };

  const openExtension = async (context: CommandContext, messageId?: string) => {
    const answer = await run(() => deliver(conversationId, me, { kind: 'fetchTask', commandContext: context, ...(messageId ? { messageId } : {}) }));
    if (answer) showTask(answer, context);
  };

  const onDialogAction = (context: CommandContext) => async (action: CardAction) => {
    if (action.kind !== 'submit') return setToast('Dialoger skickar med Action.Submit; den här åtgärden stöds inte här.');
    const answer = await run(() => deliver(conversationId, me, { kind: 'submitAction', commandContext: context, data: action.data }));
    if (answer) showTask(answer, context);
  };

  const sendPreview = async () => {
    const card = preview;
    setPreview(undefined);
    await run(() => deliver(conversationId, me, { kind: 'postCard', card: card as Record<string, unknown> }));
  };

  return (
    <div className={styles.root}>
      <div className={styles.bar}>
        <div className={styles.title}>Nämndstöd – lokal Teams-chatt</div>
        <Field label="Du är" className={styles.barField}>
          <Select data-testid="persona" value={me} onChange={(_, d) => setMe(d.value)}>
            {config.members.map((m) => (
              <option key={m.id} value={m.id}>
                {m.name} {m.role === 'manager' ? '(administratör)' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Samtal" className={styles.barField}>
          <Select data-testid="conversation" value={conversationId} onChange={(_, d) => setConversationId(d.value)}>
            {config.conversations.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </Select>
        </Field>
      </div>

      <div className={styles.transcript} data-testid="transcript" aria-live="polite">
        {transcript.map((activity) => {
          const mine = activity.from?.id === me;
          const isBot = activity.from?.id === config.bot.id;
          return (
            <div
              key={activity.id}
              className={`${styles.message} ${mine ? styles.mine : ''}`}
              data-testid="message"
              data-activity-id={activity.id}
              data-from={isBot ? 'bot' : (activity.from?.name ?? '')}
            >
              <div className={styles.meta}>
                <span>{isBot ? config.bot.name : (activity.from?.name ?? '')}</span>
                <span>{timeOf(activity.timestamp)}</span>
                {!isBot && activity.text ? (
                  <Button size="small" appearance="subtle" data-testid="message-action" title="Rapportera status utifrån meddelandet" onClick={() => void openExtension('message', activity.id)}>
                    … Rapportera status
                  </Button>
                ) : null}
              </div>
              {activity.text ? <div className={`${styles.bubble} ${mine ? styles.bubbleMine : ''}`}>{displayText(activity.text)}</div> : null}
              {(activity.attachments ?? [])
                .filter((a) => a.contentType === 'application/vnd.microsoft.card.adaptive')
                .map((a, i) => (
                  <div key={i} className={styles.card}>
                    <CardView card={a.content} onAction={onCardAction(activity.id)} />
                  </div>
                ))}
            </div>
          );
        })}
        <div ref={end} />
      </div>

      <div className={styles.compose}>
        {preview ? (
          <div data-testid="preview">
            <div className={styles.card}>
              <CardView card={preview} testId="preview-card" />
            </div>
            <div className={styles.composeRow}>
              <Button appearance="primary" data-testid="preview-send" onClick={() => void sendPreview()}>
                Skicka kortet till chatten
              </Button>
              <Button onClick={() => setPreview(undefined)}>Ta bort</Button>
            </div>
          </div>
        ) : null}
        <div className={styles.composeRow}>
          <Input
            className={styles.grow}
            data-testid="compose"
            aria-label="Skriv ett meddelande"
            placeholder={
              conversation?.conversationType === 'personal'
                ? `Skriv som ${meName}, t.ex. "status VBE2021-03", "mina åtgärder" eller "försenade"`
                : `Skriv som ${meName}; börja med "@Nämndstöd" för att nå boten, t.ex. "@Nämndstöd status VBE2021-03"`
            }
            value={draft}
            onChange={(_, d) => setDraft(d.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void sendMessage();
            }}
          />
          <Button appearance="primary" data-testid="send" onClick={() => void sendMessage()}>
            Skicka
          </Button>
          <Button data-testid="extension" onClick={() => void openExtension('compose')}>
            Rapportera status
          </Button>
        </div>
        <div className={styles.busy} data-testid="busy" data-busy={busy > 0 ? 'true' : 'false'}>
          {busy > 0 ? 'Väntar på boten…' : ' '}
        </div>
      </div>

      {dialog ? (
        <div className={styles.overlay}>
          <div className={styles.dialog} role="dialog" aria-modal="true" aria-label={dialog.kind === 'card' ? dialog.title : 'Nämndstöd'} data-testid="dialog">
            <div className={styles.dialogHead}>
              <span>{dialog.kind === 'card' ? dialog.title : 'Nämndstöd'}</span>
              <Button appearance="subtle" data-testid="dialog-close" aria-label="Stäng" onClick={() => setDialog(undefined)}>
                ✕
              </Button>
            </div>
            {dialog.kind === 'card' ? <CardView card={dialog.card} onAction={onDialogAction(dialog.context)} testId="dialog-card" /> : <p data-testid="dialog-message">{dialog.text}</p>}
          </div>
        </div>
      ) : null}
      {toast ? (
        <div className={styles.toast} role="alert" data-testid="toast">
          {toast}
        </div>
      ) : null}
    </div>
  );
}

async function main(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  try {
    const config = await loadConfig();
    root.render(
      <FluentProvider theme={teamsLightTheme} style={{ height: '100%' }}>
        <App config={config} />
      </FluentProvider>,
    );
  } catch (error) {
    root.render(<p role="alert">Harnessen kunde inte starta: {(error as Error).message}</p>);
  }
}

void main();
