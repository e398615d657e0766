// `namndstod sharepoint [--port N] [--data DIR]`: runs the local list service until SIGINT/SIGTERM.

import { readFileSync } from 'node:fs';
import type { AuthorizeHook } from './api-types';
import { namndPolicy } from './namnd-policy';
import type { Persona } from './personas';
import { checkPersonas } from './personas';
import type { ListService } from './service';
import { createListService } from './service';

const USAGE = `Usage: namndstod sharepoint [--port N] [--data DIR] [--personas FILE] [--open] [--quiet]

Runs the local SharePoint-compatible list service on 127.0.0.1.
  --port N          port to listen on (default 4280; 0 picks a free one)
  --data DIR        keep the lists in DIR/lists.sqlite (default: in memory, gone on exit)
  --personas FILE   local users as JSON: [{"token","login","title","groups":[…],"isSiteAdmin"}]
  --open            do not apply the nämnd's write policy (every persona may write anything)
  --quiet           do not log each request
`;

interface Args {
  port: number;
  dataDir?: string;
  personas?: Persona[];
  open: boolean;
  quiet: boolean;
}

function readPersonas(file: string): Persona[] | string {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    if (!Array.isArray(parsed) || parsed.length === 0) return `${file} must hold a non-empty JSON array of personas.`;
    const personas = parsed as Persona[];
    checkPersonas(personas);
    return personas;
  } catch (e) {
    return `Cannot use the personas in ${file}: ${e instanceof Error ? e.message : String(e)}`;
  }
}

function parseArgs(argv: readonly string[]): Args | string {
  const args: Args = { port: 4280, open: false, quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      i++;
      return argv[i];
    };
    if (a === '--port' || a.startsWith('--port=')) {
      const v = value();
      if (v === undefined || !/^\d+$/.test(v) || Number(v) > 65535) return `--port takes a port number (0–65535), not '${v ?? ''}'.`;
      args.port = Number(v);
    } else if (a === '--data' || a.startsWith('--data=')) {
      const v = value();
      if (!v) return '--data takes a directory.';
      args.dataDir = v;
    } else if (a === '--personas' || a.startsWith('--personas=')) {
      const v = value();
      if (!v) return '--personas takes a JSON file.';
      const personas = readPersonas(v);
      if (typeof personas === 'string') return personas;
      args.personas = personas;
    } else if (a === '--open') {
      args.open = true;
    } else if (a === '--quiet') {
      args.quiet = true;
    } else {
      return `Unknown option '${a}'.`;
    }
  }
  return args;
}

export interface RunOptions {
  /** Replaces the nämnd's policy (shared/lists `authorizeWrite`), which applies by default. */
  readonly authorize?: AuthorizeHook;
  /** Resolves once the service listens (for embedding, e.g. `npm start`). */
  readonly onListening?: (service: ListService) => void;
}

export async function runSharePoint(argv: readonly string[], run: RunOptions = {}): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`${args}\n\n${USAGE}`);
    return 2;
  }
  const service = await createListService({
    port: args.port,
    ...(args.dataDir !== undefined ? { dataDir: args.dataDir } : {}),
    ...(args.personas !== undefined ? { personas: args.personas } : {}),
    ...(args.open ? {} : { authorize: run.authorize ?? namndPolicy }),
    ...(args.quiet ? {} : { log: (line: string) => process.stderr.write(`${line}\n`) }),
  });
  const out = process.stdout;
  out.write(`Local SharePoint list service listening on ${service.url}\n`);
  out.write(`Site URL: ${service.siteUrl}\n`);
  out.write(`Data: ${args.dataDir ?? 'in memory (pass --data DIR to keep it)'}\n`);
  out.write(`Write policy: ${args.open ? 'off (--open)' : "the nämnd's (shared/lists authorizeWrite)"}\n`);
  out.write('Personas (send Authorization: Bearer <token>):\n');
  for (const p of service.personas) out.write(`  ${p.token.padEnd(14)} ${p.login} (${p.title}, user id ${p.id})\n`);
  out.write(`Faults: POST ${service.url}/_namndstod/faults {"rate":0.2,"status":429,"retryAfterSeconds":1,"latencyMs":50}\n`);
  run.onListening?.(service);

  return new Promise<number>((resolve) => {
    const stop = (signal: NodeJS.Signals): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`Stopping the local list service (${signal}).\n`);
      service.close().then(
        () => resolve(0),
        () => resolve(1),
      );
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
