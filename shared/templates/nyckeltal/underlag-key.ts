import { fold } from '../../engine';

/**
 * What an underlag counts, with the wording that varies between blocks taken away: "Antal
 * tillsvidare-anställningar" and "Totala antalet tillsvidare-anställningar" are one quantity.
 * Shares ("Andel … (%)") are kept apart from counts by their own words.
 */
export function underlagKey(header: string): string {
  return fold(header)
    .replace(/([a-z])-\s*([a-z])/g, '$1$2')
    .replace(/^(totala antalet|totalt antal|antalet|antal)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}
