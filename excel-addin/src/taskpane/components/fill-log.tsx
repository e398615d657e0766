import { Button, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { showValue, useI18n } from '../i18n/i18n';
import type { FillLogEntry } from '../session/validation-session';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  diff: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
});

const time = (d: Date) => `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}:${String(d.getSeconds()).padStart(2, '0')}`;

export function FillLog({ log, working, onUndo }: { log: readonly FillLogEntry[]; working: boolean; onUndo: () => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const undoable = log.some((e) => e.kind === 'fill' && !e.undone);
  return (
    <section aria-labelledby="log-heading">
      <Subtitle2 as="h2" id="log-heading">
        {t.logHeading}
      </Subtitle2>
      {log.length === 0 ? (
        <p>{t.logEmpty}</p>
      ) : (
        <ol className={s.list}>
          {log.map((e) => (
            <li key={e.id}>
              {e.kind === 'fill' ? t.logFill(time(e.at), e.changes.length) : t.logUndo(time(e.at), e.changes.length)} {e.undone ? t.logUndone : ''}
              <ul>
                {e.changes.map((c) => (
                  <li key={`${c.edit.sheet}!${c.edit.cell}`} className={s.diff}>
                    {t.change(`${c.edit.sheet}!${c.edit.cell}`, showValue(c.from.value, lang), showValue(c.to.value, lang))}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ol>
      )}
      {undoable && (
        <Button icon={<ArrowUndoRegular />} disabled={working} onClick={onUndo}>
          {t.undo}
        </Button>
      )}
    </section>
  );
}
