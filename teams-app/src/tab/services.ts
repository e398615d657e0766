import type { SPFI } from '@pnp/sp';
import { createContext, useContext } from 'react';
import type { NamndUser } from '../../../shared/lists';

/** What the components below the app need from the outside world: the data layer and who is signed in. */
export interface TabServices {
  readonly sp: SPFI;
  readonly me: NamndUser;
  readonly userName: (id: number | null | undefined) => string | undefined;
  /** YYYY-MM-DD in Stockholm. */
  readonly today: string;
}

export const ServicesContext = createContext<TabServices | null>(null);

export function useServices(): TabServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('TabServices missing: render inside <ServicesContext.Provider>');
  return services;
}
