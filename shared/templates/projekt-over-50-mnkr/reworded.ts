import type { MessageMap, MessageTemplate, RuleModule } from '../../engine';

/**
 * A generic check with its messages worded for this template, so that the person reads the
 * template's own instruction rather than the engine's neutral phrasing. The message ids and
 * placeholders stay those of the check (the rule tests hold both languages to the same set).
 */
export function reworded<M extends MessageMap, L>(
  rule: RuleModule<M, L>,
  messages: { readonly [K in keyof M]: MessageTemplate },
): RuleModule<M, L> {
  return { meta: { ...rule.meta, messages: messages as unknown as M }, check: (ctx) => rule.check(ctx) };
}
