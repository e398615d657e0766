import budgetIsAnAmountInKronor from './budget-is-an-amount-in-kronor';
import medfinansieringIsAnAmount from './medfinansiering-is-an-amount';
import medfinansieringWithinBudget from './medfinansiering-within-budget';
import oneMoneyUnit from './one-money-unit';
import ongoingProjectNotEnded from './ongoing-project-not-ended';
import periodHasStartAndEnd from './period-has-start-and-end';
import projectFieldsFilled from './project-fields-filled';

export const rules = [
  budgetIsAnAmountInKronor,
  medfinansieringIsAnAmount,
  medfinansieringWithinBudget,
  oneMoneyUnit,
  ongoingProjectNotEnded,
  periodHasStartAndEnd,
  projectFieldsFilled,
];
