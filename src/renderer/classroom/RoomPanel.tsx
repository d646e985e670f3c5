import { useEffect, useState } from 'react';
import type { NetworkInterface, RoomState } from '../../shared/api/classroom-schemas';
import { call } from '../api';
import { loadAll } from '../app/loadAll';
import { useLoad } from '../app/useLoad';
import { QrCode } from '../print/QrCode';
import { classroomStrings as s } from './classroom-strings';

/** How often the open room's « connectés » count is refreshed. */
const REFRESH_MS = 3000;

/**
 * « Ouvrir la salle »: the trainer picks the network, and the screen shows
 * what attendees need (address, code, QR code) and how many are connected.
 * Nothing listens beyond this machine until then.
 */
export function RoomPanel() {
  const [data, reload] = useLoad(
    () => loadAll({ state: call('classroom.state', {}), interfaces: call('classroom.interfaces', {}) }),
    [],
  );
  const [room, setRoom] = useState<RoomState>();
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shown = room ?? (data.state === 'ready' ? data.value.state : undefined);

  useEffect(() => {
    if (!shown?.open) return;
    const timer = setInterval(() => {
      void call('classroom.state', {}).then((result) => result.ok && setRoom(result.value));
    }, REFRESH_MS);
    return () => clearInterval(timer);
  }, [shown?.open]);

  const act = async (run: () => ReturnType<typeof call<'classroom.close'>>) => {
    setBusy(true);
    setError(undefined);
    const result = await run();
    setBusy(false);
    if (result.ok) setRoom(result.value);
    else setError(result.error.message);
  };

  return (
    <section aria-labelledby="room-heading" className="room-panel" data-room-state={shown?.open ? 'open' : 'closed'}>
      <h2 id="room-heading">{s.panelHeading}</h2>
      <p className="muted">{s.panelIntro}</p>
      {data.state === 'error' ? (
        <p role="alert" className="error">
          {data.message}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
      {shown?.open ? (
        <OpenRoom room={shown} busy={busy} onClose={() => void act(() => call('classroom.close', {}))} />
      ) : data.state === 'ready' ? (
        <ClosedRoom
          interfaces={data.value.interfaces}
          busy={busy}
          onRefresh={reload}
          onOpen={(address) => void act(() => call('classroom.open', { address }))}
        />
      ) : null}
    </section>
  );
}

function ClosedRoom({
  interfaces,
  busy,
  onOpen,
  onRefresh,
}: {
  interfaces: NetworkInterface[];
  busy: boolean;
  onOpen: (address: string) => void;
  onRefresh: () => void;
}) {
  const [address, setAddress] = useState(interfaces[0]?.address ?? '');
  if (interfaces.length === 0) {
    return (
      <>
        <p role="status">{s.noInterface}</p>
        <button type="button" onClick={onRefresh}>
          {s.refresh}
        </button>
      </>
    );
  }
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        onOpen(address);
      }}
    >
      <p role="status">{s.isClosed}</p>
      <p>
        <label htmlFor="room-interface">{s.interfaceLabel}</label>{' '}
        <select id="room-interface" value={address} onChange={(event) => setAddress(event.target.value)}>
          {interfaces.map((iface) => (
            <option key={`${iface.name}-${iface.address}`} value={iface.address}>
              {s.interfaceOption(iface.name, iface.address)}
            </option>
          ))}
        </select>
      </p>
      <p className="muted">{s.firewall}</p>
      <button type="submit" disabled={busy}>
        {busy ? s.opening : s.open}
      </button>
    </form>
  );
}

function OpenRoom({
  room,
  busy,
  onClose,
}: {
  room: Extract<RoomState, { open: true }>;
  busy: boolean;
  onClose: () => void;
}) {
  return (
    <div className="room-open">
      <p role="status">{s.isOpen}</p>
      <dl className="room-access">
        <dt>{s.urlLabel}</dt>
        <dd className="room-url" data-room-url={room.url}>
          {room.url}
        </dd>
        <dt>{s.codeLabel}</dt>
        <dd className="room-code" data-room-code={room.code}>
          {room.code}
        </dd>
      </dl>
      <QrCode text={room.url} label={s.qrLabel(room.url)} sizeMm={45} />
      <p data-room-connected={room.connected}>{s.connected(room.connected)}</p>
      <button type="button" onClick={onClose} disabled={busy}>
        {busy ? s.closing : s.close}
      </button>
    </div>
  );
}
