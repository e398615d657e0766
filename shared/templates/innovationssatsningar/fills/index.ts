import typSpelling from './typ-spelling';

export const fills = [typSpelling];
