// One item in full: its whole text, where it comes from (document, file and line, the source's
// own words), its deadline and check-points, its status history, and the form to post a status.
// Every string from the lists is rendered as text by React — never as markup.

import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  OverlayDrawer,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { checkpointKey, describeSuggestion, stockholmOffsetHours } from '../../../../shared/lists';
import { createRepositories, type StatusUpdate } from '../../data/repositories';
import { fieldLabel, formatNumber, useI18n } from '../i18n/i18n';
import { detailFields, type TabRow } from '../model/rows';
import { useServices } from '../services';
import { StatusBadge } from './status-badge';
import { StatusForm, type PostedChange } from './status-form';
import { SuggestionBadge } from './suggestion-badge';

const useStyles = makeStyles({
  body: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, paddingBottom: tokens.spacingVerticalXXL },
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  h3: { fontSize: tokens.fontSizeBase400, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  text: { whiteSpace: 'pre-wrap', margin: 0, lineHeight: tokens.lineHeightBase300 },
  raw: {
    whiteSpace: 'pre-wrap',
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground1,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    borderRadius: tokens.borderRadiusMedium,
  },
  dl: { display: 'grid', gridTemplateColumns: 'minmax(120px, max-content) 1fr', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS, margin: 0 },
  dt: { color: tokens.colorNeutralForeground2 },
  dd: { margin: 0, whiteSpace: 'pre-wrap' },
  statusLine: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', columnGap: tokens.spacingHorizontalM, rowGap: tokens.spacingVerticalXS },
  table: { borderCollapse: 'collapse', width: '100%', '& th, & td': { textAlign: 'left', padding: `2px ${tokens.spacingHorizontalS}`, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` } },
  history: { listStyleType: 'none', padding: 0, margin: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  historyHead: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center', color: tokens.colorNeutralForeground2 },
});

/** `2021-09-01T08:30:00Z` → `2021-09-01 10:30`, as the clock in Stockholm showed it. */
export function stockholmWallClock(instant: string): string {
  const t = new Date(instant);
  if (Number.isNaN(t.getTime())) return instant;
  return new Date(t.getTime() + stockholmOffsetHours(t) * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
}

function useHistory(row: TabRow, version: string) {
  const { sp } = useServices();
  const [state, setState] = useState<{ loading: boolean; items: StatusUpdate[]; error?: string }>({ loading: true, items: [] });
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    createRepositories(sp)
      .statusUpdates.forTarget(row.kind, row.id)
      .then(
        (items) => live && setState({ loading: false, items }),
        (e: unknown) => live && setState({ loading: false, items: [], error: e instanceof Error ? e.message : String(e) }),
      );
    return () => {
      live = false;
    };
  }, [sp, row.kind, row.id, version]);
  return state;
}

export function ItemDetail({ row, onClose, onChanged }: { row: TabRow | null; onClose: () => void; onChanged: (change: PostedChange) => void }) {
  return (
    <OverlayDrawer open={row !== null} onOpenChange={(_, d) => !d.open && onClose()} position="end" size="large" data-panel="detail">
      {row ? <DetailContent row={row} onClose={onClose} onChanged={onChanged} /> : null}
    </OverlayDrawer>
  );
}

function DetailContent({ row, onClose, onChanged }: { row: TabRow; onClose: () => void; onChanged: (change: PostedChange) => void }) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const { userName, today } = useServices();
  const history = useHistory(row, row.etag);
  const d = row.deadline;
  const p = row.project;
  const money = (n: number | null) => (n === null ? t.projects.unknown : t.money(formatNumber(n, lang)));

  const stateOf = (key: string, openUntil: string) =>
    row.reported.has(key)
      ? t.detail.states.reported
      : row.next && checkpointKey(row.next.point, row.next.year) === key
        ? t.detail.states.next
        : openUntil < today
          ? t.detail.states.missed
          : t.detail.states.upcoming;

  return (
    <>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={
            <Button appearance="subtle" onClick={onClose} aria-label={t.detail.close} data-action="close-detail">
              {t.detail.close}
            </Button>
          }
        >
          <span data-detail="title">{row.title}</span>
        </DrawerHeaderTitle>
        <span>
          {t.kinds[row.kind]} {row.externalId} · {row.plan.title[lang]}
        </span>
      </DrawerHeader>
      {/* Focusable, so the panel scrolls with the keyboard even when it holds no field (a read-only item). */}
      <DrawerBody tabIndex={0} role="region" aria-label={t.detail.panel}>
        <div className={s.body} data-detail-content>
        <section className={s.section} aria-label={t.detail.setStatus}>
          <div className={s.statusLine}>
            <span>{t.detail.setStatus}:</span>
            <StatusBadge status={row.status} />
            {p ? <span>({p.lifecycle})</span> : null}
          </div>
          <div className={s.statusLine} data-detail="suggestion">
            <SuggestionBadge suggestion={row.suggestion} />
            {row.suggestion ? <span>{describeSuggestion(row.suggestion)[lang]}</span> : null}
          </div>
          {row.latestComment ? (
            <p className={s.text}>
              {t.detail.latest}: {row.latestComment}
            </p>
          ) : null}
        </section>

        <section className={s.section}>
          <h3 className={s.h3}>{t.detail.description}</h3>
          <p className={s.text} data-detail="full-text">
            {row.fullText}
          </p>
        </section>

        <section className={s.section}>
          <h3 className={s.h3}>{t.detail.facts}</h3>
          <dl className={s.dl}>
            <dt className={s.dt}>{t.detail.plan}</dt>
            <dd className={s.dd}>{row.plan.title[lang]}</dd>
            <dt className={s.dt}>{t.row.owner}</dt>
            <dd className={s.dd}>{row.ownerText ?? t.row.ownerMissing}</dd>
            {p ? (
              <>
                <dt className={s.dt}>{t.projects.financing}</dt>
                <dd className={s.dd}>{p.financingCategory}</dd>
                <dt className={s.dt}>{t.projects.role}</dt>
                <dd className={s.dd}>{p.role}</dd>
                <dt className={s.dt}>{t.projects.budget}</dt>
                <dd className={s.dd}>{money(p.budgetSek)}</dd>
                <dt className={s.dt}>{t.projects.cofinancing}</dt>
                <dd className={s.dd}>{money(p.cofinancingSek)}</dd>
                <dt className={s.dt}>{t.projects.start}</dt>
                <dd className={s.dd}>{p.startDate ?? t.projects.unknown}</dd>
                <dt className={s.dt}>{t.projects.end}</dt>
                <dd className={s.dd}>{p.endDate ?? t.projects.unknown}</dd>
              </>
            ) : null}
            {detailFields(row).map((f) => (
              <div key={f.name} style={{ display: 'contents' }}>
                <dt className={s.dt}>{fieldLabel(f.list, f.name, lang)}</dt>
                <dd className={s.dd}>{f.value}</dd>
              </div>
            ))}
          </dl>
        </section>

        <section className={s.section} data-detail="schedule">
          <h3 className={s.h3}>{t.detail.schedule}</h3>
          <p className={s.text}>
            {d.due ? `${t.row.due} ${d.due}${d.precision ? ` (${t.precision[d.precision]})` : ''}. ` : ''}
            {d.basis === 'time-text' ? t.deadlineBasis['time-text'](row.deadlineText ?? '') : t.deadlineBasis[d.basis]}
            {d.unreadableText ? ` ${t.unreadableTime(d.unreadableText)}` : ''}
          </p>
          {row.followUpText ? (
            <p className={s.text}>
              {t.detail.followUpText}: {row.followUpText}
            </p>
          ) : null}
          {row.schedule.length === 0 ? (
            <p className={s.text}>{t.detail.noSchedule}</p>
          ) : (
            <table className={s.table}>
              <thead>
                <tr>
                  <th scope="col">{t.detail.checkpoint}</th>
                  <th scope="col">{t.detail.periodEnd}</th>
                  <th scope="col">{t.detail.reportDue}</th>
                  <th scope="col">{t.detail.state}</th>
                </tr>
              </thead>
              <tbody>
                {row.schedule.map((c) => {
                  const key = checkpointKey(c.point, c.year);
                  return (
                    <tr key={key} data-checkpoint={key}>
                      <td>{key}</td>
                      <td>{c.periodEnd}</td>
                      <td>{c.reportDue ?? '–'}</td>
                      <td>{stateOf(key, c.reportDue ?? c.periodEnd)}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </section>

        <section className={s.section} data-detail="source">
          <h3 className={s.h3}>{t.detail.source}</h3>
          {row.source ? (
            <>
              <dl className={s.dl}>
                <dt className={s.dt}>{t.detail.document}</dt>
                <dd className={s.dd}>{row.source.document ?? '–'}</dd>
                {row.source.seedFile ? (
                  <>
                    <dt className={s.dt}>{t.detail.fileLine}</dt>
                    <dd className={s.dd} data-detail="file-line">
                      {t.detail.fileAndLine(row.source.seedFile, row.source.line)}
                    </dd>
                  </>
                ) : null}
              </dl>
              {row.source.raw ? (
                <>
                  <span className={s.dt}>{t.detail.sourceText}</span>
                  <pre className={s.raw}>{row.source.raw}</pre>
                </>
              ) : null}
            </>
          ) : (
            <p className={s.text}>{t.detail.noSource}</p>
          )}
        </section>

        <section className={s.section} data-detail="history">
          <h3 className={s.h3}>{t.detail.history}</h3>
          {history.loading && history.items.length === 0 ? <Spinner size="tiny" label={t.detail.historyLoading} /> : null}
          {!history.loading && history.items.length === 0 ? <p className={s.text}>{history.error ?? t.detail.historyEmpty}</p> : null}
          {history.items.length > 0 ? (
            <ol className={s.history}>
              {history.items.map((u) => (
                <li key={u.Id} data-history-id={u.Id}>
                  <div className={s.historyHead}>
                    <StatusBadge status={u.status} />
                    <span>
                      {u.reportingPoint === 'Löpande' ? t.form.reportingPoints.Löpande : u.reportingPoint} {u.reportingYear}
                    </span>
                    <span>{u.postedAt ? stockholmWallClock(u.postedAt) : ''}</span>
                    <span>{t.detail.by(userName(u.postedById) ?? String(u.postedById))}</span>
                    <span>{u.channel}</span>
                    {typeof u.progressPercent === 'number' ? <span>{t.detail.progress(u.progressPercent)}</span> : null}
                  </div>
                  <p className={s.text}>{u.comment}</p>
                  {u.resultat ? <p className={s.text}>{u.resultat}</p> : null}
                </li>
              ))}
            </ol>
          ) : null}
        </section>

        <section className={s.section}>
          <h3 className={s.h3}>{t.form.title}</h3>
          <StatusForm key={row.key} row={row} onChanged={onChanged} />
        </section>
        </div>
      </DrawerBody>
    </>
  );
}
