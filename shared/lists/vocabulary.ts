// Exact Swedish strings shared by several lists (lists-schema.md). Choice values are data: a typo
// here would silently split a filter, so every list imports them from this one place.

export const ITEM_STATUSES = ['Ej påbörjad', 'Pågår', 'Genomförd', 'Delvis genomförd', 'Försenad', 'Utgår'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

/** Controls also report "Ingen kontroll är genomförd" (VB 2019). */
export const CONTROL_STATUSES = [...ITEM_STATUSES, 'Ej genomförd'] as const;
export type ControlStatus = (typeof CONTROL_STATUSES)[number];

export const INITIAL_STATUS: ItemStatus = 'Ej påbörjad';

export const REPORTING_POINTS = ['T1', 'T2', 'VB', 'Löpande'] as const;
export type ReportingPoint = (typeof REPORTING_POINTS)[number];

export const TARGET_KINDS = ['Åtgärd', 'Projekt', 'Kontroll'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const STATUS_CHANNELS = ['Teams-chatt', 'Teams-flik', 'Import'] as const;
export type StatusChannel = (typeof STATUS_CHANNELS)[number];

export const DATE_PRECISIONS = ['dag', 'månad', 'säsong', 'år', 'härledd'] as const;

export const DOC_TYPES = ['VP', 'T1', 'T2', 'VB', 'Program', 'Övrigt'] as const;

export const PLAN_TYPES = [
  'Handlingsplan VBE',
  'Lokal handlingsplan kriminalitet',
  'Kompetensförsörjningsplan',
  'Stadsövergripande program',
  'Baskrav informationssäkerhet',
  'KF-budgetuppdrag',
  'Åtagande i löptext',
] as const;

export const DEPARTMENTS = ['Jobbtorg Stockholm', 'Vuxenutbildning Stockholm', 'Utvecklings- och utredningsstaben'] as const;

export const FINANCING_CATEGORIES = [
  'ESF',
  'EaSI',
  'Erasmus+',
  'Europeiska kommissionen',
  'FINSAM',
  'Sociala investeringsfonden',
  'Länsstyrelsen §37',
  'DELMOS',
  'Smart stad',
  'Statsbidrag (förordning 2018:151)',
] as const;

export const FINANCING_CHANNELS = [
  'Samordningsförbundet FINSAM',
  'SKL',
  'Region Stockholm',
  'Startup Stockholm',
  'Rädda Barnen',
] as const;

export const PROJECT_ROLES = ['Projektägare', 'Samarbetspartner', 'Delprojektägare'] as const;

export const KF_MAL = [
  '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
  '1.2 Stockholm är en trygg, säker och välskött stad att bo och vistas i',
  '1.4 I Stockholm får människor i behov av stöd insatser i tid präglade av hög kvalitet, evidens och rättssäkerhet',
  '2.1 Stockholm har Sveriges bästa företagsklimat och ett internationellt konkurrenskraftigt näringsliv',
  '2.2 Stockholm byggs attraktivt, tätt och funktionsblandat utifrån människors och verksamheters skiftande behov',
  '2.5 Stockholm är en hållbar stad med en god livsmiljö',
  '3.1 Stockholm har en budget i balans och långsiktigt hållbara finanser',
  '3.2 Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
] as const;

export const RISK_PROCESSES = [
  'Ansökning och antagning till vuxenutbildning',
  'Beviljade medel (flyktingmottagande)',
  'Deltagarprocess',
  'Införandet av KROM',
  'Insatser Jobbtorg Stockholm',
  'Samhällsvägledning',
  'Återsökning av statsbidrag för vissa flyktingar',
  'Förebygga otillåten påverkan',
  'Systematiskt brandskyddsarbete',
  'Systematiskt arbete för lika rättigheter',
  'Samverkan med näringsliv',
  'Effektiv lokalförsörjning i stadens verksamheter',
  'Systematiskt arbete för hållbara utbildningar och insatser',
  'Budgetföljsamhet',
  'Redovisning',
  'Beställningar och användande av telefoni',
  'Förebygga fusk och oegentligheter i välfärden',
  'Hantera beslut enligt delegation och vidaredelegation',
  'Hantering av information',
  'Inköp och avtalstrohet',
  'Kompetensförsörjning',
  'Kontakt med press/media',
  'Lönehantering',
  'Personaladministration',
  'Rehabilitering',
  'Systematiskt arbetsmiljöarbete',
  'Systematiskt informationssäkerhetsarbete',
] as const;
