// seed-items.json → rows for the lists (lists-schema.md §14). Pure: lookups stay as the target's
// externalId and people as names until the importer resolves them against the site.

import { periodOf, stockholmWallClockToUtc, type ListName } from '../../../shared/lists';
import { formatSvNumber } from '../../../shared/locale';

/** The seed file's shape, as far as the importer reads it. */
export interface SeedData {
  readonly documents: readonly SeedDocument[];
  readonly plans: readonly SeedPlan[];
  readonly actionItems: readonly SeedActionItem[];
  readonly projects: readonly SeedProjectVersion[];
  readonly projectHistory: readonly SeedProjectHistory[];
  readonly risks: readonly SeedRisk[];
  readonly controls: readonly SeedControl[];
  readonly innovations: readonly SeedInnovation[];
  readonly procurements: readonly SeedProcurement[];
  readonly grantApplications: readonly SeedGrant[];
}

type Str = string | null;
type Num = number | null;

export interface SeedDocument {
  seedFile: string;
  docYear: Num;
  docType: string;
  docLabel: string;
  periodEnd?: Str;
  printedAt?: string;
  ocr: boolean;
  internkontrollBedomning?: string;
}
export interface SeedPlan {
  title: string;
  planType: string;
  year: Num;
  seedFile: string;
  firstLine: number;
  notes?: string;
}
export interface SeedActionItem {
  id: string;
  plan: string;
  planType: string;
  section: Str;
  prioriteradUtgangspunkt: Str;
  omrade: Str;
  malOchNytta: Str;
  vpMal: string[] | null;
  title: string;
  ownerRaw: Str;
  ownerPersons: string[];
  ownerRoles: string[];
  ownerUnits: string[];
  timeframeRaw: Str;
  timeframeStart: Str;
  dueDate: Str;
  dueDatePrecision: Str;
  followUpRaw: Str;
  followUpPoints: string[];
  followUpInferred: boolean;
  status: Str;
  comment: Str;
  targets: string[] | null;
  docYear: Num;
  seedFile: string;
  line: number;
  sourceKind: string;
  raw: string;
  notes: Str;
}
export interface SeedProjectVersion {
  id: string;
  projectKey: string;
  name: string;
  subproject: Str;
  docYear: number;
  docType: string;
  listedIn: string;
  financingHeading: string;
  financingCategory: string;
  financingChannel: Str;
  financingCategoryInferred: boolean;
  role: Str;
  roleInferred: boolean;
  description: Str;
  budgetRaw: Str;
  budgetSek: Num;
  budgetEur: Num;
  budgetEurAmfShare: Num;
  cofinancingRaw: Str;
  cofinancingSek: Num;
  cofinancingEur: Num;
  periodRaw: Str;
  start: Str;
  end: Str;
  extendedEnd: Str;
  ongoing: boolean;
  ansvarigAvdelningRaw: Str;
  ansvarigaAvdelningar: string[];
  projektagareRaw: Str;
  statusInDoc: Str;
  endedBeforeDocDate: boolean | null;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
  versionIndex: number;
  previousVersionId: Str;
  changesFromPrevious: { label: string; from: unknown; to: unknown }[];
}
export interface SeedProjectHistory {
  projectKey: string;
  names: string[];
  versionIds: string[];
}
export interface SeedRisk {
  id: string;
  nr: Num;
  docYear: number;
  kfMalNr: string;
  kfMal: string;
  process: string;
  arbetssatt: Str;
  oonskadHandelse: string;
  sannolikhet: Num;
  konsekvens: Num;
  riskvarde: Num;
  riskniva: Str;
  ikp: string;
  matrixCell: number[] | null;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
}
export interface SeedControl {
  id: string;
  docYear: number;
  planType: string;
  kfMalNr: string;
  kfMal: string;
  process: string;
  arbetssatt: string;
  systematiskKontroll: Str;
  riskId: Str;
  riskvarde: Num;
  oonskadHandelse: Str;
  kontrollaktivitet: string;
  resultat: Str;
  genomford: boolean | null;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
}
export interface SeedInnovation {
  id: string;
  docYear: number;
  name: string;
  typAvInnovationRaw: string;
  typAvInnovation: Str;
  beskrivning: string;
  tidplanRaw: string;
  start: string;
  end: string;
  finansiering: string;
  budgetRaw: string;
  budgetSek: number;
  samarbetspartners: Str;
  ansvarigChefOchLedare: Str;
  projectKey: Str;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
}
export interface SeedProcurement {
  id: string;
  docYear: number;
  kategorifamiljKod: string;
  kategorifamilj: string;
  kategoriklassKod: string;
  kategoriklass: string;
  beskrivning: string;
  planeradStartRaw: string;
  avtalsperiodRaw: string;
  avtalsperiodStart: Str;
  avtalsperiodSlut: Str;
  vardeRaw: string;
  vardeSek: Num;
  ansvarigNamnd: string;
  kontakt: string;
  avdelningHarledd: string;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
}
export interface SeedGrant {
  id: string;
  bidrag: string;
  name: string;
  sokBeloppRaw: string;
  sokBeloppSek: number;
  sokandeNamnd: string;
  medsokandeNamnd: Str;
  kontaktperson: string;
  telefon: string;
  epost: string;
  tidplanRaw: string;
  start: string;
  end: string;
  tematiskInriktning: string[];
  geografisktOmrade: string;
  kostnader: { typ: string; sek: number }[];
  summaKostnaderSek: number;
  summaFinansieringSek: number;
  egenFinansieringSek: Num;
  projectKey: string;
  seedFile: string;
  line: number;
  raw: string;
  notes: Str;
}

/** One item to import. Keys are item JSON keys (lookups and people as `<name>Id`). */
export interface SeedRow {
  readonly externalId: string;
  /** Kept equal to the seed on every import. */
  readonly values: Readonly<Record<string, unknown>>;
  /** Set when the item is created and then left to the users (status and its comment). */
  readonly createOnly: Readonly<Record<string, unknown>>;
  /** `<lookup>Id` → the target's externalId (null: empty). */
  readonly lookups: Readonly<Record<string, string | null>>;
  /** `<person>Id` → display names to resolve against the site's users. */
  readonly people: Readonly<Record<string, readonly string[]>>;
}

export type ImportedListName = Exclude<ListName, 'StatusUpdates'>;
export type SeedRows = Readonly<Record<ImportedListName, readonly SeedRow[]>>;

export const TITLE_MAX = 255;

/** ≤ 255 characters: the text itself, or cut at a word boundary within 254 characters plus "…". */
export function cutTitle(text: string): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= TITLE_MAX) return clean;
  const head = clean.slice(0, TITLE_MAX - 1);
  const space = head.lastIndexOf(' ');
  const cut = (space > 0 ? head.slice(0, space) : head).replace(/[\s,;:.–-]+$/, '');
  return `${cut}…`;
}

/** ASCII slug for ids derived from titles ("Kompetensförsörjningsplan 2022" → "kompetensforsorjningsplan-2022"). */
export function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export function documentExternalId(doc: Pick<SeedDocument, 'docType' | 'docYear'>): string {
  return doc.docYear === null ? `DOK-${doc.docType}` : `DOK-${doc.docType}-${doc.docYear}`;
}

export function planExternalId(title: string): string {
  return `PLAN-${slug(title)}`.slice(0, 200);
}

const kfMal = (nr: string, text: string): string => `${nr} ${text}`;
const nonEmpty = <T>(v: T | null | undefined): v is T => v !== null && v !== undefined && !(typeof v === 'string' && v.trim() === '');
const textOrNull = (v: Str | undefined): Str => (nonEmpty(v) ? v : null);

function provenance(doc: string, item: { seedFile: string; line: number; raw: string; notes: Str }) {
  return {
    values: { seedFile: item.seedFile, sourceLine: item.line, sourceRaw: item.raw, dataQualityNote: textOrNull(item.notes) },
    lookups: { sourceDocumentId: doc },
  };
}

function startOf(value: Str): Str {
  return nonEmpty(value) ? periodOf(value).start : null;
}
function endOf(value: Str): Str {
  return nonEmpty(value) ? periodOf(value).end : null;
}
function precisionOf(value: Str): Str {
  return nonEmpty(value) ? periodOf(value).precision : null;
}

function row(
  externalId: string,
  parts: { values: Record<string, unknown>; createOnly?: Record<string, unknown>; lookups?: Record<string, string | null>; people?: Record<string, string[]> },
): SeedRow {
  return { externalId, values: parts.values, createOnly: parts.createOnly ?? {}, lookups: parts.lookups ?? {}, people: parts.people ?? {} };
}

export function mapSeed(seed: SeedData): SeedRows {
  const docBySeedFile = new Map(seed.documents.map((d) => [d.seedFile, documentExternalId(d)]));
  const docFor = (seedFile: string): string => {
    const id = docBySeedFile.get(seedFile);
    if (!id) throw new Error(`Seed refers to an unknown document '${seedFile}'`);
    return id;
  };
  const docByFileFull = new Map(seed.documents.map((d) => [d.seedFile, d]));

  const SourceDocuments = seed.documents.map((d) =>
    row(documentExternalId(d), {
      values: {
        Title: cutTitle(d.docLabel),
        externalId: documentExternalId(d),
        docType: d.docType,
        docYear: d.docYear,
        periodEnd: textOrNull(d.periodEnd),
        printedAt: nonEmpty(d.printedAt) ? stockholmWallClockToUtc(d.printedAt) : null,
        internkontrollBedomning: textOrNull(d.internkontrollBedomning),
        isOcr: d.ocr,
        seedFile: d.seedFile,
      },
    }),
  );

  const Plans = seed.plans.map((p) => {
    const range = /(\d{4})\s*[–-]\s*(\d{4})/.exec(p.title);
    const from = range ? `${range[1]}-01-01` : p.year === null ? null : `${p.year}-01-01`;
    const to = range ? `${range[2]}-12-31` : p.year === null ? null : `${p.year}-12-31`;
    const prov = provenance(docFor(p.seedFile), { seedFile: p.seedFile, line: p.firstLine, raw: p.title, notes: null });
    return row(planExternalId(p.title), {
      values: {
        Title: cutTitle(p.title),
        externalId: planExternalId(p.title),
        planType: p.planType,
        planYear: p.year,
        validFrom: from,
        validTo: to,
        notes: textOrNull(p.notes),
        ...prov.values,
      },
      lookups: prov.lookups,
    });
  });
  const planIdByTitle = new Map(seed.plans.map((p) => [p.title, planExternalId(p.title)]));

  const ActionItems = seed.actionItems.map((a) => {
    const plan = planIdByTitle.get(a.plan);
    if (!plan) throw new Error(`Action item ${a.id} refers to an unknown plan '${a.plan}'`);
    const prov = provenance(docFor(a.seedFile), a);
    return row(a.id, {
      values: {
        Title: cutTitle(a.title),
        externalId: a.id,
        activityText: a.title,
        planType: a.planType,
        planYear: a.docYear,
        section: textOrNull(a.section),
        prioriteradUtgangspunkt: textOrNull(a.prioriteradUtgangspunkt),
        omrade: textOrNull(a.omrade),
        malOchNytta: textOrNull(a.malOchNytta),
        vpMal: a.vpMal ?? [],
        ubara: [],
        ownerText: textOrNull(a.ownerRaw),
        ownerRoles: a.ownerRoles,
        // Choice, not multi: the seeds never name two units on one row (checked in the tests).
        ownerUnit: a.ownerUnits[0] ?? null,
        timeframeText: textOrNull(a.timeframeRaw),
        startDate: startOf(a.timeframeStart),
        dueDate: textOrNull(a.dueDate),
        dueDatePrecision: textOrNull(a.dueDatePrecision),
        followUpPoints: a.followUpPoints,
        followUpText: textOrNull(a.followUpRaw),
        followUpInferred: a.followUpInferred,
        sourceStatus: textOrNull(a.status),
        sourceComment: textOrNull(a.comment),
        targetText: a.targets && a.targets.length > 0 ? a.targets.join('\n') : null,
        sourceKind: a.sourceKind,
        ...prov.values,
      },
      createOnly: { status: 'Ej påbörjad' },
      lookups: { planId: plan, ...prov.lookups },
      people: { ownerPersonsId: a.ownerPersons },
    });
  });

  const versionsByKey = new Map<string, SeedProjectVersion[]>();
  for (const v of seed.projects) versionsByKey.set(v.projectKey, [...(versionsByKey.get(v.projectKey) ?? []), v]);

  const Projects = seed.projectHistory.map((h) => {
    const versions = [...(versionsByKey.get(h.projectKey) ?? [])].sort((x, y) => x.versionIndex - y.versionIndex);
    const latest = versions[versions.length - 1];
    if (!latest) throw new Error(`Project ${h.projectKey} has no versions`);
    const latestNonNull = <K extends keyof SeedProjectVersion>(k: K): SeedProjectVersion[K] | null =>
      [...versions].reverse().map((v) => v[k]).find((v) => nonEmpty(v)) ?? null;
    const doc = docByFileFull.get(latest.seedFile);
    const end = endOf(latest.extendedEnd ?? latest.end);
    const lifecycle = nonEmpty(latest.statusInDoc)
      ? latest.statusInDoc
      : /^Förstudie/i.test(latest.name)
        ? 'Förstudie'
        : latest.endedBeforeDocDate || (end !== null && nonEmpty(doc?.periodEnd) && end < doc.periodEnd)
          ? 'Avslutat'
          : 'Pågående';
    const aliases = h.names.filter((n) => n !== latest.name);
    return row(h.projectKey, {
      values: {
        Title: cutTitle(latest.name),
        externalId: h.projectKey,
        projectKey: h.projectKey,
        aliases: aliases.length > 0 ? aliases.join('; ') : null,
        financingCategory: latest.financingCategory,
        financingChannel: latestNonNull('financingChannel'),
        role: latestNonNull('role') ?? 'Projektägare',
        department: latest.ansvarigaAvdelningar,
        description: latestNonNull('description'),
        budgetSek: latest.budgetSek,
        cofinancingSek: latest.cofinancingSek,
        startDate: startOf(latest.start),
        endDate: end,
        status: lifecycle,
        dataQualityNote: latestNonNull('role') === null ? 'Nämndens roll anges inte i någon version; satt till Projektägare.' : null,
      },
      createOnly: { followUpStatus: 'Ej påbörjad' },
      lookups: { latestVersionId: latest.id },
    });
  });

  const ProjectVersions = seed.projects.map((v) => {
    const prov = provenance(docFor(v.seedFile), v);
    const changes = v.changesFromPrevious.map((c) => `${c.label}: ${show(c.from)} → ${show(c.to)}`);
    return row(v.id, {
      values: {
        Title: cutTitle(v.name),
        externalId: v.id,
        docYear: v.docYear,
        docType: v.docType,
        listedIn: v.listedIn,
        subproject: textOrNull(v.subproject),
        financingHeading: cutTitle(v.financingHeading),
        financingCategory: v.financingCategory,
        financingCategoryInferred: v.financingCategoryInferred,
        financingChannel: textOrNull(v.financingChannel),
        role: textOrNull(v.role),
        roleInferred: v.roleInferred,
        description: textOrNull(v.description),
        budgetRaw: textOrNull(v.budgetRaw),
        budgetSek: v.budgetSek,
        budgetEur: v.budgetEur,
        budgetEurAmfShare: v.budgetEurAmfShare,
        cofinancingRaw: textOrNull(v.cofinancingRaw),
        cofinancingSek: v.cofinancingSek,
        cofinancingEur: v.cofinancingEur,
        periodRaw: textOrNull(v.periodRaw),
        startDate: startOf(v.start),
        startDatePrecision: precisionOf(v.start),
        endDate: endOf(v.end),
        endDatePrecision: precisionOf(v.end),
        extendedEndDate: endOf(v.extendedEnd),
        ongoing: v.ongoing,
        departmentRaw: textOrNull(v.ansvarigAvdelningRaw),
        projectOwnerRaw: textOrNull(v.projektagareRaw),
        statusInDoc: textOrNull(v.statusInDoc),
        endedBeforeDocDate: v.endedBeforeDocDate ?? false,
        changesFromPrevious: changes.length > 0 ? changes.join('\n') : null,
        ...prov.values,
      },
      lookups: { projectId: v.projectKey, previousVersionId: textOrNull(v.previousVersionId), ...prov.lookups },
    });
  });

  const Risks = seed.risks.map((r) => {
    const prov = provenance(docFor(r.seedFile), r);
    return row(r.id, {
      values: {
        Title: cutTitle(r.oonskadHandelse),
        externalId: r.id,
        riskNr: r.nr,
        vorYear: r.docYear,
        kfMal: kfMal(r.kfMalNr, r.kfMal),
        process: r.process,
        arbetssatt: textOrNull(r.arbetssatt),
        oonskadHandelse: r.oonskadHandelse,
        sannolikhet: r.sannolikhet,
        konsekvens: r.konsekvens,
        riskvarde: r.riskvarde,
        riskniva: textOrNull(r.riskniva),
        ikp: r.ikp,
        matrixCell: r.matrixCell ? r.matrixCell.join(',') : null,
        ...prov.values,
      },
      lookups: prov.lookups,
    });
  });

  const Controls = seed.controls.map((c) => {
    const prov = provenance(docFor(c.seedFile), c);
    const genomford = c.genomford === true ? 'Genomförd' : c.genomford === false ? 'Ej genomförd' : null;
    return row(c.id, {
      values: {
        Title: cutTitle(c.kontrollaktivitet),
        externalId: c.id,
        ikpYear: c.docYear,
        planType: c.planType,
        kfMal: kfMal(c.kfMalNr, c.kfMal),
        process: c.process,
        arbetssatt: c.arbetssatt,
        systematiskKontroll: textOrNull(c.systematiskKontroll),
        riskvarde: c.riskvarde,
        oonskadHandelse: textOrNull(c.oonskadHandelse),
        kontrollaktivitet: c.kontrollaktivitet,
        // The system for internal control part-reports the plan in T2 and follows it up fully in VB.
        followUpPoints: c.planType === 'Internkontrollplan' ? ['T2', 'VB'] : ['VB'],
        ...prov.values,
      },
      // Outcome columns are updated by status posts from then on, so the seed only starts them;
      // a control already followed up in the VB starts with that outcome as its status.
      createOnly: { status: genomford ?? 'Ej påbörjad', genomford, resultat: textOrNull(c.resultat) },
      lookups: { riskId: textOrNull(c.riskId), ...prov.lookups },
    });
  });

  const Innovations = seed.innovations.map((i) => {
    const prov = provenance(docFor(i.seedFile), i);
    return row(i.id, {
      values: {
        Title: cutTitle(i.name),
        externalId: i.id,
        typAvInnovation: textOrNull(i.typAvInnovation),
        typAvInnovationText: textOrNull(i.typAvInnovationRaw),
        beskrivning: i.beskrivning,
        tidplanText: textOrNull(i.tidplanRaw),
        startDate: startOf(i.start),
        endDate: endOf(i.end),
        finansiering: i.finansiering,
        budgetRaw: textOrNull(i.budgetRaw),
        budgetSek: i.budgetSek,
        samarbetspartners: textOrNull(i.samarbetspartners),
        ansvarigText: textOrNull(i.ansvarigChefOchLedare),
        year: i.docYear,
        ...prov.values,
      },
      lookups: { projectId: textOrNull(i.projectKey), ...prov.lookups },
      people: { ansvarigChefOchLedareId: nonEmpty(i.ansvarigChefOchLedare) ? [i.ansvarigChefOchLedare] : [] },
    });
  });

  const Procurements = seed.procurements.map((p) => {
    const prov = provenance(docFor(p.seedFile), p);
    return row(p.id, {
      values: {
        Title: cutTitle(p.beskrivning),
        externalId: p.id,
        kategorifamilj: `${p.kategorifamiljKod}, ${p.kategorifamilj}`,
        kategoriklass: `${p.kategoriklassKod}, ${p.kategoriklass}`,
        planeradStart: p.planeradStartRaw,
        avtalsperiodText: textOrNull(p.avtalsperiodRaw),
        avtalsperiodStart: textOrNull(p.avtalsperiodStart),
        avtalsperiodSlut: textOrNull(p.avtalsperiodSlut),
        vardeSek: p.vardeSek,
        vardeText: textOrNull(p.vardeRaw),
        ansvarigNamnd: p.ansvarigNamnd,
        kontaktEpost: p.kontakt,
        avdelning: textOrNull(p.avdelningHarledd),
        planYear: p.docYear,
        ...prov.values,
      },
      lookups: prov.lookups,
    });
  });

  const GrantApplications = seed.grantApplications.map((g) => {
    const prov = provenance(docFor(g.seedFile), g);
    return row(g.id, {
      values: {
        Title: cutTitle(g.name),
        externalId: g.id,
        statsbidrag: g.bidrag,
        sokBeloppRaw: textOrNull(g.sokBeloppRaw),
        sokBeloppSek: g.sokBeloppSek,
        sokandeNamnd: g.sokandeNamnd,
        medsokandeNamnd: textOrNull(g.medsokandeNamnd),
        kontaktpersonText: textOrNull(g.kontaktperson),
        telefon: textOrNull(g.telefon),
        epost: textOrNull(g.epost),
        tidplanText: g.tidplanRaw,
        startDate: startOf(g.start),
        endDate: endOf(g.end),
        tematiskInriktning: g.tematiskInriktning,
        geografisktOmrade: textOrNull(g.geografisktOmrade),
        kostnader: g.kostnader.map((k) => `${k.typ}: ${formatSvNumber(k.sek)} kr`).join('\n'),
        summaKostnaderSek: g.summaKostnaderSek,
        summaFinansieringSek: g.summaFinansieringSek,
        egenFinansieringSek: g.egenFinansieringSek,
        ...prov.values,
      },
      lookups: { projectId: g.projectKey, ...prov.lookups },
      people: { kontaktpersonId: nonEmpty(g.kontaktperson) ? [g.kontaktperson] : [] },
    });
  });

  return { SourceDocuments, Plans, ActionItems, Projects, ProjectVersions, Risks, Controls, Innovations, Procurements, GrantApplications };
}

function show(v: unknown): string {
  return v === null || v === undefined ? '–' : String(v);
}
