export * from './address';
export * from './cell';
export * from './sheet';
