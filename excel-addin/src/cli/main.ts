/**
 * `namndstod <command>`: the product's one command-line entry. Commands load lazily so that
 * `validate` never pulls in the list service's native database driver.
 */
import { markHeapOnMainThread } from './batch-heap';

/** batch: goes through workbooks one after another, with no one waiting on a pause (see batch-heap). */
type Command = { summary: string; batch?: boolean; run: (argv: string[]) => Promise<number> };

const commands: Record<string, Command> = {
  start: { summary: 'run the whole product locally (seeded lists, harnesses), URLs printed', run: async (a) => (await import('./start-command')).runStart(a) },
  validate: { summary: 'check templates in .xlsx files', batch: true, run: async (a) => (await import('./validate-command')).runValidate(a) },
  fill: { summary: 'fill computable cells into a new copy of an .xlsx file', batch: true, run: async (a) => (await import('./fill-command')).runFill(a) },
  package: { summary: 'build the production Teams app package, Excel manifest and static files', run: async (a) => (await import('./package-command')).runPackage(a) },
  sharepoint: { summary: 'run the local SharePoint list service', run: async (a) => (await import('../../../teams-app/src/local-sharepoint/cli')).runSharePoint(a) },
  provision: { summary: 'create the SharePoint lists and import the seed data', run: async (a) => (await import('../../../teams-app/src/provisioning/cli')).runProvision(a) },
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
