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

  /** Opening text of `entity(meta, …)` as JSON, for writers that emit properties themselves. */
  entityPrefix(meta: EntityMeta): string {
    switch (this.format) {
      case 'nometadata':
        return '{';
      case 'minimal':
        return `{"odata.type":${JSON.stringify(meta.type)},"odata.id":${JSON.stringify(this.abs(meta.uri))},${
          meta.etag !== undefined ? `"odata.etag":${JSON.stringify(meta.etag)},` : ''
        }"odata.editLink":${JSON.stringify(meta.uri)},`;
      case 'verbose': {
        const abs = JSON.stringify(this.abs(meta.uri));
        return `{"__metadata":{"id":${abs},"uri":${abs},${meta.etag !== undefined ? `"etag":${JSON.stringify(meta.etag)},` : ''}"type":${JSON.stringify(meta.type)}},`;
      }
    }
  }

  /** Closes text opened by `entityPrefix`; `empty` when no property followed. */
  entitySuffix(text: string, empty: boolean): string {
    return empty && this.format !== 'nometadata' ? `${text.slice(0, -1)}}` : `${text}}`;
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

  /**
   * A collection response. `elements`: entities rendered with `entity`, or the elements already as
   * comma-joined JSON text. Built as text so big pages stay cheap.
   */
  collection(elements: readonly Json[] | string, metadataName: string, nextLink?: string): string {
    const parts = typeof elements === 'string' ? elements : elements.map((e) => JSON.stringify(e)).join(',');
    const [head, tail] = this.collectionFrame(metadataName, nextLink);
    return `${head}${parts}${tail}`;
  }

  /** The same, around elements that are already UTF-8 bytes. */
  collectionBytes(elements: Buffer, metadataName: string, nextLink?: string): Buffer {
    const [head, tail] = this.collectionFrame(metadataName, nextLink);
    return Buffer.concat([Buffer.from(head), elements, Buffer.from(tail)]);
  }

  private collectionFrame(metadataName: string, nextLink: string | undefined): [string, string] {
    if (this.format === 'verbose') return ['{"d":{"results":[', `]${nextLink ? `,"__next":${JSON.stringify(nextLink)}` : ''}}}`];
    const head = this.format === 'minimal' ? `"odata.metadata":${JSON.stringify(`${this.site.url}/_api/$metadata#${metadataName}`)},` : '';
    return [`{${head}"value":[`, `]${nextLink ? `,"odata.nextLink":${JSON.stringify(nextLink)}` : ''}}`];
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
