import type { Edition, PartnerSheet } from '../../engine';
import type { VorLayout } from '../vasentlighets-och-riskanalys/layout';
import { type VorIndex, vorIndexOf } from './vor-link';

export interface VorPartner {
  readonly partner: PartnerSheet<VorLayout>;
  readonly vor: VorIndex;
}

/**
 * The VoR a plan is drawn from: the first partner of the same plan year (or of no stated year).
 * One plan has one VoR; a VoR of another year says nothing about this plan.
 */
export function vorPartner(edition: Edition, partners: readonly PartnerSheet<VorLayout>[]): VorPartner | undefined {
  for (const partner of partners) {
    if (edition.year !== undefined && partner.edition.year !== undefined && edition.year !== partner.edition.year) continue;
    const vor = vorIndexOf(partner.sheet);
    if (vor) return { partner, vor };
  }
  return undefined;
}
