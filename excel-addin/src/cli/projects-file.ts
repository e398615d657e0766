import { readFile } from 'node:fs/promises';
import type { ProjectRecord } from '../../../shared/engine';

export type ProjectsRead = { ok: true; projects: ProjectRecord[] } | { ok: false; sv: string; en: string };

/**
 * `--projects`: the nämnd's project list as JSON, an array of Projects list items (or an object with
 * such an array under "projects" or "items"). Each item needs its externalId and title; a list that
 * is not that is refused as a whole, so a half-read list never fills anything.
 */
export async function readProjectsFile(path: string): Promise<ProjectsRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? { ok: false, sv: `Projektlistan ${path} finns inte.`, en: `The project list ${path} does not exist.` }
      : { ok: false, sv: `Projektlistan ${path} kunde inte läsas (${code ?? 'fel'}).`, en: `The project list ${path} could not be read (${code ?? 'error'}).` };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, sv: `Projektlistan ${path} är inte giltig JSON (${detail}).`, en: `The project list ${path} is not valid JSON (${detail}).` };
  }
  const items = Array.isArray(data) ? data : isObject(data) ? (data.projects ?? data.items) : undefined;
  if (!Array.isArray(items)) {
    return { ok: false, sv: `Projektlistan ${path} ska vara en lista av projekt.`, en: `The project list ${path} must be a list of projects.` };
  }
  for (const [i, item] of items.entries()) {
    if (!isObject(item) || typeof item.externalId !== 'string' || item.externalId === '' || typeof item.title !== 'string' || item.title === '') {
      return {
        ok: false,
        sv: `Projekt nr ${i + 1} i ${path} saknar externalId eller title.`,
        en: `Project no. ${i + 1} in ${path} has no externalId or title.`,
      };
    }
  }
  return { ok: true, projects: items as ProjectRecord[] };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}
