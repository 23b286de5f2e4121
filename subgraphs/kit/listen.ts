import type { Server } from 'node:http';
import type { Express } from 'express';
import { badConfig } from './config-error';

/** Listens on `port`, and fails clearly when the port is taken instead of pretending to serve. */
export function listen(app: Express, port: number, variable: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, (error?: Error) => {
      if (!error) return resolve(server);
      const code = (error as NodeJS.ErrnoException).code;
      reject(code === 'EADDRINUSE' ? badConfig(`Port ${port} is already in use; stop what runs there or set ${variable}.`) : error);
    });
  });
}
