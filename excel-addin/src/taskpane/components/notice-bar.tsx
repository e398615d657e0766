import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { type Messages, showValue, useI18n } from '../i18n/i18n';
import type { Notice } from '../session/validation-session';
import type { Refusal } from '../../host/workbook-host';
import type { Lang } from '../../../../shared/locale';

function refusalText(r: Refusal, t: Messages, lang: Lang): string {
  const cell = `${r.edit.sheet}!${r.edit.cell}`;
  return r.reason === 'changed' ? t.refusal.changed(cell, showValue(r.actual ?? { kind: 'empty' }, lang)) : t.refusal[r.reason](cell);
}

/** What the last action did, and what it could not do and why; read out by screen readers. */
export function NoticeBar({ notice }: { notice: Notice | undefined }) {
  const { t, lang } = useI18n();
  if (!notice) return <div role="status" aria-live="polite" />;
  let intent: 'success' | 'warning' | 'error' | 'info' = 'success';
  const lines: string[] = [];
  let list: string[] = [];
  switch (notice.kind) {
    case 'applied':
    case 'undone':
      if (notice.applied > 0) lines.push(notice.kind === 'applied' ? t.noticeApplied(notice.applied) : t.noticeUndone(notice.applied));
      if (notice.refused.length > 0) {
        intent = notice.applied > 0 ? 'warning' : 'error';
        lines.push(t.noticeRefused(notice.refused.length));
        list = notice.refused.map((r) => refusalText(r, t, lang));
      }
      break;
    case 'marked':
      lines.push(t.noticeMarked(notice.result.marked.length, notice.result.style));
      if (notice.result.skipped.length > 0) {
        intent = 'warning';
        lines.push(t.noticeMarkSkipped(notice.result.skipped.length));
        list = notice.result.skipped.map((c) => `${c.sheet}!${c.cell}`);
      }
      if (notice.result.notesKept.length > 0) lines.push(t.noticeNotesKept(notice.result.notesKept.length));
      break;
    case 'cleared':
      lines.push(t.noticeCleared(notice.result.restored));
      if (notice.result.kept.length > 0) {
        intent = 'warning';
        lines.push(t.noticeClearKept(notice.result.kept.length));
        list = notice.result.kept.map((c) => `${c.sheet}!${c.cell}`);
      }
      break;
    case 'busy':
      intent = 'warning';
      lines.push(t.noticeBusy);
      break;
    case 'failed':
      intent = 'error';
      lines.push(t.noticeFailed(notice.detail));
      break;
  }
  return (
    <div role="status" aria-live="polite">
      <MessageBar intent={intent} layout="multiline">
        <MessageBarBody>
          {lines.join(' ')}
          {list.length > 0 && (
            <ul data-testid="refusals">
              {list.map((l) => (
                <li key={l}>{l}</li>
              ))}
            </ul>
          )}
        </MessageBarBody>
      </MessageBar>
    </div>
  );
}
