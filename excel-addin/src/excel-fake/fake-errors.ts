/** An error as Office.js raises it from `context.sync()` (OfficeExtension.Error): name, code, message. */
export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }

  get debugInfo(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}

// Messages as Excel words them, so a log from the fake reads like one from Excel.
export const officeErrors = {
  propertyNotLoaded: (name: string) =>
    new FakeOfficeError(
      'PropertyNotLoaded',
      `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    ),
  itemNotFound: () => new FakeOfficeError('ItemNotFound', "The requested resource doesn't exist."),
  invalidArgument: (detail: string) => new FakeOfficeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format. (${detail})`),
  apiNotFound: (api: string, set: string) =>
    new FakeOfficeError('ApiNotFound', `The API you are trying to use could not be found. ${api} needs ExcelApi ${set}, which this Excel does not support.`),
  accessDenied: () => new FakeOfficeError('AccessDenied', 'The cell or chart you are trying to change is on a protected sheet.'),
  mergedRange: () => new FakeOfficeError('InvalidOperation', 'Cannot change part of a merged cell.'),
  cellEditMode: () =>
    new FakeOfficeError(
      'InvalidOperationInCellEditMode',
      "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
    ),
  requestTooLarge: (bytes: number) =>
    new FakeOfficeError('RequestPayloadSizeLimitExceeded', `The request payload size has exceeded the limit (${bytes} bytes).`),
  responseTooLarge: (bytes: number) =>
    new FakeOfficeError('ResponsePayloadSizeLimitExceeded', `The response payload size has exceeded the limit (${bytes} bytes).`),
  tooManyMergedAreas: () => new FakeOfficeError('GeneralException', 'The range has more than 512 merged areas.'),
} as const;
