import { useEffect, type ReactNode } from 'react';
import { t } from '../i18n/fr';

interface HeaderProps {
  /** What the window's title says first (the PDF and the task bar read it too): French, always. */
  pageTitle: string;
  /** The day's session title, once the trainer has set it. */
  session?: string | undefined;
  /** Whose workbook this is. */
  attendee?: string | undefined;
  /** Links of the page (« Espace formateur », « Retour au cahier »…). */
  children?: ReactNode;
}

/** The frame of every screen: the app, the session, whose workbook, and the way back. */
export function Header({ pageTitle, session, attendee, children }: HeaderProps) {
  useEffect(() => {
    document.title = `${pageTitle} — ${t.appNameLong}`;
  }, [pageTitle]);
  return (
    <header className="app-header">
      <div className="app-header-inner">
        <p className="app-brand">
          <span className="app-brand-mark" aria-hidden="true">
            CM
          </span>
          <span className="app-brand-name">{t.appName}</span>
        </p>
        {session || attendee ? (
          <dl className="app-header-context">
            {session ? (
              <div>
                <dt className="visually-hidden">{t.headerSession}</dt>
                <dd className="app-header-session">{session}</dd>
              </div>
            ) : null}
            {attendee ? (
              <div>
                <dt className="visually-hidden">{t.headerAttendee}</dt>
                <dd className="app-header-person" data-testid="header-attendee">
                  {attendee}
                </dd>
              </div>
            ) : null}
          </dl>
        ) : null}
        {children ? (
          <nav aria-label="Navigation" className="app-header-nav">
            {children}
          </nav>
        ) : null}
      </div>
    </header>
  );
}
