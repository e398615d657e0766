import shares from './shares';
import totals from './totals';

export const fills = [shares, totals];
