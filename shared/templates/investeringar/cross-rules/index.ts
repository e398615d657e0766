import figuresMatchEarlierReport from './figures-match-earlier-report';
import matchesBudgetavrakning from './matches-budgetavrakning';

export const crossRules = [figuresMatchEarlierReport, matchesBudgetavrakning];
