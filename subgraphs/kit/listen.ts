import http, { type Server } from 'node:http';
import type { Express } from 'express';
import { badConfig } from './config-error';

/** Listens on `port`, and fails clearly when the port is taken instead of pretending to serve. */
export function listen(app: Express, port: number, variable: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => {
      if (!error) return resolve(server);
      reject(listenError(error, port, variable));
    });
  });
}

const listenError = (error: Error, port: number, variable: string) =>
  (error as NodeJS.ErrnoException).code === 'EADDRINUSE' ? badConfig(`Port ${port} is already in use; stop what runs there or set ${variable}.`) : error;

/** A port held before start-up work: it answers 503 until `serve` hands it the request listener. */
export interface HeldPort {
  server: Server;
  serve(listener: http.RequestListener): void;
}

/**
 * Takes the port first, so a second copy of a process stops before it touches the database.
 * Until `serve`, every request gets 503 (a supervisor's health check sees "not yet").
 */
export function holdPort(port: number, variable: string): Promise<HeldPort> {
  const starting: http.RequestListener = (_req, res) => res.writeHead(503, { 'content-type': 'application/json' }).end('{"status":"starting"}');
  const server = http.createServer(starting);
  return new Promise((resolve, reject) => {
    server.once('error', (error) => reject(listenError(error, port, variable)));
    server.listen(port, () =>
      resolve({
        server,
        serve(listener) {
          server.off('request', starting);
          server.on('request', listener);
        },
      }),
    );
  });
}
