import { Suspense } from 'react';
import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClassroomGate } from '../classroom/ClassroomGate';
import { Page } from './Page';
import { HomePage, LessonPage, PrintGuidePage, PrintPage, TrainerGuidePage, TrainerPage, WorkbookPage } from './routes';

const LOADING = { state: 'loading' } as const;

/**
 * Hash routes: they work the same from the custom protocol (Electron) and the
 * web host, and a reload keeps the attendee on their page.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <ClassroomGate>
        {/* While a page's chunk loads (routes.ts), the same « Chargement… » frame as its data. */}
        <Suspense fallback={<Page load={LOADING}>{() => null}</Page>}>
          <Switch>
            <Route path="/">{() => <HomePage />}</Route>
            <Route path="/p/:profileId">{({ profileId }) => <WorkbookPage profileId={profileId} />}</Route>
            <Route path="/p/:profileId/lessons/:lessonId">
              {({ profileId, lessonId }) => <LessonPage profileId={profileId} lessonId={lessonId} />}
            </Route>
            <Route path="/trainer">{() => <TrainerPage />}</Route>
            <Route path="/trainer/guide/:lessonId">{({ lessonId }) => <TrainerGuidePage lessonId={lessonId} />}</Route>
            <Route path="/print-guide/:first/:job?">
              {({ first, job }) =>
                job ? <PrintGuidePage lessonId={first} job={job} /> : <PrintGuidePage job={first} />
              }
            </Route>
            <Route path="/print/:profileId/:job?">
              {({ profileId, job }) => <PrintPage profileId={profileId} job={job ?? 'view'} />}
            </Route>
            <Route>{() => <HomePage />}</Route>
          </Switch>
        </Suspense>
      </ClassroomGate>
    </Router>
  );
}
