export default async function globalTeardown(): Promise<void> {
  const stops = globalThis.__ntmTestServers ?? [];
  globalThis.__ntmTestServers = undefined;
  for (const stop of stops.reverse()) await stop();
}
