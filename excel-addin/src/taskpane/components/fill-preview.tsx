import { Button, Caption1, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { CellEdit, FillPlan, FillSource } from '../../../../shared/engine';
import { type Messages, showValue, useI18n } from '../i18n/i18n';

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  item: {
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  diff: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  buttons: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  kind: { fontWeight: tokens.fontWeightSemibold },
});

export function sourceText(source: FillSource, t: Messages): string {
  switch (source.kind) {
    case 'computed':
      return t.sourceComputed(source.fillId);
    case 'previous-workbook':
      return t.sourcePrevious(source.file, `${source.sheet}!${source.cell}`);
    case 'list-item':
      return t.sourceList(source.list, source.itemId);
    case 'kolada':
      return t.sourceKolada(source.kpi, source.attribution);
  }
}

export interface FillPreviewProps {
  readonly plan: FillPlan;
  readonly declined: number;
  readonly working: boolean;
  readonly onAccept: (edits: readonly CellEdit[]) => void;
  readonly onDecline: (edit: CellEdit) => void;
}

/**
 * What filling in would change, cell by cell: old → new, why, and where the value comes from.
 * Nothing is written until the person says yes to an item (or to all safe corrections at once);
 * a suggestion, which would replace what someone typed, is only ever applied one by one.
 */
export function FillPreview({ plan, declined, working, onAccept, onDecline }: FillPreviewProps) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const items = [...plan.fixes.map((e) => ({ e, kind: 'fix' as const })), ...plan.suggestions.map((e) => ({ e, kind: 'suggestion' as const }))];
  return (
    <section aria-labelledby="fills-heading">
      <Subtitle2 as="h2" id="fills-heading">
        {t.fillsHeading(items.length)}
      </Subtitle2>
      {declined > 0 && <Caption1 as="p">{t.declined(declined)}</Caption1>}
      {plan.fixes.length > 1 && (
        <p>
          <Button appearance="primary" disabled={working} onClick={() => onAccept(plan.fixes)}>
            {t.acceptAllFixes(plan.fixes.length)}
          </Button>
        </p>
      )}
      <ul className={s.list}>
        {items.map(({ e, kind }) => (
          <li key={`${e.sheet}!${e.cell}`} className={s.item} data-fill={`${e.sheet}!${e.cell}`}>
            <span className={s.kind}>{kind === 'fix' ? t.fix : t.suggestion}</span>
            <span className={s.diff}>{t.change(`${e.sheet}!${e.cell}`, showValue(e.expected.value, lang), showValue(e.value, lang))}</span>
            <span>{e.reason[lang]}</span>
            <Caption1>
              {t.source}: {sourceText(e.source, t)}
            </Caption1>
            <span className={s.buttons}>
              <Button appearance={kind === 'fix' ? 'primary' : 'secondary'} disabled={working} aria-label={t.acceptLabel(`${e.sheet}!${e.cell}`)} onClick={() => onAccept([e])}>
                {t.accept}
              </Button>
              <Button disabled={working} aria-label={t.declineLabel(`${e.sheet}!${e.cell}`)} onClick={() => onDecline(e)}>
                {t.decline}
              </Button>
            </span>
          </li>
        ))}
        {plan.conflicts.map((c) => (
          <li key={`conflict-${c.sheet}!${c.cell}`} className={s.item}>
            <span className={s.kind}>{t.conflict}</span>
            <span className={s.diff}>{`${c.sheet}!${c.cell}`}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
