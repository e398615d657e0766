import type { SeedActionItem, SeedData } from '../../../../teams-app/src/provisioning/seed-mapping';
import { loadSeed } from '../../provisioning/local-site';

/** An action item as seed-items.json has it, with the check-points the research derived (lists-schema.md §2). */
export interface ScheduledSeedAction extends SeedActionItem {
  readonly followUpSchedule: readonly { readonly point: 'T1' | 'T2' | 'VB'; readonly year: number; readonly periodEnd: string }[];
}

export function loadScheduledSeed(): Omit<SeedData, 'actionItems'> & { readonly actionItems: readonly ScheduledSeedAction[] } {
  return loadSeed() as ReturnType<typeof loadScheduledSeed>;
}
