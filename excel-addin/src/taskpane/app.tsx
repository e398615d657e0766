import { Body1, Button, Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle1, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, HighlightRegular, EraserRegular } from '@fluentui/react-icons';
import { useCallback, useMemo, useState } from 'react';
import type { Problem } from '../../../shared/engine';
import type { Lang } from '../../../shared/locale';
import { FillLog } from './components/fill-log';
import { FillPreview } from './components/fill-preview';
import { NoticeBar } from './components/notice-bar';
import { ProblemList } from './components/problem-list';
import { I18nContext, messages, useI18n } from './i18n/i18n';
import { editKey, type ValidationSession } from './session/validation-session';
import { useSessionState } from './use-session';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minWidth: '280px',
    maxWidth: '100%',
    boxSizing: 'border-box',
  },
  header: { display: 'flex', justifyContent: 'space-between', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  lookedFor: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  template: { display: 'flex', flexDirection: 'column' },
});

function Pane({ session, onLanguage }: { session: ValidationSession; onLanguage: () => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const state = useSessionState(session);
  const onSelect = useCallback((p: Problem) => void session.select(p), [session]);
  const outcome = state.outcome;
  const plan = useMemo(() => {
    if (!outcome) return undefined;
    const keep = (e: Parameters<typeof editKey>[0]) => !state.dismissed.has(editKey(e));
    return { fixes: outcome.plan.fixes.filter(keep), suggestions: outcome.plan.suggestions.filter(keep), conflicts: outcome.plan.conflicts };
  }, [outcome, state.dismissed]);
  const declined = outcome ? outcome.plan.fixes.length + outcome.plan.suggestions.length - (plan!.fixes.length + plan!.suggestions.length) : 0;
  const recognised = outcome?.sheets.filter((x) => x.template) ?? [];
  const pass = state.lastPass;
  const ms = (n: number) => (lang === 'sv' ? n.toFixed(1).replace('.', ',') : n.toFixed(1));

  return (
    <main className={s.root} aria-busy={state.phase === 'starting' || state.working}>
      <header className={s.header}>
        <div>
          <Subtitle1 as="h1">{t.appTitle}</Subtitle1>
          <br />
          <Caption1>{t.appSubtitle}</Caption1>
        </div>
        <Button size="small" appearance="subtle" lang={lang === 'sv' ? 'en' : 'sv'} aria-label={`${t.switchLanguage} (${t.switchLanguageLabel})`} onClick={onLanguage}>
          {t.switchLanguage}
        </Button>
      </header>

      {state.phase === 'starting' && <Spinner label={t.starting} />}
      {state.phase === 'failed' && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{t.readFailed(state.failure ?? '')}</MessageBarBody>
        </MessageBar>
      )}

      {outcome && (
        <>
          {recognised.length > 0 ? (
            <section aria-label={t.recognised} className={s.template}>
              {recognised.map((x) => (
                <Body1 key={x.sheet} data-testid="template">
                  {t.recognised}: <strong>{x.template!.catalogId}</strong> {x.template!.title[lang]} · {t.edition}: {x.template!.edition.label} ({x.sheet})
                </Body1>
              ))}
            </section>
          ) : (
            <MessageBar intent="warning" layout="multiline" data-testid="unknown-template">
              <MessageBarBody>
                <MessageBarTitle>{t.unknownTitle}</MessageBarTitle>
                {t.unknownBody}
                <ul className={s.lookedFor}>
                  {(outcome.lookedFor ?? []).map((k) => (
                    <li key={k}>{k}</li>
                  ))}
                </ul>
              </MessageBarBody>
            </MessageBar>
          )}

          <div className={s.actions} role="toolbar" aria-label={t.actions}>
            <Button icon={<ArrowSyncRegular />} disabled={state.working} onClick={() => void session.recheck()}>
              {t.recheck}
            </Button>
            {outcome.problems.length > 0 && (
              <Button icon={<HighlightRegular />} disabled={state.working} onClick={() => void session.mark()}>
                {t.mark}
              </Button>
            )}
            {state.marks && (
              <Button icon={<EraserRegular />} disabled={state.working} onClick={() => void session.clearMarks()}>
                {t.clearMarks}
              </Button>
            )}
          </div>

          <NoticeBar notice={state.notice} />

          {recognised.length > 0 && <ProblemList problems={outcome.problems} onSelect={onSelect} />}
          {plan && (plan.fixes.length + plan.suggestions.length + plan.conflicts.length > 0 || declined > 0) && (
            <FillPreview plan={plan} declined={declined} working={state.working} onAccept={(edits) => void session.apply(edits)} onDecline={(e) => session.dismiss(e)} />
          )}
          {(state.log.length > 0 || (outcome.plan.fixes.length + outcome.plan.suggestions.length > 0)) && (
            <FillLog log={state.log} working={state.working} onUndo={() => void session.undoLast()} />
          )}
          {pass && (
            <Caption1 as="p" data-testid="pass">
              {pass.kind === 'full' ? t.passFull(ms(pass.ms)) : t.passIncremental(pass.ran, pass.ran + pass.reused, ms(pass.ms))}
            </Caption1>
          )}
        </>
      )}
    </main>
  );
}

const LANG_KEY = 'namndstod.lang';

function initialLang(): Lang {
  try {
    return localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'sv';
  } catch {
    return 'sv';
  }
}

export function App({ session }: { session: ValidationSession }) {
  const [lang, setLang] = useState<Lang>(initialLang);
  const i18n = useMemo(() => ({ lang, t: messages[lang] }), [lang]);
  const toggle = useCallback(() => {
    setLang((l) => {
      const next: Lang = l === 'sv' ? 'en' : 'sv';
      try {
        localStorage.setItem(LANG_KEY, next);
      } catch {
        // storage off: the choice lasts for this session only
      }
      document.documentElement.lang = next;
      return next;
    });
  }, []);
  return (
    <I18nContext.Provider value={i18n}>
      <Pane session={session} onLanguage={toggle} />
    </I18nContext.Provider>
  );
}
