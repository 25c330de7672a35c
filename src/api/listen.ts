// Puts the API on a Node HTTP server and resolves once it listens.

import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiDeps } from './context.ts';
import { createApi } from './server.ts';

/** The HTTP port is taken: a user-facing, expected failure. */
export class PortInUseError extends Error {
  constructor(port: number) {
    super(`port ${port} is already in use; stop what holds it or set KG_PORT`);
    this.name = 'PortInUseError';
  }
}

export interface RunningApi {
  url: string;
  close(): Promise<void>;
}

export async function listenApi(deps: ApiDeps, host: string, port: number): Promise<RunningApi> {
  const api = createApi(deps);
  const server: Server = createServer(api);
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(port) : error),
    );
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  return {
    url: `http://${shownHost}:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
