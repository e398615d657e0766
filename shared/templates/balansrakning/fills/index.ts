import summaryLines from './summary-lines';
import ubTotalt from './ub-totalt';

export const fills = [summaryLines, ubTotalt];
