// From page load to a loaded tab: read the configuration, find out whether a Teams host answers
// (quickly — see teams-context.ts), take the theme, language and deep link from it, sign in, and
// read the lists. Every step that can fail says so in the page, with a way to try again.

import { Button, FluentProvider, makeStaticStyles, makeStyles, MessageBar, MessageBarBody, Spinner, tokens } from '@fluentui/react-components';
import type { SPFI } from '@pnp/sp';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { fromSpDate } from '../../../shared/lists/date-only';
import type { Lang } from '../../../shared/locale';
import { TabApp } from './app';
import { PersonaPicker, loadLocalPersonas, type LocalPersona } from './components/persona-picker';
import { loadConfig, type LoadedConfig } from './config';
import { en } from './i18n/en';
import { I18nContext, langOf } from './i18n/i18n';
import { sv } from './i18n/sv';
import { todayIn } from './model/today';
import { loadTabData, type TabData } from './model/tab-data';
import { AccessError, createTabSp, spAccess, type SignIn } from './sp-access';
import { asTheme, connectToHost, notifyLoaded, type Standalone, type TeamsSession, type TeamsTheme } from './teams-context';
import { fluentTheme } from './theme';

const useGlobalStyles = makeStaticStyles({
  'html, body, #root': { height: '100%', margin: 0 },
});

const useStyles = makeStyles({
  provider: { height: '100%', backgroundColor: tokens.colorNeutralBackground2, color: tokens.colorNeutralForeground1 },
  centre: { padding: tokens.spacingHorizontalXXL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, maxWidth: '640px' },
});

type Phase =
  | { readonly kind: 'connecting' }
  | { readonly kind: 'sign-in'; readonly personas: readonly LocalPersona[] }
  | { readonly kind: 'loading' }
  | { readonly kind: 'ready'; readonly data: TabData; readonly sp: SPFI }
  | { readonly kind: 'error'; readonly message: string | { sv: string; en: string }; readonly retry?: () => void };

const PERSONA_KEY = 'namndstod.localPersona';

export function Boot() {
  useGlobalStyles();
  const s = useStyles();
  const params = useMemo(() => new URLSearchParams(window.location.search), []);
  const [theme, setTheme] = useState<TeamsTheme>(asTheme(params.get('theme') ?? undefined));
  const [lang, setLang] = useState<Lang>(langOf(params.get('lang') ?? 'sv'));
  const [phase, setPhase] = useState<Phase>({ kind: 'connecting' });
  const [context, setContext] = useState<{ config: LoadedConfig; session: TeamsSession | Standalone; item: string | undefined } | null>(null);
  const today = useMemo(() => todayIn(params.get('asOf'), new Date(), fromSpDate), [params]);

  const load = useCallback(async (config: LoadedConfig, signIn: SignIn) => {
    setPhase({ kind: 'loading' });
    try {
      const sp = createTabSp(spAccess(config.config, signIn));
      const data = await loadTabData(sp);
      performance.mark('namndstod:data-loaded', { detail: { items: data.actionItems.length + data.controls.length + data.projects.length } });
      setPhase({ kind: 'ready', data, sp });
    } catch (e) {
      const message = e instanceof AccessError ? { sv: e.sv, en: e.en } : e instanceof Error ? e.message : String(e);
      setPhase({ kind: 'error', message, retry: () => void load(config, signIn) });
    }
  }, []);

  const start = useCallback(async () => {
    setPhase({ kind: 'connecting' });
    let config: LoadedConfig;
    try {
      config = await loadConfig();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e), retry: () => void start() });
      return;
    }
    const session = await connectToHost({ validOrigins: config.config.hostOrigins ?? [] });
    const item = (session.inTeams ? session.subPageId : undefined) ?? params.get('item') ?? undefined;
    setContext({ config, session, item });
    if (session.inTeams) {
      setTheme(session.theme);
      session.onThemeChange(setTheme);
      if (!params.get('lang')) setLang(langOf(session.locale));
      notifyLoaded(session);
      await load(config, { kind: 'host', session });
      return;
    }
    if (config.config.mode !== 'local') {
      setPhase({ kind: 'error', message: { sv: sv.signIn.tenantOutside, en: en.signIn.tenantOutside } });
      return;
    }
    let personas: LocalPersona[];
    try {
      personas = await loadLocalPersonas();
    } catch (e) {
      setPhase({ kind: 'error', message: e instanceof Error ? e.message : String(e), retry: () => void start() });
      return;
    }
    const wanted = params.get('as') ?? sessionStorage.getItem(PERSONA_KEY);
    const chosen = personas.find((p) => p.login === wanted);
    if (chosen) await load(config, { kind: 'local-persona', token: chosen.token });
    else setPhase({ kind: 'sign-in', personas });
  }, [load, params]);

  useEffect(() => {
    void start();
  }, [start]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const i18n = useMemo(() => ({ lang, t: lang === 'en' ? en : sv }), [lang]);
  const t = i18n.t;

  let content;
  switch (phase.kind) {
    case 'connecting':
    case 'loading':
      content = (
        <div className={s.centre}>
          <Spinner label={phase.kind === 'connecting' ? t.connecting : t.loading} />
        </div>
      );
      break;
    case 'sign-in':
      content = (
        <PersonaPicker
          personas={phase.personas}
          onPick={(p) => {
            sessionStorage.setItem(PERSONA_KEY, p.login);
            if (context) void load(context.config, { kind: 'local-persona', token: p.token });
          }}
        />
      );
      break;
    case 'error':
      content = (
        <div className={s.centre} data-view="error">
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>{t.loadFailed(typeof phase.message === 'string' ? phase.message : phase.message[lang])}</MessageBarBody>
          </MessageBar>
          {phase.retry ? (
            <div>
              <Button onClick={phase.retry}>{t.retry}</Button>
            </div>
          ) : null}
        </div>
      );
      break;
    case 'ready':
      content = (
        <TabApp
          initialData={phase.data}
          sp={phase.sp}
          calendar={context!.config.calendar}
          today={today}
          initialItem={context!.item}
          outsideTeams={!context!.session.inTeams}
        />
      );
      break;
  }

  return (
    <I18nContext.Provider value={i18n}>
      <FluentProvider theme={fluentTheme(theme)} className={s.provider} data-theme={theme} data-phase={phase.kind}>
        {content}
      </FluentProvider>
    </I18nContext.Provider>
  );
}
