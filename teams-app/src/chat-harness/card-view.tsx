// One Adaptive Card rendered by Microsoft's renderer (the `adaptivecards` package Teams' web client
// builds on). Its actions come back as what Teams would send: Action.Execute → verb and data,
// Action.Submit → data; the renderer merges the inputs into the data and checks required inputs.

import * as AC from 'adaptivecards';
import { useEffect, useRef } from 'react';
import { renderCardMarkdown } from './teams-markdown';

export type CardAction =
  | { readonly kind: 'execute'; readonly verb: string; readonly data: Record<string, unknown> }
  | { readonly kind: 'submit'; readonly data: Record<string, unknown> }
  | { readonly kind: 'other'; readonly type: string };

const hostConfig = new AC.HostConfig({
  fontFamily: "'Segoe UI', system-ui, -apple-system, sans-serif",
  supportsInteractivity: true,
  spacing: { small: 4, default: 8, medium: 16, large: 20, extraLarge: 28, padding: 12 },
  containerStyles: {
    default: { backgroundColor: '#FFFFFF', foregroundColors: { default: { default: '#242424', subtle: '#616161' }, attention: { default: '#C4314B' }, good: { default: '#237B4B' }, warning: { default: '#835B00' } } },
    emphasis: { backgroundColor: '#F5F5F5' },
    attention: { backgroundColor: '#FDF3F4', foregroundColors: { default: { default: '#242424' } } },
    warning: { backgroundColor: '#FBF6D9', foregroundColors: { default: { default: '#242424' } } },
    good: { backgroundColor: '#F1FAF1', foregroundColors: { default: { default: '#242424' } } },
  },
  factSet: { title: { maxWidth: 220, weight: 'bolder', wrap: true }, value: { wrap: true }, spacing: 8 },
  actions: { actionsOrientation: 'horizontal', actionAlignment: 'left', buttonSpacing: 8, showCard: { actionMode: 'inline' } },
  inputs: { label: { requiredInputs: { suffix: ' *', suffixColor: 'attention' }, optionalInputs: {} }, errorMessage: { size: 'small', weight: 'default' } },
});

AC.AdaptiveCard.onProcessMarkdown = (text, result) => {
  result.outputHtml = renderCardMarkdown(text);
  result.didProcess = true;
};

function dataOf(action: AC.SubmitActionBase): Record<string, unknown> {
  const data = action.data;
  return typeof data === 'object' && data !== null ? { ...(data as Record<string, unknown>) } : {};
}

export function CardView(props: { readonly card: unknown; readonly onAction?: (action: CardAction) => void; readonly testId?: string }) {
  const host = useRef<HTMLDivElement>(null);
  const onAction = useRef(props.onAction);
  onAction.current = props.onAction;
  const json = JSON.stringify(props.card);

  useEffect(() => {
    const el = host.current;
    if (!el) return;
    const card = new AC.AdaptiveCard();
    card.hostConfig = hostConfig;
    card.onExecuteAction = (action) => {
      if (action instanceof AC.ExecuteAction) onAction.current?.({ kind: 'execute', verb: action.verb, data: dataOf(action) });
      else if (action instanceof AC.SubmitAction) onAction.current?.({ kind: 'submit', data: dataOf(action) });
      else onAction.current?.({ kind: 'other', type: action.getJsonTypeName() });
    };
    let rendered: HTMLElement | undefined;
    try {
      card.parse(JSON.parse(json));
      rendered = card.render();
    } catch (error) {
      el.textContent = `Kortet kunde inte visas: ${(error as Error).message}`;
      return;
    }
    el.replaceChildren(...(rendered ? [rendered] : []));
    return () => el.replaceChildren();
  }, [json]);

  return <div ref={host} className="card-host" data-testid={props.testId ?? 'card'} />;
}
