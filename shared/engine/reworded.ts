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
  return { meta: { ...rule.meta, messages: messages as unknown as M }, check: (ctx) => rule.check(ctx) };
}
