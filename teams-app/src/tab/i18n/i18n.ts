import { createContext, useContext } from 'react';
import { formatValue, type Lang, type Localized } from '../../../../shared/locale';
import { actionItems, controls, projects } from '../../../../shared/lists';
import { sv } from './sv';

/** The shape every language must have; functions keep their parameter types. */
export type Messages = typeof sv;

/** Teams' locale ('sv-SE', 'en-US', …) → the tab's language: Swedish first, English otherwise for any 'en'. */
export function langOf(locale: string | null | undefined): Lang {
  return locale && /^en\b/i.test(locale) ? 'en' : 'sv';
}

export interface I18n {
  readonly lang: Lang;
  readonly t: Messages;
}

export const I18nContext = createContext<I18n>({ lang: 'sv', t: sv });

export function useI18n(): I18n {
  return useContext(I18nContext);
}

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}

export function formatNumber(value: number, lang: Lang): string {
  return formatValue(value, lang);
}

export function formatPercent(fraction: number, lang: Lang): string {
  return formatValue({ percent: fraction }, lang);
}

const SCHEMAS = { ActionItems: actionItems, Controls: controls, Projects: projects } as const;

const EN_FIELD_LABELS: Readonly<Record<string, string>> = {
  section: 'Section',
  prioriteradUtgangspunkt: 'Priority starting point',
  omrade: 'Area',
  malOchNytta: 'Goal and benefit',
  vpMal: 'Operational plan goal',
  ownerText: 'Responsible (per the source)',
  ownerRoles: 'Responsible roles',
  timeframeText: 'Time plan (per the source)',
  targetText: 'Target value',
  sourceStatus: 'Status in the source',
  sourceComment: 'Comment in the source',
  dataQualityNote: 'Data quality',
  process: 'Process',
  kfMal: "City Council's goal",
  arbetssatt: 'Way of working',
  systematiskKontroll: 'Systematic control',
  oonskadHandelse: 'Unwanted event',
  riskvarde: 'Risk value',
  genomford: 'Performed',
  resultat: 'Description and result',
  avvikelse: 'Deviations',
  atgard: 'Action taken',
  aliases: 'Earlier names',
  financingChannel: 'Via',
  departmentDetail: 'Unit',
};

/** A column's label: its SharePoint display name in Swedish, a translation in English. */
export function fieldLabel(list: keyof typeof SCHEMAS, name: string, lang: Lang): string {
  const sv = (SCHEMAS[list].fields as readonly { name: string; displayName: string }[]).find((f) => f.name === name)?.displayName ?? name;
  return lang === 'sv' ? sv : (EN_FIELD_LABELS[name] ?? sv);
}
