// Local mode opened as a plain page: no Teams to say who the person is, so they pick one of the
// list service's local personas (whose tokens are local strings, not secrets).

import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useI18n } from '../i18n/i18n';

export interface LocalPersona {
  readonly login: string;
  readonly title: string;
  readonly token: string;
}

const useStyles = makeStyles({
  root: { maxWidth: '480px', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalXL },
  h1: { fontSize: tokens.fontSizeBase500, margin: 0 },
});

export function PersonaPicker({ personas, onPick }: { personas: readonly LocalPersona[]; onPick: (persona: LocalPersona) => void }) {
  const s = useStyles();
  const { t } = useI18n();
  const [login, setLogin] = useState(personas[0]?.login ?? '');
  return (
    <form
      className={s.root}
      onSubmit={(e) => {
        e.preventDefault();
        const p = personas.find((x) => x.login === login);
        if (p) onPick(p);
      }}
      data-view="sign-in"
    >
      <h1 className={s.h1}>{t.signIn.title}</h1>
      <p>{t.signIn.intro}</p>
      <Field label={t.signIn.person}>
        <Select value={login} onChange={(_, d) => setLogin(d.value)}>
          {personas.map((p) => (
            <option key={p.login} value={p.login}>
              {p.title} ({p.login})
            </option>
          ))}
        </Select>
      </Field>
      <Button type="submit" appearance="primary">
        {t.signIn.continue}
      </Button>
    </form>
  );
}

export async function loadLocalPersonas(url = '/_local/personas'): Promise<LocalPersona[]> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`The local personas could not be read (HTTP ${response.status})`);
  return (await response.json()) as LocalPersona[];
}
