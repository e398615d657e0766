// Where a port is really listening, read from the kernel (Linux /proc/net/tcp and tcp6), and
// whether the machine's own non-loopback addresses reach it. A server bound to 0.0.0.0 or :: is
// caught even on a machine without a second interface.

import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';

const LISTEN = '0A';

function ipv4(hex: string): string {
  // The kernel prints the address as one little-endian 32-bit word.
  const bytes = hex.match(/../g)!.map((b) => parseInt(b, 16));
  return bytes.reverse().join('.');
}

function ipv6(hex: string): string {
  const words = hex.match(/.{8}/g)!.map((w) => w.match(/../g)!.reverse().join(''));
  const groups = words.join('').match(/.{4}/g)!.map((g) => parseInt(g, 16).toString(16));
  const full = groups.join(':');
  if (full === '0:0:0:0:0:0:0:0') return '::';
  if (full === '0:0:0:0:0:0:0:1') return '::1';
  if (full.startsWith('0:0:0:0:0:ffff:')) {
    const v4 = words[3]!;
    return `::ffff:${v4.match(/../g)!.map((b) => parseInt(b, 16)).join('.')}`;
  }
  return full;
}

export function procNetAvailable(): boolean {
  return existsSync('/proc/net/tcp');
}

/** Every local address a LISTEN socket on `port` is bound to (e.g. ['127.0.0.1']). */
export function listeningAddresses(port: number): string[] {
  const out: string[] = [];
  for (const [file, decode] of [
    ['/proc/net/tcp', ipv4],
    ['/proc/net/tcp6', ipv6],
  ] as const) {
    if (!existsSync(file)) continue;
    for (const line of readFileSync(file, 'utf8').split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      const [addr, portHex] = (cols[1] ?? '').split(':');
      if (!addr || !portHex || cols[3] !== LISTEN) continue;
      if (parseInt(portHex, 16) === port) out.push(decode(addr));
    }
  }
  return [...new Set(out)].sort();
}

/** The machine's addresses other than loopback (and link-local IPv6, which needs a scope). */
export function externalAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((a): a is NonNullable<typeof a> => !!a && !a.internal && !(a.family === 'IPv6' && a.address.toLowerCase().startsWith('fe80')))
    .map((a) => a.address);
}

/** 'connected', or the error code (ECONNREFUSED, …) from trying `host:port`. */
export function tryConnect(host: string, port: number, timeoutMs = 2000): Promise<string> {
  return new Promise((done) => {
    const socket = connect({ host, port });
    const finish = (result: string) => {
      socket.destroy();
      done(result);
    };
    socket.setTimeout(timeoutMs, () => finish('ETIMEDOUT'));
    socket.once('connect', () => finish('connected'));
    socket.once('error', (e: NodeJS.ErrnoException) => finish(e.code ?? e.message));
  });
}

export function portOf(url: string): number {
  const u = new URL(url);
  return Number(u.port || (u.protocol === 'https:' ? 443 : 80));
}
