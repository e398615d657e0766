import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { templates } from '../../../shared/templates';
import { findOfficeGlobals } from '../office-adapter/globals';
import { createOfficeHost } from '../office-adapter/office-host';
import { App } from './app';
import { messages } from './i18n/i18n';
import { ValidationSession } from './session/validation-session';

// Office.js nulls history.pushState; the pane has no router, so nothing here depends on it.
async function boot(): Promise<void> {
  const root = createRoot(document.getElementById('root')!);
  const globals = findOfficeGlobals(window);
  if (!globals) {
    root.render(
      <FluentProvider theme={webLightTheme}>
        <p style={{ padding: 12 }}>{messages.sv.noExcel}</p>
      </FluentProvider>,
    );
    return;
  }
  await globals.Office.onReady();
  const session = new ValidationSession(createOfficeHost(globals), templates);
  (window as unknown as { namndstodSession?: ValidationSession }).namndstodSession = session;
  root.render(
    <FluentProvider theme={webLightTheme}>
      <App session={session} />
    </FluentProvider>,
  );
  await session.start();
}

void boot();
