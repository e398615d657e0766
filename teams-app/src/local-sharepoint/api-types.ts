import type { LocalizedText } from './sp-error';
import type { Format } from './query-options';
import type { Renderer, Site } from './render';
import type { ListStore, SiteUser } from './store';

export interface ApiRequest {
  /** Effective method: `X-HTTP-Method` (MERGE, DELETE, PATCH, PUT) wins over POST. */
  readonly method: string;
  readonly url: URL;
  /** Lower-cased names. */
  readonly headers: Readonly<Record<string, string | undefined>>;
  readonly body: string;
  readonly user: SiteUser;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Record<string, string>;
  /** Bytes for big item pages, which SQLite renders straight to UTF-8. */
  readonly body: string | Buffer;
}

export type WriteKind = 'item' | 'list' | 'field';
export type WriteOp = 'create' | 'update' | 'delete';

/** What the authorize hook sees: values in SharePoint's no-metadata JSON shape (lookups as `<name>Id`). */
export interface WriteRequest {
  readonly user: SiteUser;
  readonly list: { readonly id: string; readonly title: string; readonly url: string };
  readonly kind: WriteKind;
  readonly op: WriteOp;
  readonly before: Readonly<Record<string, unknown>> | null;
  readonly after: Readonly<Record<string, unknown>> | null;
  /**
   * Reads another item as stored (no-metadata JSON) by list URL name (`ActionItems`) or title, as
   * seen inside this write's transaction; null when it does not exist. Lets a policy look at the
   * item a write refers to (e.g. the action item a status post is about).
   */
  readonly readItem: (list: string, id: number) => Readonly<Record<string, unknown>> | null;
}

export type AuthorizeResult = { readonly ok: true } | { readonly ok: false; readonly reason: LocalizedText };

/**
 * Called for every write, inside the write's transaction and before its response. It must be
 * synchronous (a changeset is one SQLite transaction); a refusal becomes a 403 and nothing of the
 * request (or its changeset) is kept.
 */
export type AuthorizeHook = (write: WriteRequest) => AuthorizeResult;

export interface ApiContext {
  readonly store: ListStore;
  readonly site: Site;
  readonly threshold: number;
  readonly authorize: AuthorizeHook | undefined;
  readonly now: () => string;
}

/** Per-request view of the context. */
export interface Call {
  readonly ctx: ApiContext;
  readonly req: ApiRequest;
  readonly format: Format;
  readonly r: Renderer;
}
