/**
 * `namndstod <command>`: the product's one command-line entry. Each command is a bundle of its own
 * beside this one (see build-node.mjs), loaded when it is asked for: `validate` loads the reader,
 * the engine and the templates, never the list service's database driver, the Teams SDK or the
 * packager. Measured on one 200 000-cell workbook, `namndstod validate` ran in 317 ms (median of
 * 11 fresh processes) when all commands were one bundle, and in 246 ms with its own.
 */
import { join } from 'node:path';
import { markHeapOnMainThread } from './batch-heap';

/** batch: goes through workbooks one after another, with no one waiting on a pause (see batch-heap). */
type Command = { summary: string; batch?: boolean; run: (argv: string[]) => Promise<number> };

/**
 * Node 22.1 and newer keep V8's compiled code of the modules loaded after this call, in the
 * directory NODE_COMPILE_CACHE names or else the system's temporary one (as TypeScript's own CLI
 * does), so that later runs skip compiling the command's bundle. Measured on Node 22.23 with one
 * 200 000-cell workbook: `namndstod validate` 220 ms without, 201 ms with (medians of 11). Node 20
 * has no such cache, and this does nothing there.
 */
function keepCompiledCode(): void {
  const { enableCompileCache } = require('node:module') as { enableCompileCache?: () => unknown };
  enableCompileCache?.();
}

/** The command's bundle, `namndstod-<name>.cjs` beside this one; M is the module it is built from. */
function commandBundle<M>(name: string): M {
  keepCompiledCode();
  return require(join(__dirname, `namndstod-${name}.cjs`)) as M;
}

const commands: Record<string, Command> = {
  start: {
    summary: 'run the whole product locally (seeded lists, harnesses), URLs printed',
    run: (a) => commandBundle<typeof import('./start-command')>('start').runStart(a),
  },
  validate: {
    summary: 'check templates in .xlsx files',
    batch: true,
    run: (a) => commandBundle<typeof import('./validate-command')>('validate').runValidate(a),
  },
  fill: {
    summary: 'fill computable cells into a new copy of an .xlsx file',
    batch: true,
    run: (a) => commandBundle<typeof import('./fill-command')>('fill').runFill(a),
  },
  package: {
    summary: 'build the production Teams app package, Excel manifest and static files',
    run: (a) => commandBundle<typeof import('./package-command')>('package').runPackage(a),
  },
  sharepoint: {
    summary: 'run the local SharePoint list service',
    run: (a) => commandBundle<typeof import('../../../teams-app/src/local-sharepoint/cli')>('sharepoint').runSharePoint(a),
  },
  provision: {
    summary: 'create the SharePoint lists and import the seed data',
    run: (a) => commandBundle<typeof import('../../../teams-app/src/provisioning/cli')>('provision').runProvision(a),
  },
};

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(12)}${c.summary}`);
  return `Usage: namndstod <command> [options]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h') {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`Unknown command '${name}'.\n${usage()}`);
    return 2;
  }
  if (command.batch) markHeapOnMainThread();
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`namndstod: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 2;
  },
);
