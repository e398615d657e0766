import avvikelse from './avvikelse';
import summaryLines from './summary-lines';

export const fills = [avvikelse, summaryLines];
