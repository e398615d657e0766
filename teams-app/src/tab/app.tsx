// The tab once the lists are loaded: the filterable item list, the roll-up per plan and the
// projects, with one item open in the detail panel at a time.

import { makeStyles, Tab, TabList, tokens } from '@fluentui/react-components';
import type { SPFI } from '@pnp/sp';
import { useCallback, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { FollowUpCalendar } from '../../../shared/lists';
import { createRepositories } from '../data/repositories';
import { FilterBar } from './components/filter-bar';
import { ItemDetail } from './components/item-detail';
import { ItemList } from './components/item-list';
import { PlanRollup } from './components/plan-rollup';
import { ProjectsView } from './components/projects-view';
import type { PostedChange } from './components/status-form';
import { useI18n } from './i18n/i18n';
import { filterOptions, filterRows, NO_FILTERS, sortRows, type Filters } from './model/filter';
import { withItem, withStatusUpdate, type AnyTarget } from './model/patch';
import { buildRows, haystackOf, type TabRow } from './model/rows';
import type { TabData } from './model/tab-data';
import { ServicesContext, type TabServices } from './services';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', height: '100%', boxSizing: 'border-box', padding: `0 ${tokens.spacingHorizontalL}` },
  header: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'baseline',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalL,
    paddingTop: tokens.spacingVerticalM,
  },
  h1: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  subtitle: { color: tokens.colorNeutralForeground2, marginLeft: tokens.spacingHorizontalS },
  who: { color: tokens.colorNeutralForeground2, display: 'flex', columnGap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
  main: { display: 'flex', flexDirection: 'column', flexGrow: 1, minHeight: 0, paddingBottom: tokens.spacingVerticalM },
  summary: { color: tokens.colorNeutralForeground2, padding: `${tokens.spacingVerticalXS} 0` },
  scroll: { overflowY: 'auto', flexGrow: 1 },
});

type View = 'list' | 'rollup' | 'projects';

/** Prepares the search text of every row while the browser is idle, so the first search is as quick as the next. */
function useSearchTextWhenIdle(rows: readonly TabRow[]): void {
  useEffect(() => {
    let next = 0;
    let handle: number | undefined;
    const idle = window.requestIdleCallback ?? ((cb: IdleRequestCallback) => window.setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 8 } as IdleDeadline), 1));
    const cancel = window.cancelIdleCallback ?? window.clearTimeout;
    const step = (deadline: IdleDeadline) => {
      while (next < rows.length && deadline.timeRemaining() > 1) haystackOf(rows[next++]!);
      if (next < rows.length) handle = idle(step);
    };
    handle = idle(step);
    return () => {
      if (handle !== undefined) cancel(handle);
    };
  }, [rows]);
}

export interface TabAppProps {
  readonly initialData: TabData;
  readonly sp: SPFI;
  readonly calendar: FollowUpCalendar;
  readonly today: string;
  /** A deep link: the externalId (or key) of the item to open first. */
  readonly initialItem?: string | undefined;
  readonly outsideTeams: boolean;
}

export function TabApp({ initialData, sp, calendar, today, initialItem, outsideTeams }: TabAppProps) {
  const s = useStyles();
  const { t } = useI18n();
  const [data, setData] = useState(initialData);
  const rows = useMemo(() => buildRows(data, { today, calendar }), [data, today, calendar]);
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  useSearchTextWhenIdle(rows);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const deferred = useDeferredValue(filters);
  const sorted = useMemo(() => sortRows(rows, deferred.sort), [rows, deferred.sort]);
  const filtered = useMemo(() => filterRows(sorted, deferred, data.me.id), [sorted, deferred, data.me.id]);
  const options = useMemo(() => filterOptions(rows), [rows]);
  const [view, setView] = useState<View>('list');
  const [openKey, setOpenKey] = useState<string | null>(() => {
    if (!initialItem) return null;
    return rows.find((r) => r.externalId === initialItem || r.key === initialItem)?.key ?? null;
  });

  const services = useMemo<TabServices>(() => ({ sp, me: data.me, userName: (id) => (typeof id === 'number' ? data.userNames.get(id) : undefined), today }), [sp, data.me, data.userNames, today]);

  const onChanged = useCallback(
    (change: PostedChange) => {
      const { result, row } = change;
      if (result.kind === 'posted') {
        setData((d) => withStatusUpdate(withItem(d, row.kind, result.target as AnyTarget), result.statusUpdate));
        return;
      }
      // A conflict: show the other person's change in the list too.
      const repos = createRepositories(sp);
      const repo = row.kind === 'Åtgärd' ? repos.actionItems : row.kind === 'Kontroll' ? repos.controls : repos.projects;
      void repo.get(row.id).then((fresh) => {
        if (fresh) setData((d) => withItem(d, row.kind, fresh as AnyTarget));
      });
    },
    [sp],
  );

  const showPlan = (planKey: string) => {
    setFilters({ ...NO_FILTERS, plan: planKey, sort: filters.sort });
    setView('list');
  };

  return (
    <ServicesContext.Provider value={services}>
      <div className={s.root}>
        <header className={s.header}>
          <div>
            <h1 className={s.h1}>
              {t.appTitle}
              <span className={s.subtitle}>{t.appSubtitle}</span>
            </h1>
          </div>
          <div className={s.who}>
            <span data-me={data.me.loginName}>{t.signedInAs(data.me.title ?? data.me.loginName ?? String(data.me.id))}</span>
            <span>{t.asOf(today)}</span>
            {outsideTeams ? <span>{t.outsideTeams}</span> : null}
          </div>
        </header>
        <TabList selectedValue={view} onTabSelect={(_, d) => setView(d.value as View)} aria-label={t.viewsLabel}>
          <Tab value="list" data-view-tab="list">
            {t.views.list}
          </Tab>
          <Tab value="rollup" data-view-tab="rollup">
            {t.views.rollup}
          </Tab>
          <Tab value="projects" data-view-tab="projects">
            {t.views.projects}
          </Tab>
        </TabList>
        <main className={s.main}>
          {view === 'list' ? (
            <>
              <FilterBar filters={filters} options={options} onChange={setFilters} />
              <div className={s.summary} role="status" aria-live="polite" data-summary={filtered.length}>
                {t.summary(filtered.length, rows.length)}
              </div>
              <ItemList rows={filtered} selectedKey={openKey} resetKey={JSON.stringify(deferred)} onOpen={setOpenKey} />
            </>
          ) : view === 'rollup' ? (
            <div className={s.scroll}>
              <PlanRollup rows={rows} onShowPlan={showPlan} />
            </div>
          ) : (
            <div className={s.scroll}>
              <ProjectsView rows={rows} onOpen={setOpenKey} />
            </div>
          )}
        </main>
        <ItemDetail row={openKey ? (byKey.get(openKey) ?? null) : null} onClose={() => setOpenKey(null)} onChanged={onChanged} />
      </div>
    </ServicesContext.Provider>
  );
}
