// Every local server the product starts listens on 127.0.0.1 only: the kernel's socket table says
// so, and the machine's own non-loopback addresses do not reach it. The local services take
// persona names as tokens and the local chat service skips Teams' token validation, so anything
// reachable from the network would be an open door.

import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startExcelHarness } from '../../excel-addin/src/harness/server';
import { startChatService } from '../../teams-app/src/bot/chat-service';
import { startChatHarness } from '../../teams-app/src/chat-harness/server';
import { createListService } from '../../teams-app/src/local-sharepoint';
import { startTeamsHost } from '../../teams-app/src/teams-host/server';
import { assertBuiltCli, CLI } from '../excel-addin/cli/run-cli';
import { externalAddresses, listeningAddresses, portOf, procNetAvailable, tryConnect } from './support/listening';

jest.setTimeout(60_000);

interface Exposure {
  readonly url: string;
  readonly host: string;
  /** Addresses the kernel has the port bound to (empty when /proc is not there). */
  readonly boundTo: readonly string[];
  readonly fromLoopback: string;
  /** For each non-loopback address of this machine: 'connected' or the error. */
  readonly fromOutside: Readonly<Record<string, string>>;
}

async function exposure(url: string): Promise<Exposure> {
  const port = portOf(url);
  const fromOutside: Record<string, string> = {};
  for (const address of externalAddresses()) fromOutside[address] = await tryConnect(address, port);
  return { url, host: new URL(url).hostname, boundTo: procNetAvailable() ? listeningAddresses(port) : [], fromLoopback: await tryConnect('127.0.0.1', port), fromOutside };
}

function expectLoopbackOnly(e: Exposure): void {
  expect(e.host).toBe('127.0.0.1');
  expect(e.fromLoopback).toBe('connected');
  if (procNetAvailable()) expect(e.boundTo).toEqual(['127.0.0.1']);
  for (const result of Object.values(e.fromOutside)) expect(result).not.toBe('connected');
}

beforeAll(() => {
  const outside = externalAddresses();
  process.stdout.write(
    outside.length
      ? `loopback: also trying this machine's non-loopback addresses ${outside.join(', ')}\n`
      : 'loopback: this machine has no non-loopback address; the kernel socket table is the only evidence\n',
  );
});

describe('local servers listen on 127.0.0.1 only', () => {
  it('the check itself tells a server on all interfaces from a loopback one', async () => {
    const open: Server = createServer((_, res) => res.end('ok'));
    await new Promise<void>((r) => open.listen(0, () => r()));
    try {
      const port = (open.address() as AddressInfo).port;
      const e = await exposure(`http://127.0.0.1:${port}/`);
      expect(e.fromLoopback).toBe('connected');
      if (procNetAvailable()) expect(e.boundTo).not.toEqual(['127.0.0.1']);
      for (const result of Object.values(e.fromOutside)) expect(result).toBe('connected');
      expect(() => expectLoopbackOnly(e)).toThrow();
    } finally {
      await new Promise((r) => open.close(r));
    }
  });

  it('the local SharePoint list service', async () => {
    const service = await createListService({ port: 0 });
    try {
      expectLoopbackOnly(await exposure(service.url));
    } finally {
      await service.close();
    }
  });

  it('the Excel harness (the simulated Excel with the task pane)', async () => {
    const harness = await startExcelHarness({ webRoot: tmpdir() });
    try {
      expectLoopbackOnly(await exposure(harness.url));
    } finally {
      await harness.close();
    }
  });

  it('the Teams host harness: the host page and the tab with its list proxy', async () => {
    const host = await startTeamsHost({ listServiceUrl: 'http://127.0.0.1:9' });
    try {
      expectLoopbackOnly(await exposure(host.url));
      expectLoopbackOnly(await exposure(host.tabUrl));
    } finally {
      await host.close();
    }
  });

  it('the chat service in local mode, which refuses any address but loopback', async () => {
    const service = await startChatService({ siteUrl: 'http://127.0.0.1:9/sites/amn', local: true, port: 0, log: () => undefined });
    try {
      expectLoopbackOnly(await exposure(service.url));
    } finally {
      await service.close();
    }
    await expect(startChatService({ siteUrl: 'http://127.0.0.1:9/sites/amn', local: true, port: 0, host: '0.0.0.0', log: () => undefined })).rejects.toThrow(/127\.0\.0\.1/);
  });

  it('the chat harness (the stand-in Teams client and Bot Connector)', async () => {
    const harness = await startChatHarness({ botUrl: 'http://127.0.0.1:9' });
    try {
      expectLoopbackOnly(await exposure(harness.url));
    } finally {
      await harness.close();
    }
  });

  describe('namndstod start', () => {
    let child: ChildProcess | undefined;
    let dataDir = '';
    afterEach(async () => {
      if (child && child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((r) => child!.once('exit', r));
        child.kill('SIGKILL');
        await exited;
      }
      if (dataDir) rmSync(dataDir, { recursive: true, force: true });
    });

    it('every URL it prints is on 127.0.0.1 and unreachable from outside; Ctrl-C stops it', async () => {
      assertBuiltCli();
      dataDir = mkdtempSync(join(tmpdir(), 'namndstod-start-'));
      const proc = spawn(process.execPath, [CLI, 'start', '--port', '0', '--data', dataDir], {
        cwd: dataDir,
        env: { PATH: process.env.PATH, NAMNDSTOD_CHROMIUM: process.env.NAMNDSTOD_CHROMIUM },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = proc;
      let stdout = '';
      let stderr = '';
      proc.stdout!.setEncoding('utf8').on('data', (s: string) => (stdout += s));
      proc.stderr!.setEncoding('utf8').on('data', (s: string) => (stderr += s));
      const exited = new Promise<number | null>((r) => proc.once('exit', (code) => r(code)));
      await new Promise<void>((ready, fail) => {
        const timer = setTimeout(() => fail(new Error(`namndstod start printed no ready line in 45 s.\nstdout:\n${stdout}\nstderr:\n${stderr}`)), 45_000);
        const check = () => {
          if (/Ctrl-C/.test(stdout)) {
            clearTimeout(timer);
            // The service blocks follow the ready line in the same write; give them a moment.
            setTimeout(ready, 200);
          }
        };
        proc.stdout!.on('data', check);
        void exited.then((code) => {
          clearTimeout(timer);
          fail(new Error(`namndstod start exited (${code}) before it was ready.\n${stderr}`));
        });
      });
      const urls = [...new Set([...stdout.matchAll(/\bhttps?:\/\/[^\s,)]+/g)].map((m) => m[0]))];
      expect(urls.length).toBeGreaterThan(0);
      const origins = [...new Map(urls.map((u) => [new URL(u).origin, u])).values()];
      for (const url of origins) expectLoopbackOnly(await exposure(url));
      proc.kill('SIGINT');
      expect(await exited).toBe(0);
    });
  });
});
