import { useEffect, useRef, useState } from 'react';

import { deliveredFrom, flushOutbox, onOutboxChange, type OutboxEntry, outboxOf } from './outbox';

/**
 * A queue's entries as they change, sent whenever the device is online: when the page opens, when
 * the network comes back, and when asked. `sent` runs after each run that may have sent some;
 * `delivered` counts the entries this tab sent since the last new command.
 */
export function useOutbox<Payload>(
  queue: string,
  send: (payload: Payload, idempotencyKey: string) => Promise<unknown>,
  sent: () => void,
) {
  const [entries, setEntries] = useState<OutboxEntry<Payload>[]>([]);
  const latest = useRef({ send, sent });
  latest.current = { send, sent };
  const flush = async () => {
    await flushOutbox<Payload>(queue, (payload, key) => latest.current.send(payload, key));
    latest.current.sent();
  };
  const flushWhenOnline = useRef(flush);
  flushWhenOnline.current = flush;

  useEffect(() => {
    let live = true;
    const reload = () => void outboxOf<Payload>(queue).then((list) => live && setEntries(list));
    const online = () => {
      if (navigator.onLine) void flushWhenOnline.current();
    };
    reload();
    online();
    const stop = onOutboxChange(reload);
    window.addEventListener('online', online);
    return () => {
      live = false;
      stop();
      window.removeEventListener('online', online);
    };
  }, [queue]);
  // Read at each render: a change of the outbox (an entry sent leaves it) renders again.
  return { entries, flush, delivered: deliveredFrom(queue) };
}
