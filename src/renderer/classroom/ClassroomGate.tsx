import { useEffect, type ReactNode } from 'react';
import { useLocation } from 'wouter';
import type { Profile } from '../../shared/api/index';
import { call } from '../api';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { classroomStrings as s } from './classroom-strings';
import { JoinPage } from './JoinPage';
import { setAttendeePage } from './role';
import { useRoomLine } from './room-line';

/**
 * Who the page is for, asked of the host once (`classroom.me`): the trainer
 * sees the app as it is; someone on the room's address who has not joined
 * gets the join page; an attendee sees their own workbook only. The host
 * refuses the rest anyway — this only keeps an attendee off pages that would fail.
 */
export function ClassroomGate({ children }: { children: ReactNode }) {
  const [me, reload] = useLoad(() => call('classroom.me', {}), []);
  if (me.state !== 'ready') return <Page load={me}>{() => null}</Page>;
  const who = me.value;
  if (who.role === 'visitor') return <JoinPage onJoined={reload} />;
  if (who.role === 'attendee') return <AttendeeFrame profile={who.profile}>{children}</AttendeeFrame>;
  return <>{children}</>;
}

/** An attendee's own pages: their workbook, its lessons and its print view. */
const ownPath = (path: string, profileId: string) =>
  path === `/p/${profileId}` || path.startsWith(`/p/${profileId}/`) || path.startsWith(`/print/${profileId}`);

function AttendeeFrame({ profile, children }: { profile: Profile; children: ReactNode }) {
  const [location, navigate] = useLocation();
  const line = useRoomLine();
  const allowed = ownPath(location, profile.id);
  useEffect(() => setAttendeePage(true), []);
  useEffect(() => {
    if (!allowed) navigate(`/p/${profile.id}`, { replace: true });
  }, [allowed, navigate, profile.id]);
  return (
    <>
      {line === 'closed' ? (
        <p role="alert" className="room-banner room-banner--closed" data-room-line="closed">
          {s.roomClosed}
        </p>
      ) : null}
      {line === 'offline' ? (
        <p role="status" className="room-banner" data-room-line="offline">
          {s.offline}
        </p>
      ) : null}
      {allowed ? children : null}
    </>
  );
}
