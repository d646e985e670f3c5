import type { ReactNode } from 'react';
import type { Load } from './useLoad';
import { t } from '../i18n/fr';

/**
 * Every page's frame. `data-app-state` is the readiness signal tests and the
 * PDF printer wait for: never a fixed sleep.
 */
export function Page<T>({ load, children }: { load: Load<T>; children: (value: T) => ReactNode }) {
  return (
    <main id="main" data-app-state={load.state}>
      {load.state === 'loading' ? <p role="status">{t.loading}</p> : null}
      {load.state === 'error' ? (
        <p role="alert" className="error">
          {load.message}
        </p>
      ) : null}
      {load.state === 'ready' ? children(load.value) : null}
    </main>
  );
}
