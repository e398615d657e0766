import { Button, Checkbox, Field, Input, makeStyles, Select, tokens } from '@fluentui/react-components';
import { FOLLOW_UP_POINTS, type FollowUpPoint, type TargetKind } from '../../../../shared/lists';
import { useI18n } from '../i18n/i18n';
import { NO_FILTERS, SORT_KEYS, type FilterOptions, type Filters, type SortKey } from '../model/filter';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} 0`,
  },
  search: { flexGrow: 1, minWidth: '220px', maxWidth: '420px' },
  select: { width: '168px', '& select': { width: '100%' } },
  wide: { width: '260px', '& select': { width: '100%' } },
  checks: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', paddingBottom: '2px' },
});

const KINDS: readonly TargetKind[] = ['Åtgärd', 'Kontroll', 'Projekt'];
const ALL = '';

export function FilterBar({
  filters,
  options,
  onChange,
}: {
  filters: Filters;
  options: FilterOptions;
  onChange: (next: Filters) => void;
}) {
  const s = useStyles();
  const { t, lang } = useI18n();
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...filters, [key]: value });
  const orNull = (v: string) => (v === ALL ? null : v);

  return (
    <div className={s.root} role="search" aria-label={t.filters.label}>
      <Field label={t.filters.search} className={s.search}>
        <Input
          type="search"
          value={filters.search}
          placeholder={t.filters.searchPlaceholder}
          onChange={(_, d) => set('search', d.value)}
          data-filter="search"
        />
      </Field>
      <Field label={t.filters.kind} className={s.select}>
        <Select value={filters.kind ?? ALL} onChange={(_, d) => set('kind', orNull(d.value) as TargetKind | null)} data-filter="kind">
          <option value={ALL}>{t.filters.allKinds}</option>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t.kindsPlural[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.plan} className={s.wide}>
        <Select value={filters.plan ?? ALL} onChange={(_, d) => set('plan', orNull(d.value))} data-filter="plan">
          <option value={ALL}>{t.filters.allPlans}</option>
          {options.plans.map((p) => (
            <option key={p.key} value={p.key}>
              {p.title[lang]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.status} className={s.select}>
        <Select value={filters.status ?? ALL} onChange={(_, d) => set('status', orNull(d.value))} data-filter="status">
          <option value={ALL}>{t.filters.allStatuses}</option>
          {options.statuses.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.owner} className={s.wide}>
        <Select value={filters.owner ?? ALL} onChange={(_, d) => set('owner', orNull(d.value))} data-filter="owner">
          <option value={ALL}>{t.filters.allOwners}</option>
          {options.owners.map((v) => (
            <option key={v} value={v}>
              {v}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.point} className={s.wide}>
        <Select value={filters.point ?? ALL} onChange={(_, d) => set('point', orNull(d.value) as FollowUpPoint | null)} data-filter="point">
          <option value={ALL}>{t.filters.allPoints}</option>
          {FOLLOW_UP_POINTS.map((p) => (
            <option key={p} value={p}>
              {t.points[p]}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.year} className={s.select}>
        <Select value={filters.year === null ? ALL : String(filters.year)} onChange={(_, d) => set('year', d.value === ALL ? null : Number(d.value))} data-filter="year">
          <option value={ALL}>{t.filters.allYears}</option>
          {options.years.map((y) => (
            <option key={y} value={String(y)}>
              {y}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t.filters.sort} className={s.select}>
        <Select value={filters.sort} onChange={(_, d) => set('sort', d.value as SortKey)} data-filter="sort">
          {SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t.sortKeys[k]}
            </option>
          ))}
        </Select>
      </Field>
      <div className={s.checks}>
        <Checkbox label={t.filters.mine} checked={filters.mine} onChange={(_, d) => set('mine', d.checked === true)} data-filter="mine" />
        <Checkbox label={t.filters.late} checked={filters.late} onChange={(_, d) => set('late', d.checked === true)} data-filter="late" />
        <Button appearance="subtle" onClick={() => onChange({ ...NO_FILTERS, sort: filters.sort })}>
          {t.filters.clear}
        </Button>
      </div>
    </div>
  );
}
