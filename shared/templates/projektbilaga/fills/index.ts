import projektFranListan from './projekt-fran-listan';

export const fills = [projektFranListan];
