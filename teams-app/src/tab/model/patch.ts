// After a post (or a conflict), the one item and its new status row are folded back into the
// loaded data, so the list, the roll-up and the suggestions agree without reloading everything.

import type { TargetKind } from '../../../../shared/lists';
import type { ActionItem, Control, Project, StatusUpdate } from '../../data/repositories';
import type { TabData } from './tab-data';

export type AnyTarget = ActionItem | Control | Project;

function replace<T extends { Id: number }>(items: readonly T[], next: T): T[] {
  return items.map((i) => (i.Id === next.Id ? next : i));
}

export function withItem(data: TabData, kind: TargetKind, item: AnyTarget): TabData {
  switch (kind) {
    case 'Åtgärd':
      return { ...data, actionItems: replace(data.actionItems, item as ActionItem) };
    case 'Kontroll':
      return { ...data, controls: replace(data.controls, item as Control) };
    case 'Projekt':
      return { ...data, projects: replace(data.projects, item as Project) };
  }
}

export function withStatusUpdate(data: TabData, update: StatusUpdate): TabData {
  if (data.statusUpdates.some((u) => u.Id === update.Id)) return data;
  return { ...data, statusUpdates: [...data.statusUpdates, update] };
}
