import type { Sheet, Workbook } from '../grid';
import type { AnyCrossRule } from './cross-rule';
import type { AnyFill } from './fill';
import type { AnyRule, Edition } from './rule';

export interface Recognition<L> {
  readonly edition: Edition;
  readonly layout: L;
}

/** A template and all its editions. One folder per template under shared/templates. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export interface TemplateDefinition<L = any> {
  /** Folder name, e.g. 'projekt-over-50-mnkr'. */
  readonly id: string;
  /** The research catalogue's code, e.g. 'T01'. */
  readonly catalogId: string;
  readonly title: { readonly sv: string; readonly en: string };
  /** What recognition looks for, listed to the user when a sheet matches no template. */
  readonly lookedFor: readonly string[];
  recognise(sheet: Sheet, workbook: Workbook): Recognition<L> | undefined;
  readonly rules: readonly AnyRule<L>[];
  /** Values the template lets the engine compute or fetch (see fill.ts). */
  readonly fills?: readonly AnyFill<L>[];
  /** Rules comparing this template's sheet with a partner template's, across documents (see cross-rule.ts). */
  readonly crossRules?: readonly AnyCrossRule<L>[];
}

export function defineTemplate<L>(t: TemplateDefinition<L>): TemplateDefinition<L> {
  return t;
}
