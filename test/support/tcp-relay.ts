import { connect, createServer, type Server, type Socket } from 'node:net';

export interface TcpRelay {
  /** `127.0.0.1:<port>`: where clients connect instead of the target. */
  readonly address: string;
  /** The target becomes unreachable: open connections are cut and new ones refused. */
  cut(): Promise<void>;
  /** Connections reach the target again, on the same address. */
  restore(): Promise<void>;
}

/**
 * A loopback TCP relay to a dependency (PostgreSQL, Temporal) that a test can cut and restore:
 * an outage as the API sees it, without stopping a server other tests share.
 */
export async function tcpRelay(target: string): Promise<TcpRelay> {
  const [host, port] = splitAddress(target);
  // Port 0 the first time (the OS picks one no other test can hold); the same port on restore.
  let listenPort = 0;
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  const relay = (client: Socket) => {
    const upstream = connect(port, host);
    const drop = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    sockets.add(client).add(upstream);
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
    client.pipe(upstream).pipe(client);
  };
  const restore = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer(relay).once('error', reject);
      server = listening;
      listening.listen(listenPort, '127.0.0.1', () => {
        const address = listening.address();
        if (typeof address === 'object' && address) listenPort = address.port;
        resolve();
      });
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      sockets.clear();
      if (server) server.close(() => resolve());
      else resolve();
      server = undefined;
    });
  await restore();
  return { address: `127.0.0.1:${listenPort}`, cut, restore };
}

function splitAddress(address: string): [string, number] {
  const index = address.lastIndexOf(':');
  return [address.slice(0, index), Number(address.slice(index + 1))];
}

/** The same PostgreSQL URL, reached through `relay`. */
export function relayedDatabaseUrl(url: string, relay: TcpRelay): string {
  const relayed = new URL(url);
  relayed.host = relay.address;
  return relayed.toString();
}
