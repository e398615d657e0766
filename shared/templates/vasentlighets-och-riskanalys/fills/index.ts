import riskvarde from './riskvarde';

export const fills = [riskvarde];
