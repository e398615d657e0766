export * from './sv-format';
export * from './sv-number';
export * from './sv-date';
export * from './interpolate';
export * from './flat-text';
