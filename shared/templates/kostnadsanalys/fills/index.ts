import budgetEfterJusteringar from './budget-efter-justeringar';
import summaryLines from './summary-lines';

export const fills = [budgetEfterJusteringar, summaryLines];
