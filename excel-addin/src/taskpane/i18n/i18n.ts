import { createContext, useContext } from 'react';
import type { CellValue } from '../../../../shared/grid';
import { formatValue, type Lang } from '../../../../shared/locale';
import { en } from './en';
import { sv } from './sv';

export type Messages = typeof sv;

export interface I18n {
  readonly lang: Lang;
  readonly t: Messages;
}

export const messages: Readonly<Record<Lang, Messages>> = { sv, en };

export const I18nContext = createContext<I18n>({ lang: 'sv', t: sv });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

/** A cell value as the pane shows it: numbers in the language's format, text quoted, blank named. */
export function showValue(value: CellValue, lang: Lang): string {
  switch (value.kind) {
    case 'empty':
      return messages[lang].empty;
    case 'number':
      return formatValue(value.value, lang);
    case 'text':
      return value.value === '' ? messages[lang].empty : `"${value.value}"`;
    case 'boolean':
      return lang === 'sv' ? (value.value ? 'SANT' : 'FALSKT') : value.value ? 'TRUE' : 'FALSE';
    default:
      return value.value;
  }
}
