// Each item row carries its default no-metadata JSON properties, rendered when the item is
// written (and again for the whole list when a column changes). A page of the default projection
// is then string concatenation in SQLite instead of building JSON per item per read.

import { ItemRenderer } from './item-render';
import type { ItemData } from './item-values';
import type { Site } from './render';
import { Renderer } from './render';
import type { ListInfo, ListStore } from './store';

export class ItemBodies {
  private readonly renderer: ItemRenderer;

  constructor(store: ListStore, site: Site, list: ListInfo) {
    this.renderer = new ItemRenderer(store, list, new Renderer(site, 'nometadata'), {});
  }

  /** The properties without the enclosing braces. */
  body(id: number, version: number, data: ItemData): string {
    return this.renderer.renderText(id, version, data).slice(1, -1);
  }

  /** Re-renders every item after a column change; part of the same transaction as the change. */
  static refresh(store: ListStore, site: Site, listKey: number): void {
    const list = store.listByKey(listKey);
    if (!list) return;
    const bodies = new ItemBodies(store, site, list);
    for (const item of store.allItems(listKey)) store.setBody(listKey, item.id, bodies.body(item.id, item.version, item.data), list.schemaRev);
  }
}
