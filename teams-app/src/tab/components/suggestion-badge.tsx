// The suggested status: always a shape and a word, never colour alone. The colour is on the icon
// only (3:1 against the background is enough for a graphic); the word stays in the text colour.

import { makeStyles, tokens } from '@fluentui/react-components';
import { describeSuggestion, suggestedStatusLabel, type StatusSuggestion } from '../../../../shared/lists';
import { useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  root: { display: 'inline-flex', alignItems: 'center', columnGap: tokens.spacingHorizontalXS, color: tokens.colorNeutralForeground1 },
  icon: { flexShrink: 0, width: '16px', height: '16px' },
  grön: { color: tokens.colorPaletteGreenForeground1 },
  gul: { color: tokens.colorPaletteMarigoldForeground1 },
  röd: { color: tokens.colorPaletteRedForeground1 },
  none: { color: tokens.colorNeutralForeground3 },
});

function Icon({ status, className }: { status: StatusSuggestion['status'] | null; className: string }) {
  // Circle with a check, triangle with an exclamation mark, octagon with a cross, dashed circle.
  switch (status) {
    case 'grön':
      return (
        <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M4.5 8.2l2.2 2.2 4.8-4.8" style={{ stroke: tokens.colorNeutralBackground1 }} strokeWidth="1.8" fill="none" />
        </svg>
      );
    case 'gul':
      return (
        <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M8 1l7.5 13.5h-15z" fill="currentColor" />
          <path d="M8 5.5v4.5M8 11.5v1.5" stroke="#000" strokeWidth="1.6" />
        </svg>
      );
    case 'röd':
      return (
        <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M5 1h6l4 4v6l-4 4H5l-4-4V5z" fill="currentColor" />
          <path d="M5.5 5.5l5 5M10.5 5.5l-5 5" style={{ stroke: tokens.colorNeutralBackground1 }} strokeWidth="1.8" />
        </svg>
      );
    default:
      return (
        <svg className={className} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <circle cx="8" cy="8" r="6.5" stroke="currentColor" strokeDasharray="2 2" fill="none" />
        </svg>
      );
  }
}

export function SuggestionBadge({ suggestion, withReason = false }: { suggestion: StatusSuggestion | undefined; withReason?: boolean }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const status = suggestion?.status ?? null;
  const label = suggestion ? `${t.row.suggestion}: ${suggestedStatusLabel(suggestion.status)[lang]}` : t.row.noSuggestion;
  return (
    <span className={s.root} data-suggestion={status ?? 'ingen'}>
      <Icon status={status} className={`${s.icon} ${status ? s[status] : s.none}`} />
      <span>
        {label}
        {withReason && suggestion ? ` – ${describeSuggestion(suggestion)[lang]}` : ''}
      </span>
    </span>
  );
}
