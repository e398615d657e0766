export { createListService } from './service';
export type { ListService, ListServiceOptions, SeedOptions, ServicePersona } from './service';
export type { AuthorizeHook, AuthorizeResult, WriteKind, WriteOp, WriteRequest } from './api-types';
export type { Faults } from './faults';
export { DEFAULT_PERSONAS, claimsLogin } from './personas';
export type { Persona } from './personas';
export type { LocalizedText } from './sp-error';
export type { SiteUser } from './store';
export { runSharePoint } from './cli';
