export * from './address';
export * from './cell';
export * from './sheet';
export * from './column-shadow';
