/**
 * Lets idle loops sleep until either events are announced or their poll interval ends. A loop
 * passes the generation it saw before reading, so an announcement made while it was reading
 * is not lost.
 */
export class WakeUp {
  private count = 0;
  private readonly sleepers = new Set<() => void>();

  get generation(): number {
    return this.count;
  }

  wake(): void {
    this.count += 1;
    for (const sleeper of [...this.sleepers]) sleeper();
  }

  sleep(seenGeneration: number, timeoutMs: number): Promise<void> {
    if (seenGeneration !== this.count) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, timeoutMs);
      this.sleepers.add(done);
    });
  }
}
