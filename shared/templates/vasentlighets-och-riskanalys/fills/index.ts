import matrixClassCounts from './matrix-class-counts';
import riskvarde from './riskvarde';

export const fills = [matrixClassCounts, riskvarde];
