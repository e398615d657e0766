import type { MessageMap, MessageTemplate, RuleModule } from './rule';

/**
 * A generic check with its messages worded for one template, so that the person reads the
 * template's own instruction rather than the engine's neutral phrasing. Message ids stay those
 * of the check; the rule tests hold both languages to the same placeholders.
 */
export function reworded<M extends MessageMap, L>(
  rule: RuleModule<M, L>,
  messages: { readonly [K in keyof M]: MessageTemplate },
): RuleModule<M, L> {
  // A message's own severity is the check's decision, not wording: it survives the rewording.
  const kept = Object.fromEntries(
    Object.entries(messages).map(([id, m]) => {
      const severity = (m as MessageTemplate).severity ?? rule.meta.messages[id]?.severity;
      return [id, severity === undefined ? m : { ...(m as MessageTemplate), severity }];
    }),
  );
  return { meta: { ...rule.meta, messages: kept as unknown as M }, check: (ctx) => rule.check(ctx) };
}
