import reconcilesWithSeparateResultatrakning from './reconciles-with-separate-resultatrakning';

export const crossRules = [reconcilesWithSeparateResultatrakning];
