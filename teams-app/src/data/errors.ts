import { isFunc } from '@pnp/core';

export interface SpHttpError {
  readonly status: number;
  readonly message: string;
}

/** Status and SharePoint's own message from a PnPjs HttpRequestError (or undefined for anything else). */
export async function spHttpError(error: unknown): Promise<SpHttpError | undefined> {
  const e = error as { isHttpRequestError?: boolean; status?: number; response?: Response; message?: string };
  if (!e || e.isHttpRequestError !== true || typeof e.status !== 'number') return undefined;
  let message = e.message ?? '';
  try {
    if (e.response && isFunc(e.response.clone)) {
      const body = (await e.response.clone().json()) as { 'odata.error'?: { message?: { value?: string } }; error?: { message?: { value?: string } | string } };
      const m = body['odata.error']?.message?.value ?? (typeof body.error?.message === 'string' ? body.error.message : body.error?.message?.value);
      if (m) message = m;
    }
  } catch {
    // The body was not JSON or was already read; PnPjs' message stays.
  }
  return { status: e.status, message };
}

export function httpStatusOf(error: unknown): number | undefined {
  const e = error as { isHttpRequestError?: boolean; status?: number };
  return e && e.isHttpRequestError === true && typeof e.status === 'number' ? e.status : undefined;
}
