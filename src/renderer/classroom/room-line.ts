import { useEffect, useState } from 'react';
import { flushAll } from '../answers/flush-registry';
import { refreshPace, startPace } from '../dashboard/pace';

export type RoomLine = 'connecting' | 'open' | 'offline' | 'closed';

/**
 * The attendee page's line to the room (GET /room/events): counted as
 * « connecté » on the trainer's panel while it is open, told `closed` when
 * the trainer closes the room. A dropped line (Wi-Fi) reconnects by itself;
 * when it is back, every answer waiting to be saved is sent.
 */
export function useRoomLine(): RoomLine {
  // Rendered for attendees only: the lockstep applies from this first render on, before any lesson shows.
  const [line, setLine] = useState<RoomLine>(() => (startPace(), 'connecting'));
  useEffect(() => {
    const events = new EventSource('/room/events');
    events.addEventListener('open', () => {
      setLine('open');
      void flushAll();
      // Back after a drop: the room may have moved on meanwhile.
      void refreshPace();
    });
    // The trainer moved the lockstep or revealed a correction.
    events.addEventListener('pace', () => void refreshPace());
    events.addEventListener('closed', () => {
      events.close();
      setLine('closed');
    });
    events.onerror = () => setLine((current) => (current === 'closed' ? current : 'offline'));
    return () => events.close();
  }, []);
  return line;
}
