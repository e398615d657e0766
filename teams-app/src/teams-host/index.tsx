// The Teams host harness: a page that frames the tab and plays Teams for it — answers teams-js's
// initialize, getContext and getAuthToken, pushes theme changes — with switchers for the theme,
// the signed-in person (the list service's local personas), the locale and a deep link. How a
// person tries the tab locally, and what the browser tests drive.

import {
  Button,
  Field,
  FluentProvider,
  Input,
  makeStaticStyles,
  makeStyles,
  Select,
  teamsLightTheme,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { answer, isAppMessage, themeChangeEvent, type HostEvent, type HostPersona, type HostState, type HostTheme } from './host-protocol';

interface HostConfig {
  readonly tabUrl: string;
  readonly tabOrigin: string;
  readonly personas: readonly HostPersona[];
  readonly teamName: string;
  readonly teamSiteUrl: string;
}

const useGlobal = makeStaticStyles({ 'html, body, #root': { height: '100%', margin: 0 } });
const useStyles = makeStyles({
  root: { height: '100%', display: 'flex', flexDirection: 'column', backgroundColor: tokens.colorNeutralBackground3 },
  bar: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  h1: { fontSize: tokens.fontSizeBase400, margin: 0, marginRight: tokens.spacingHorizontalL, alignSelf: 'center' },
  frame: { flexGrow: 1, border: 0, width: '100%', backgroundColor: tokens.colorNeutralBackground1 },
  log: { maxHeight: '96px', overflowY: 'auto', margin: 0, padding: `0 ${tokens.spacingHorizontalL}`, fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase100 },
  state: { alignSelf: 'center' },
});

const THEMES: readonly { value: HostTheme; label: string }[] = [
  { value: 'default', label: 'Ljust (default)' },
  { value: 'dark', label: 'Mörkt (dark)' },
  { value: 'contrast', label: 'Hög kontrast (contrast)' },
];
const LOCALES = ['sv-SE', 'en-US'] as const;

function describe(e: HostEvent): string {
  switch (e.kind) {
    case 'initialize':
      return `initialize (teams-js ${e.sdkVersion})`;
    case 'context':
      return 'getContext';
    case 'token':
      return `getAuthToken → ${e.login}`;
    case 'handler':
      return `registerHandler ${e.name}`;
    case 'app':
      return `app ${e.state}`;
    case 'unsupported':
      return `${e.func} (not supported)`;
  }
}

/** The tab's URL; a harness link's `asOf` (show the state per that date) is passed on to the tab. */
function tabSrc(tabUrl: string, asOf: string | null): string {
  if (!asOf) return tabUrl;
  const url = new URL(tabUrl);
  url.searchParams.set('asOf', asOf);
  return url.toString();
}

function Harness() {
  useGlobal();
  const s = useStyles();
  const params = new URLSearchParams(window.location.search);
  const [config, setConfig] = useState<HostConfig | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [theme, setTheme] = useState<HostTheme>((['default', 'dark', 'contrast'] as const).find((x) => x === params.get('theme')) ?? 'default');
  const [login, setLogin] = useState(params.get('user') ?? '');
  const [locale, setLocale] = useState(params.get('locale') ?? 'sv-SE');
  const [subEntityId, setSubEntityId] = useState(params.get('item') ?? '');
  const [deepLink, setDeepLink] = useState(params.get('item') ?? '');
  const [generation, setGeneration] = useState(0);
  const [appState, setAppState] = useState('waiting');
  const [log, setLog] = useState<string[]>([]);
  // `?answer=off`: frame the tab like any web page that is not Teams, to see its fallback.
  const silent = params.get('answer') === 'off';
  const frame = useRef<HTMLIFrameElement>(null);
  const state = useRef<HostState | null>(null);

  useEffect(() => {
    fetch('/_local/host-config.json', { cache: 'no-store' })
      .then((r) => (r.ok ? (r.json() as Promise<HostConfig>) : Promise.reject(new Error(`HTTP ${r.status}`))))
      .then((c) => {
        setConfig(c);
        setLogin((l) => (c.personas.some((p) => p.login === l) ? l : (c.personas[0]?.login ?? '')));
      })
      .catch((e: unknown) => setError(`The harness configuration could not be read: ${e instanceof Error ? e.message : String(e)}`));
  }, []);

  const persona = config?.personas.find((p) => p.login === login);
  state.current =
    config && persona
      ? { theme, locale, persona, subEntityId: subEntityId || null, teamName: config.teamName, teamSiteUrl: config.teamSiteUrl }
      : null;

  useEffect(() => {
    if (!config) return;
    const onMessage = (e: MessageEvent) => {
      if (e.origin !== config.tabOrigin || e.source !== frame.current?.contentWindow) return;
      if (!isAppMessage(e.data) || !state.current) return;
      if (silent) {
        setLog((l) => [...l.slice(-49), `${e.data.func} (not answered: answer=off)`]);
        return;
      }
      const { reply, event } = answer(e.data, state.current);
      if (reply) frame.current?.contentWindow?.postMessage(reply, config.tabOrigin);
      if (event.kind === 'initialize') setAppState('initialized');
      if (event.kind === 'app') setAppState(event.state);
      setLog((l) => [...l.slice(-49), describe(event)]);
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [config, silent]);

  // A theme switch is pushed to the running tab, as Teams does; everything else reloads it.
  const shownTheme = useRef(theme);
  useEffect(() => {
    if (shownTheme.current === theme || !config) return;
    shownTheme.current = theme;
    frame.current?.contentWindow?.postMessage(themeChangeEvent(theme), config.tabOrigin);
    setLog((l) => [...l.slice(-49), `themeChange → ${theme}`]);
  }, [theme, config]);

  const reload = () => {
    setAppState('waiting');
    setGeneration((g) => g + 1);
  };

  if (error) return <p role="alert">{error}</p>;
  if (!config) return <p>Läser harness-konfigurationen …</p>;

  return (
    <FluentProvider theme={teamsLightTheme} className={s.root}>
      <div className={s.bar} role="toolbar" aria-label="Teams-värd">
        <h1 className={s.h1}>Teams-värd (lokal)</h1>
        <Field label="Tema">
          <Select value={theme} onChange={(_, d) => setTheme(d.value as HostTheme)} data-host="theme">
            {THEMES.map((t) => (
              <option key={t.value} value={t.value}>
                {t.label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Användare">
          <Select
            value={login}
            onChange={(_, d) => {
              setLogin(d.value);
              reload();
            }}
            data-host="user"
          >
            {config.personas.map((p) => (
              <option key={p.login} value={p.login}>
                {p.title} ({p.login})
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Språk">
          <Select
            value={locale}
            onChange={(_, d) => {
              setLocale(d.value);
              reload();
            }}
            data-host="locale"
          >
            {LOCALES.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </Select>
        </Field>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            setSubEntityId(deepLink.trim());
            reload();
          }}
          style={{ display: 'flex', alignItems: 'flex-end', columnGap: tokens.spacingHorizontalS }}
        >
          <Field label="Djuplänk (subEntityId)">
            <Input value={deepLink} onChange={(_, d) => setDeepLink(d.value)} placeholder="t.ex. VBE2021-03" data-host="deep-link" />
          </Field>
          <Button type="submit">Öppna</Button>
        </form>
        <span className={s.state} role="status" data-app-state={appState}>
          Fliken: {appState}
        </span>
      </div>
      <iframe
        key={`${generation}:${login}:${locale}`}
        ref={frame}
        className={s.frame}
        title="Nämndstöd (flik)"
        src={tabSrc(config.tabUrl, params.get('asOf'))}
        data-host="tab-frame"
      />
      <pre className={s.log} role="log" aria-label="Meddelanden">
        {log.join('\n')}
      </pre>
    </FluentProvider>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('The harness page has no #root element');
createRoot(root).render(<Harness />);
