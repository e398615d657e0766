// The three JSON shapes SharePoint answers in: verbose (`d`, `__metadata`, `__next`), minimal
// metadata (`odata.*` annotations; the default for `application/json`) and no metadata.

import type { Format } from './query-options';

export interface Site {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  /** `/sites/amn` */
  readonly path: string;
  readonly url: string;
  readonly siteId: string;
  readonly webId: string;
  readonly title: string;
}

export interface EntityMeta {
  readonly type: string;
  /** Path below `_api/`, e.g. `Web/Lists(guid'…')/Items(3)`. */
  readonly uri: string;
  readonly etag?: string;
}

export type Json = Record<string, unknown>;

export class Renderer {
  constructor(
    readonly site: Site,
    readonly format: Format,
  ) {}

  private abs(uri: string): string {
    return `${this.site.url}/_api/${uri}`;
  }

  /** An entity as it appears inside a collection or as a nested (expanded) value. */
  entity(meta: EntityMeta, props: Json): Json {
    switch (this.format) {
      case 'nometadata':
        return props;
      case 'minimal': {
        const head: Json = { 'odata.type': meta.type, 'odata.id': this.abs(meta.uri) };
        if (meta.etag !== undefined) head['odata.etag'] = meta.etag;
        head['odata.editLink'] = meta.uri;
        return Object.assign(head, props);
      }
      case 'verbose': {
        const m: Json = { id: this.abs(meta.uri), uri: this.abs(meta.uri) };
        if (meta.etag !== undefined) m.etag = meta.etag;
        m.type = meta.type;
        return Object.assign({ __metadata: m }, props);
      }
    }
  }

  /** A top-level single entity response body. */
  single(meta: EntityMeta, props: Json, metadataName: string): string {
    const e = this.entity(meta, props);
    if (this.format === 'verbose') return JSON.stringify({ d: e });
    if (this.format === 'minimal') return JSON.stringify({ 'odata.metadata': `${this.site.url}/_api/$metadata#${metadataName}/@Element`, ...e });
    return JSON.stringify(e);
  }

  /** A top-level value that is not an entity (e.g. contextinfo). */
  value(type: string, props: Json, wrapper?: string): string {
    if (this.format === 'verbose') {
      const inner = { __metadata: { type }, ...props };
      return JSON.stringify({ d: wrapper ? { [wrapper]: inner } : inner });
    }
    if (this.format === 'minimal') return JSON.stringify({ 'odata.metadata': `${this.site.url}/_api/$metadata#${type}`, ...props });
    return JSON.stringify(props);
  }

  /** A collection response; elements already rendered with `entity`. Built as text so big pages stay cheap. */
  collection(elements: readonly Json[], metadataName: string, nextLink?: string): string {
    const parts = elements.map((e) => JSON.stringify(e)).join(',');
    if (this.format === 'verbose') {
      return `{"d":{"results":[${parts}]${nextLink ? `,"__next":${JSON.stringify(nextLink)}` : ''}}}`;
    }
    const head = this.format === 'minimal' ? `"odata.metadata":${JSON.stringify(`${this.site.url}/_api/$metadata#${metadataName}`)},` : '';
    return `{${head}"value":[${parts}]${nextLink ? `,"odata.nextLink":${JSON.stringify(nextLink)}` : ''}}`;
  }

  /** Collection-valued property: an array, or verbose's `{__metadata, results}`. */
  multi(values: readonly unknown[], elementType: string): unknown {
    if (this.format === 'verbose') return { __metadata: { type: `Collection(${elementType})` }, results: values };
    return values;
  }

  /** A collection of entities nested inside another entity (multi-value $expand). */
  nested(elements: readonly Json[]): unknown {
    return this.format === 'verbose' ? { results: elements } : elements;
  }
}

export const etagOf = (version: number): string => `"${version}"`;
export const listUri = (listId: string): string => `Web/Lists(guid'${listId}')`;
