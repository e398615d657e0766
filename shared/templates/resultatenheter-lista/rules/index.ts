import unitsOrNilStatement from './units-or-nil-statement';

export const rules = [unitsOrNilStatement];
