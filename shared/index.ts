export * from './grid';
export * from './locale';
export * from './engine';
export { templates } from './templates';
