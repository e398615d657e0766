import type { OfficeApi } from './excel-api';

/**
 * What this Excel can do beyond the manifest's minimum (ExcelApi 1.7, Office 2019 and later):
 * notes need 1.18 (Microsoft 365 only), merged-area reads 1.13, settings 1.4.
 */
export interface ExcelFeatures {
  readonly notes: boolean;
  readonly mergedAreas: boolean;
  readonly settings: boolean;
}

export function detectFeatures(office: OfficeApi): ExcelFeatures {
  const has = (v: string) => office.context.requirements.isSetSupported('ExcelApi', v);
  return { notes: has('1.18'), mergedAreas: has('1.13'), settings: has('1.4') };
}
