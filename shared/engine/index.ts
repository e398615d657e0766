export * from './rule';
export * from './problem';
export * from './template';
export * from './validate';
export * from './fill';
export * from './cell-values';
export * from './recognise-helpers';
export * from './reworded';
export * as checks from './checks';
