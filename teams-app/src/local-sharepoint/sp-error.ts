// Errors in SharePoint's own shape, so the data layer's error handling is exercised locally exactly
// as it will be against the tenant: `{"odata.error":{"code":"<hresult>, <type>","message":{…}}}`.

export interface LocalizedText {
  readonly sv: string;
  readonly en: string;
}

export class SpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
    /** When present, the message is also available in Swedish (chosen by Accept-Language). */
    readonly localized?: LocalizedText,
  ) {
    super(message);
    this.name = 'SpError';
  }
}

export const codes = {
  argument: '-1, System.ArgumentException',
  itemMissing: '-2147024809, System.ArgumentException',
  invalidQuery: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
  spException: '-2146232832, Microsoft.SharePoint.SPException',
  clientService: '-1, Microsoft.SharePoint.Client.ClientServiceException',
  accessDenied: '-2147024891, System.UnauthorizedAccessException',
  throttled: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
  duplicate: '-2130575169, Microsoft.SharePoint.SPDuplicateValuesFoundException',
  fieldValue: '-2130575155, Microsoft.SharePoint.SPFieldValidationException',
  notSupported: '-1, System.NotSupportedException',
  tooLarge: '-2130575214, Microsoft.SharePoint.SPException',
  serverBusy: '-2147024860, Microsoft.SharePoint.SPServerTooBusyException',
  internal: '-2146233088, System.InvalidOperationException',
} as const;

export const badRequest = (message: string, code: string = codes.invalidQuery): SpError => new SpError(400, code, message);
export const notFound = (message: string, code: string = codes.argument): SpError => new SpError(404, code, message);

export function listViewThresholdError(): SpError {
  return new SpError(500, codes.throttled, 'The attempted operation is prohibited because it exceeds the list view threshold.');
}

/** Verbose clients get `{"error":…}`, everyone else `{"odata.error":…}`, as SharePoint answers. */
export function errorBody(error: SpError, acceptLanguage: string | undefined, verbose = false): string {
  const swedish = error.localized !== undefined && /^\s*sv\b/i.test(acceptLanguage ?? '');
  const value = swedish ? error.localized!.sv : (error.localized?.en ?? error.message);
  const inner = { code: error.code, message: { lang: swedish ? 'sv-SE' : 'en-US', value } };
  return JSON.stringify(verbose ? { error: inner } : { 'odata.error': inner });
}
