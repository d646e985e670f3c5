import { useEffect, useState } from 'react';
import { flushAll } from '../answers/flush-registry';

export type RoomLine = 'connecting' | 'open' | 'offline' | 'closed';

/**
 * The attendee page's line to the room (GET /room/events): counted as
 * « connecté » on the trainer's panel while it is open, told `closed` when
 * the trainer closes the room. A dropped line (Wi-Fi) reconnects by itself;
 * when it is back, every answer waiting to be saved is sent.
 */
export function useRoomLine(): RoomLine {
  const [line, setLine] = useState<RoomLine>('connecting');
  useEffect(() => {
    const events = new EventSource('/room/events');
    events.addEventListener('open', () => {
      setLine('open');
      void flushAll();
    });
    events.addEventListener('closed', () => {
      events.close();
      setLine('closed');
    });
    events.onerror = () => setLine((current) => (current === 'closed' ? current : 'offline'));
    return () => events.close();
  }, []);
  return line;
}
