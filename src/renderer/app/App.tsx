import { Route, Router, Switch } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { ClassroomGate } from '../classroom/ClassroomGate';
import { HomePage, LessonPage, PrintGuidePage, PrintPage, TrainerGuidePage, TrainerPage, WorkbookPage } from './routes';

/**
 * Hash routes: they work the same from the custom protocol (Electron) and the
 * web host, and a reload keeps the attendee on their page.
 */
export function App() {
  return (
    <Router hook={useHashLocation}>
      <ClassroomGate>
        <Switch>
          <Route path="/">{() => <HomePage />}</Route>
          <Route path="/p/:profileId">{({ profileId }) => <WorkbookPage profileId={profileId} />}</Route>
          <Route path="/p/:profileId/lessons/:lessonId">
            {({ profileId, lessonId }) => <LessonPage profileId={profileId} lessonId={lessonId} />}
          </Route>
          <Route path="/trainer">{() => <TrainerPage />}</Route>
          <Route path="/trainer/guide/:lessonId">{({ lessonId }) => <TrainerGuidePage lessonId={lessonId} />}</Route>
          <Route path="/print-guide/:first/:job?">
            {({ first, job }) => (job ? <PrintGuidePage lessonId={first} job={job} /> : <PrintGuidePage job={first} />)}
          </Route>
          <Route path="/print/:profileId/:job?">
            {({ profileId, job }) => <PrintPage profileId={profileId} job={job ?? 'view'} />}
          </Route>
          <Route>{() => <HomePage />}</Route>
        </Switch>
      </ClassroomGate>
    </Router>
  );
}
