import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpuMs, pidListeningOn, rssMb } from './processes';

describe('benchmark process readings from /proc', () => {
  it('counts the CPU a process spends', () => {
    const before = cpuMs(process.pid)!;
    const until = Date.now() + 10_000; // on a loaded machine, wall time buys less CPU
    while (Date.now() < until && cpuMs(process.pid)! - before < 50);
    expect(cpuMs(process.pid)! - before).toBeGreaterThanOrEqual(50);
  });

  it('reads resident memory in MB', () => {
    expect(rssMb(process.pid)).toBeGreaterThan(10);
    expect(cpuMs(2 ** 30)).toBeUndefined();
  });

  it('finds the process listening on a port', async () => {
    const server = http.createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    try {
      expect(pidListeningOn((server.address() as AddressInfo).port)).toBe(process.pid);
    } finally {
      server.close();
    }
  });
});
