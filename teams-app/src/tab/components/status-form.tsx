// Posting a status from the tab: the same validation and data path as the chat card
// (shared/lists validateStatusPost, teams-app/src/data postStatus). The post carries the ETag of
// the item as the person saw it; if someone else changed the item in between, nothing is written
// and the form shows their change, with the choice to send this update anyway (with the new ETag)
// or to keep theirs.

import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  characterCount,
  COMMENT_MAX_LENGTH,
  isManager,
  REPORTING_POINTS,
  validateStatusPost,
  type FieldProblem,
  type StatusPostDraft,
  type StatusPostField,
} from '../../../../shared/lists';
import type { Localized } from '../../../../shared/locale';
import { postStatus, type CurrentStatus, type PostStatusResult } from '../../data/post-status';
import { createRepositories, type StatusUpdate } from '../../data/repositories';
import { useI18n } from '../i18n/i18n';
import { statusesFor, type TabRow } from '../model/rows';
import { useServices } from '../services';

const useStyles = makeStyles({
  form: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(160px, 1fr))', gap: tokens.spacingHorizontalM },
  control: { minWidth: 0, width: '100%' },
  wide: { gridColumn: '1 / -1' },
  quote: { margin: `${tokens.spacingVerticalXS} 0`, whiteSpace: 'pre-wrap', fontStyle: 'italic' },
});

type Outcome =
  | { kind: 'idle' }
  | { kind: 'posted' }
  | { kind: 'conflict'; current: CurrentStatus; by: string | null; comment: string | null }
  | { kind: 'problem'; title: 'forbidden' | 'duplicate' | 'notFound' | 'invalid' | 'error'; message: Localized | string };

export interface PostedChange {
  readonly result: Extract<PostStatusResult, { kind: 'posted' }> | Extract<PostStatusResult, { kind: 'conflict' }>;
  readonly row: TabRow;
}

export function StatusForm({ row, onChanged }: { row: TabRow; onChanged: (change: PostedChange) => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const { sp, me, userName, today } = useServices();
  const [status, setStatus] = useState(row.status);
  const [point, setPoint] = useState<string>(row.next?.point ?? 'Löpande');
  const [year, setYear] = useState(String(row.next?.year ?? Number(today.slice(0, 4))));
  const [progress, setProgress] = useState('');
  const [comment, setComment] = useState('');
  const [resultat, setResultat] = useState('');
  const [problems, setProblems] = useState<readonly FieldProblem[]>([]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });
  const [etag, setEtag] = useState(row.etag);
  const outcomeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = outcomeRef.current;
    if (outcome.kind === 'idle' || !el) return;
    const message = el.firstElementChild ?? el;
    // The message settles its height over a frame or two, and the panel above it grows when their
    // change arrives after a conflict: keep the whole message in view through both.
    const observer = new ResizeObserver(() => message.scrollIntoView?.({ block: 'nearest' }));
    observer.observe(message);
    const panel = el.closest('[data-detail-content]');
    if (panel) observer.observe(panel);
    return () => observer.disconnect();
  }, [outcome]);

  const mayPost = isManager(me) || row.ownerIds.includes(me.id);
  const idKey = row.kind === 'Åtgärd' ? 'actionItemId' : row.kind === 'Kontroll' ? 'controlId' : 'projectId';
  const draft: StatusPostDraft = {
    [idKey]: row.id,
    status,
    comment,
    reportingPoint: point,
    reportingYear: year,
    progressPercent: progress,
    ...(row.kind === 'Kontroll' ? { resultat } : {}),
  };
  const problemFor = (field: StatusPostField) => problems.find((p) => p.field === field)?.[lang];

  const send = async (expectedETag: string) => {
    const checked = validateStatusPost(draft);
    if (!checked.ok) {
      setProblems(checked.problems);
      return;
    }
    setProblems([]);
    setBusy(true);
    try {
      const result = await postStatus(sp, { user: me, draft, channel: 'Teams-flik', expectedETag });
      switch (result.kind) {
        case 'posted':
          setOutcome({ kind: 'posted' });
          setComment('');
          setProgress('');
          setResultat('');
          setEtag(result.target.etag);
          onChanged({ result, row });
          break;
        case 'conflict': {
          // Who changed it and what they wrote: the newest post about the item.
          let latest: StatusUpdate | undefined;
          try {
            [latest] = await createRepositories(sp).statusUpdates.forTarget(row.kind, row.id, { limit: 1 });
          } catch {
            latest = undefined;
          }
          setOutcome({
            kind: 'conflict',
            current: result.current,
            by: userName(latest?.postedById) ?? null,
            comment: result.current.latestStatusComment ?? latest?.comment ?? null,
          });
          onChanged({ result, row });
          break;
        }
        case 'invalid':
          setProblems(result.problems);
          setOutcome({ kind: 'problem', title: 'invalid', message: result.problems.map((p) => p[lang]).join(' ') });
          break;
        case 'forbidden':
          setOutcome({ kind: 'problem', title: 'forbidden', message: result.reason });
          break;
        case 'duplicate':
          setOutcome({ kind: 'problem', title: 'duplicate', message: result.reason });
          break;
        case 'not-found':
          setOutcome({ kind: 'problem', title: 'notFound', message: result.reason });
          break;
      }
    } catch (e) {
      const status = (e as { status?: number }).status;
      const message = e instanceof Error ? e.message : String(e);
      setOutcome({ kind: 'problem', title: status === 403 ? 'forbidden' : 'error', message });
    } finally {
      setBusy(false);
    }
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    void send(etag);
  };

  const titles = {
    forbidden: t.form.forbiddenTitle,
    duplicate: t.form.duplicateTitle,
    notFound: t.form.notFoundTitle,
    invalid: t.form.invalidTitle,
    error: t.form.errorTitle,
  };

  return (
    <form onSubmit={onSubmit} aria-label={t.form.title} noValidate data-form="status">
      {!mayPost ? (
        <MessageBar intent="info" className={s.wide}>
          <MessageBarBody>{t.form.notResponsible}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={s.form}>
        <Field label={t.form.status} validationMessage={problemFor('status')}>
          <Select className={s.control} value={status} onChange={(_, d) => setStatus(d.value)} disabled={!mayPost} data-field="status">
            {statusesFor(row.kind).map((v) => (
              <option key={v} value={v}>
                {v}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.form.reportingPoint} validationMessage={problemFor('reportingPoint')}>
          <Select className={s.control} value={point} onChange={(_, d) => setPoint(d.value)} disabled={!mayPost} data-field="reportingPoint">
            {REPORTING_POINTS.map((p) => (
              <option key={p} value={p}>
                {t.form.reportingPoints[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.form.reportingYear} validationMessage={problemFor('reportingYear')}>
          <Input className={s.control} value={year} onChange={(_, d) => setYear(d.value)} inputMode="numeric" disabled={!mayPost} data-field="reportingYear" />
        </Field>
        <Field label={t.form.progress} validationMessage={problemFor('progressPercent')}>
          <Input className={s.control} value={progress} onChange={(_, d) => setProgress(d.value)} inputMode="numeric" disabled={!mayPost} data-field="progressPercent" />
        </Field>
        <Field
          className={s.wide}
          label={t.form.comment}
          required
          validationMessage={problemFor('comment')}
          hint={t.form.commentHint(characterCount(comment), COMMENT_MAX_LENGTH)}
        >
          <Textarea value={comment} onChange={(_, d) => setComment(d.value)} resize="vertical" disabled={!mayPost} data-field="comment" />
        </Field>
        {row.kind === 'Kontroll' ? (
          <Field className={s.wide} label={t.form.resultat} validationMessage={problemFor('resultat')}>
            <Textarea value={resultat} onChange={(_, d) => setResultat(d.value)} resize="vertical" disabled={!mayPost} data-field="resultat" />
          </Field>
        ) : null}
        <div className={s.wide}>
          <Button type="submit" appearance="primary" disabled={!mayPost} disabledFocusable={mayPost && busy} data-action="submit-status">
            {busy ? t.form.sending : t.form.submit}
          </Button>
        </div>
      </div>
      <div role="status" aria-live="polite" className={s.wide} ref={outcomeRef}>
        {outcome.kind === 'posted' ? (
          <MessageBar intent="success">
            <MessageBarBody>{t.form.posted}</MessageBarBody>
          </MessageBar>
        ) : null}
        {outcome.kind === 'conflict' ? (
          <MessageBar intent="warning" layout="multiline" data-outcome="conflict">
            <MessageBarBody>
              <MessageBarTitle>{t.form.conflictTitle}</MessageBarTitle>
              {t.form.conflictBody(outcome.by ?? t.form.someone, outcome.current.status ?? '–', outcome.current.latestStatusAt?.slice(0, 10) ?? '')}
              <blockquote className={s.quote}>{outcome.comment ?? '–'}</blockquote>
            </MessageBarBody>
            <MessageBarActions>
              <Button
                appearance="primary"
                disabledFocusable={busy}
                data-action="reapply"
                onClick={() => {
                  setEtag(outcome.current.etag);
                  void send(outcome.current.etag);
                }}
              >
                {t.form.reapply}
              </Button>
              <Button
                data-action="keep-theirs"
                onClick={() => {
                  setEtag(outcome.current.etag);
                  setStatus(outcome.current.status ?? status);
                  setComment('');
                  setOutcome({ kind: 'idle' });
                }}
              >
                {t.form.keepTheirs}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
        {outcome.kind === 'problem' ? (
          <MessageBar intent="error" layout="multiline" data-outcome={outcome.title}>
            <MessageBarBody>
              <MessageBarTitle>{titles[outcome.title]}</MessageBarTitle>
              {typeof outcome.message === 'string' ? outcome.message : outcome.message[lang]}
            </MessageBarBody>
          </MessageBar>
        ) : null}
      </div>
    </form>
  );
}
