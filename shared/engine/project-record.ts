import type { ProjectRecord } from './fill';
import { fold } from './recognise-helpers';

/**
 * A project as the fills read it, by the Projects list's internal field names
 * (shared/lists/schemas/projects.ts): title, aliases, budgetSek, cofinancingSek, startDate, endDate,
 * department, financingCategory, role, status. A field of the wrong type counts as missing, so a
 * half-filled list item never writes a wrong value.
 */
export interface ProjectFields {
  readonly id: string;
  readonly title: string;
  /** Former names ("Tidigare namn"), one per line in the list. */
  readonly aliases: readonly string[];
  readonly budgetSek?: number;
  readonly cofinancingSek?: number;
  /** ISO dates (yyyy-mm-dd). */
  readonly startDate?: string;
  readonly endDate?: string;
  readonly department: readonly string[];
  readonly financingCategory?: string;
  readonly role?: string;
  readonly status?: string;
}

const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export function projectFields(p: ProjectRecord): ProjectFields {
  const str = (k: string) => (typeof p[k] === 'string' && (p[k] as string).trim() !== '' ? (p[k] as string).trim() : undefined);
  const amount = (k: string) => (typeof p[k] === 'number' && Number.isFinite(p[k]) ? (p[k] as number) : undefined);
  const day = (k: string) => ISO_DAY.exec(str(k) ?? '')?.[1];
  const department = Array.isArray(p.department)
    ? p.department.filter((d): d is string => typeof d === 'string' && d.trim() !== '')
    : str('department') !== undefined
      ? [str('department')!]
      : [];
  return {
    id: p.externalId,
    title: p.title,
    aliases: (str('aliases') ?? '').split(/\r?\n|;/).map((a) => a.trim()).filter(Boolean),
    budgetSek: amount('budgetSek'),
    cofinancingSek: amount('cofinancingSek'),
    startDate: day('startDate'),
    endDate: day('endDate'),
    department,
    financingCategory: str('financingCategory'),
    role: str('role'),
    status: str('status'),
  };
}

/** Whether a row's name is the project's, under its title or a former name (case, å/ä/ö and spacing ignored). */
export function isProjectNamed(p: ProjectFields, name: string): boolean {
  const n = fold(name).replace(/[\s\-–]+/g, ' ');
  return n !== '' && [p.title, ...p.aliases].some((t) => fold(t).replace(/[\s\-–]+/g, ' ') === n);
}

/** Running at some time in [from, to] (ISO days) and not marked finished. */
export function isActiveBetween(p: ProjectFields, from: string, to: string): boolean {
  if (p.status !== undefined && /^avslutat$/i.test(p.status)) return false;
  return (p.startDate === undefined || p.startDate <= to) && (p.endDate === undefined || p.endDate >= from);
}
