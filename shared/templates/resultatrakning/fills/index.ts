import summaryLines from './summary-lines';
import totalt from './totalt';

export const fills = [summaryLines, totalt];
