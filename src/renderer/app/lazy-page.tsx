import { useEffect, useState, type ComponentType } from 'react';
import { Page } from './Page';

const LOADING = { state: 'loading' } as const;
const FAILED = {
  state: 'error',
  message:
    'Cette page n’a pas pu être chargée : vérifiez que l’application est toujours ouverte, puis rechargez la page.',
} as const;

export type LazyPage<C> = C & {
  /** Starts loading the page's chunk (routes.ts, before the first render). */
  preload(): Promise<unknown>;
};

/**
 * The page `name` of a chunk loaded on first use, typed as the page itself.
 * Until it is there, the « Chargement… » frame every page shows for its data
 * (so `data-app-state` stays the one readiness signal); once loaded, it
 * renders at once, even on the first render when preloaded. Not React.lazy:
 * a Suspense fallback holds its content back for 300 ms once shown, a third
 * of the first screen's budget.
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K): LazyPage<M[K]> {
  let loaded: ComponentType<object> | undefined;
  let pending: Promise<unknown> | undefined;
  const preload = () =>
    (pending ??= load().then(
      (module) => {
        loaded = module[name] as ComponentType<object>;
      },
      (error: unknown) => {
        // Forgotten, so that the next visit tries again (the host may be back).
        pending = undefined;
        throw error;
      },
    ));

  function Lazy(props: object) {
    const [, setLoaded] = useState(false);
    const [failed, setFailed] = useState(false);
    // As this render saw it: a chunk that arrives before the effect runs still needs the re-render below.
    const shown = loaded !== undefined;
    useEffect(() => {
      if (shown) return;
      let live = true;
      preload().then(
        () => live && setLoaded(true),
        () => live && setFailed(true),
      );
      return () => {
        live = false;
      };
    }, [shown]);
    if (loaded) {
      const Loaded = loaded;
      return <Loaded {...props} />;
    }
    return <Page load={failed ? FAILED : LOADING}>{() => null}</Page>;
  }
  Lazy.displayName = `Lazy(${String(name)})`;
  return Object.assign(Lazy, { preload }) as unknown as LazyPage<M[K]>;
}
