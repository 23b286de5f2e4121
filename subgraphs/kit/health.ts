import http from 'node:http';
import type { Request, Response } from 'express';

/**
 * Whether `url` answers HTTP 200 within `timeoutMs`. node:http, not fetch: fetch refuses
 * some ports outright (6000, for example), so a process there would never count as up.
 */
export function probe(url: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(false));
  });
}

/** Which of the named `/health` URLs do not answer 200 in time (asked in parallel). */
export async function notAnswering(healthUrls: Record<string, string>, timeoutMs: number): Promise<string[]> {
  const answers = await Promise.all(Object.entries(healthUrls).map(async ([name, url]) => ((await probe(url, timeoutMs)) ? [] : [name])));
  return answers.flat();
}

/**
 * `/ready`: 200 when every dependency answers, else 503 naming the ones that do not.
 * `check` returns the names of the dependencies that are down.
 */
export function readyEndpoint(service: string, check: () => Promise<string[]>) {
  return async (_req: Request, res: Response) => {
    const down = await check().catch(() => ['self']);
    res.status(down.length ? 503 : 200).json({ status: down.length ? 'unavailable' : 'ready', service, ...(down.length && { down }) });
  };
}
