import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * `namndstod start` (what `npm start` runs): the whole product on this machine, on its embedded
 * defaults — the local SharePoint list service seeded with the nämnd's real items, the task-pane
 * harness with the template fixtures, the Teams tab in its host harness, the chat service and its
 * harness — all on 127.0.0.1, URLs printed, everything stopped cleanly on Ctrl-C.
 */

export interface Running {
  readonly name: string;
  readonly lines: readonly string[];
  close(): Promise<void>;
}

interface StartOptions {
  readonly dataDir: string;
  readonly basePort: number;
  readonly fresh: boolean;
}

const USAGE = `Usage: namndstod start [--data DIR] [--port N] [--fresh]

Runs Nämndstöd locally on 127.0.0.1 with seeded data and prints the URLs.
  --data DIR  where the local lists are kept (default .data/ in the current folder)
  --port N    first port to use (default 4280; the services take N, N+1, …; 0 = any free ports)
  --fresh     start from an empty list database (the seed is imported again)
`;

function parse(argv: readonly string[]): StartOptions | string {
  let dataDir = resolve('.data');
  let basePort = 4280;
  let fresh = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--data') dataDir = resolve(argv[++i] ?? '');
    else if (a === '--port') {
      const v = argv[++i] ?? '';
      if (!/^\d+$/.test(v) || Number(v) > 65_000) return `--port takes a number (0–65000), not '${v}'.`;
      basePort = Number(v);
    } else if (a === '--fresh') fresh = true;
    else return `Unknown option '${a}'.`;
  }
  return { dataDir, basePort, fresh };
}

async function startExcel(port: number, fixturesDir: string): Promise<Running> {
  // A sibling bundle (see build-node.mjs): the fixture generator is test code, not product code.
  const { writeAllFixtures } = require(join(__dirname, 'write-fixtures.cjs')) as { writeAllFixtures(dir: string): Promise<string[]> };
  const files = await writeAllFixtures(fixturesDir);
  const { startExcelHarness } = await import('../harness/server');
  const harness = await startExcelHarness({ port, fixturesDir });
  return {
    name: 'Excel-tilläggets aktivitetsfönster (harness med mallfiler)',
    lines: [`${harness.url}`, `${files.length} mallfiler förladdade från ${fixturesDir}`],
    close: () => harness.close(),
  };
}

async function startTab(port: number, tabPort: number, listServiceUrl: string): Promise<Running> {
  const { startTeamsHost } = await import('../../../teams-app/src/teams-host/server');
  const host = await startTeamsHost({ port, tabPort, listServiceUrl });
  return {
    name: 'Teams-fliken (i en lokal Teams-värd)',
    lines: [`${host.url}  (värd med tema- och användarval)`, `${host.tabUrl}  (fliken som vanlig sida)`],
    close: () => host.close(),
  };
}

async function startChat(botPort: number, harnessPort: number, siteUrl: string): Promise<Running> {
  const { startChatService } = await import('../../../teams-app/src/bot/chat-service');
  const { startChatHarness } = await import('../../../teams-app/src/chat-harness/server');
  const bot = await startChatService({ siteUrl, local: true, port: botPort, log: (l) => process.stderr.write(`chat: ${l}\n`) });
  const harness = await startChatHarness({ port: harnessPort, botUrl: bot.url }).catch(async (error: unknown) => {
    await bot.close();
    throw error;
  });
  return {
    name: 'Teams-chatten (lokal chatt mot bottjänsten)',
    lines: [`${harness.url}`, `Bottjänst: ${bot.messagingUrl} (lokalt läge: ingen tokenkontroll, bara 127.0.0.1)`],
    close: async () => {
      await harness.close();
      await bot.close();
    },
  };
}

export async function runStart(argv: string[]): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(USAGE);
    return 0;
  }
  const options = parse(argv);
  if (typeof options === 'string') {
    process.stderr.write(`${options}\n\n${USAGE}`);
    return 2;
  }
  const port = (offset: number) => (options.basePort === 0 ? 0 : options.basePort + offset);
  mkdirSync(options.dataDir, { recursive: true });
  const running: Running[] = [];
  const stopAll = async () => {
    for (const r of [...running].reverse()) await r.close().catch(() => undefined);
  };
  try {
    const lists = await (await import('./start-lists')).startLists({ port: port(0), dataDir: join(options.dataDir, 'lists'), fresh: options.fresh });
    running.push(lists);
    running.push(await startExcel(port(1), join(options.dataDir, 'fixtures')));
    running.push(await startTab(port(2), port(3), lists.url));
    running.push(await startChat(port(4), port(5), lists.siteUrl));
  } catch (error) {
    await stopAll();
    process.stderr.write(`namndstod start: could not start: ${(error as Error).message}\n`);
    return 1;
  }
  process.stdout.write('\nNämndstöd körs lokalt (127.0.0.1). Stoppa med Ctrl-C.\n\n');
  for (const r of running) process.stdout.write(`${r.name}\n${r.lines.map((l) => `  ${l}`).join('\n')}\n\n`);

  return new Promise<number>((done) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write(`Stopping (${signal}) …\n`);
      stopAll().then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
