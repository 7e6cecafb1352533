import type { ProjectionRunner } from '@ntm/projections';

import { until } from './until';

/**
 * Catches the projections up until `read` finds at least `count` rows. A runner reads only events no older
 * transaction of the cluster may still precede, so on a machine busy with other suites one pass
 * can read nothing yet: wait for the rows, never for a pace.
 */
export function projectedRows<Row>(
  runner: ProjectionRunner,
  names: readonly string[],
  read: () => Promise<Row[]>,
  count = 1,
): Promise<Row[]> {
  return until(
    async () => {
      for (const name of names) await runner.catchUp(name);
      const rows = await read();
      return rows.length >= count && rows;
    },
    `${names.join(', ')} projected`,
  );
}
