import type { ReactNode } from 'react';
import type { Load } from './useLoad';
import { t } from '../i18n/fr';

/**
 * Every page's frame. `data-app-state` is the readiness signal tests and the
 * PDF printer wait for: never a fixed sleep.
 */
export function Page<T>({
  load,
  header,
  children,
}: {
  load: Load<T>;
  /** The page's frame (app/Header.tsx), drawn above `main` once the data it names is in. */
  header?: (value: T) => ReactNode;
  children: (value: T) => ReactNode;
}) {
  return (
    <>
      {load.state === 'ready' && header ? header(load.value) : null}
      <main id="main" data-app-state={load.state}>
        {load.state === 'loading' ? <p role="status">{t.loading}</p> : null}
        {load.state === 'error' ? (
          <p role="alert" className="error">
            {load.message}
          </p>
        ) : null}
        {load.state === 'ready' ? children(load.value) : null}
      </main>
    </>
  );
}
