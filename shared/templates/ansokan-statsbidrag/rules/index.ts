import amountsAreNumbers from './amounts-are-numbers';
import overheadWithin15PercentOfSalary from './overhead-within-15-percent-of-salary';
import requiredFieldsFilled from './required-fields-filled';
import sectionNumberingComplete from './section-numbering-complete';
import soktBeloppEqualsStatsbidrag from './sokt-belopp-equals-statsbidrag';
import statedArithmeticMatchesAmount from './stated-arithmetic-matches-amount';
import sumLabelsCoverTidplan from './sum-labels-cover-tidplan';
import summaFinansieringEqualsStatsbidragPlusEgen from './summa-finansiering-equals-statsbidrag-plus-egen';
import summaFinansieringEqualsSummaKostnader from './summa-finansiering-equals-summa-kostnader';
import summaKostnaderEqualsSumOfCostLines from './summa-kostnader-equals-sum-of-cost-lines';
import tematiskInriktningChosen from './tematisk-inriktning-chosen';
import tidplanIsAPeriod from './tidplan-is-a-period';

export const rules = [
  amountsAreNumbers,
  overheadWithin15PercentOfSalary,
  requiredFieldsFilled,
  sectionNumberingComplete,
  soktBeloppEqualsStatsbidrag,
  statedArithmeticMatchesAmount,
  sumLabelsCoverTidplan,
  summaFinansieringEqualsStatsbidragPlusEgen,
  summaFinansieringEqualsSummaKostnader,
  summaKostnaderEqualsSumOfCostLines,
  tematiskInriktningChosen,
  tidplanIsAPeriod,
];
