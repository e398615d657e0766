export * from './sv-format';
export * from './sv-number';
export * from './interpolate';
