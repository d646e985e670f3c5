import { useEffect, useState } from 'react';
import { dashboard as dashboardSchema, type Dashboard } from '../../shared/api/dashboard-schemas';
import { call, isDesktop } from '../api';

/** Electron has no event stream to the main process: its window asks this often instead. */
const POLL_MS = 2000;

export type DashboardLine = 'connecting' | 'live' | 'lost';

/**
 * The dashboard, live. In a browser (the web host on loopback): one
 * Server-Sent Events stream, GET /dashboard/events, pushing the whole
 * dashboard after each change. In Electron: `dashboard.get` over IPC every
 * two seconds (the app:// protocol answers requests, it does not stream).
 * `replace` shows an answer of an action (names shown, lesson moved) at once.
 */
export function useDashboard(): { data: Dashboard | undefined; line: DashboardLine; replace(next: Dashboard): void } {
  const [data, setData] = useState<Dashboard>();
  const [line, setLine] = useState<DashboardLine>('connecting');
  useEffect(() => {
    if (isDesktop()) {
      let live = true;
      const poll = async () => {
        const result = await call('dashboard.get', {});
        if (!live) return;
        if (result.ok) {
          setData(result.value);
          setLine('live');
        } else setLine('lost');
      };
      void poll();
      const timer = setInterval(() => void poll(), POLL_MS);
      return () => {
        live = false;
        clearInterval(timer);
      };
    }
    const events = new EventSource('/dashboard/events');
    events.addEventListener('dashboard', (event) => {
      const parsed = dashboardSchema.safeParse(JSON.parse((event as MessageEvent<string>).data));
      if (!parsed.success) return;
      setData(parsed.data);
      setLine('live');
    });
    // EventSource reconnects by itself; the screen says so meanwhile.
    events.onerror = () => setLine('lost');
    return () => events.close();
  }, []);
  return { data, line, replace: setData };
}
