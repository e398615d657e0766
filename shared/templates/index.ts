import type { TemplateDefinition } from '../engine';

/**
 * Every template the engine recognises, in recognition order (the more specific first). A meta-test
 * holds this list to the folders under shared/templates.
 */
export const templates: readonly TemplateDefinition[] = [];
