import type { SPFI } from '@pnp/sp';
import type { IList } from '@pnp/sp/lists';
import '@pnp/sp/lists';
import type { ListSchema } from '../../../shared/lists';

/** The site's server-relative path (`/sites/amn`), read from the instance's own web URL. */
export function sitePathOf(sp: SPFI): string {
  return new URL(sp.web.toUrl()).pathname.replace(/\/_api\/.*$/i, '').replace(/\/+$/, '');
}

/**
 * A list addressed by its URL (`/sites/amn/Lists/ActionItems`), never by its title: the Swedish
 * title is for people and may be renamed in SharePoint without breaking the product.
 */
export function listRef(sp: SPFI, schema: Pick<ListSchema, 'name'>): IList {
  return sp.web.getList(`${sitePathOf(sp)}/Lists/${schema.name}`);
}
