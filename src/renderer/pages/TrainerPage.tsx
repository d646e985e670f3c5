import { Link } from 'wouter';
import { call } from '../api';
import { Header } from '../app/Header';
import { loadAll } from '../app/loadAll';
import { Page } from '../app/Page';
import { useLoad } from '../app/useLoad';
import { ExportGuidePdf } from '../files/ExportPdfButtons';
import { ExportWorkbookButton } from '../files/ExportWorkbookButton';
import { ImportWorkbook } from '../files/ImportWorkbook';
import { GuideIndex } from '../guide/GuideIndex';
import { t } from '../i18n/fr';
import { MergeProfiles } from '../classroom/MergeProfiles';
import { RoomPanel } from '../classroom/RoomPanel';
import { DashboardPanel } from '../dashboard/DashboardPanel';
import { BackupsPanel } from '../trainer/BackupsPanel';
import { ExportAllPdf } from '../trainer/ExportAllPdf';
import { SessionSetup } from '../trainer/first-run/SessionSetup';
import { TrainerNotices } from '../trainer/TrainerNotices';

export function TrainerPage() {
  const [data, reload] = useLoad(
    () =>
      loadAll({
        session: call('session.get', {}),
        setup: call('session.status', {}),
        backups: call('backup.list', {}),
      }),
    [],
  );
  return (
    <>
      <TrainerNotices refresh={data.state === 'ready' ? data.value.backups : data.state} />
      <Page
        load={data}
        header={({ session, setup }) => (
          <Header pageTitle={t.trainerHeading} session={setup.saved ? session.title : undefined}>
            <Link href="/">{t.home}</Link>
          </Header>
        )}
      >
        {({ session, setup, backups }) => (
          <>
            <h1>{t.trainerHeading}</h1>
            <SessionSetup session={session} saved={setup.saved} onSaved={reload} />
            <RoomPanel />
            <DashboardPanel />
            <GuideIndex session={session} />
            <section aria-labelledby="files-heading">
              <h2 id="files-heading">{t.filesHeading}</h2>
              <p className="muted">{t.filesIntro}</p>
              <ExportWorkbookButton label={t.exportAll} />
              <ExportAllPdf />
              <ExportGuidePdf />
              <ImportWorkbook onImported={reload} />
            </section>
            <MergeProfiles />
            <BackupsPanel backups={backups} onChanged={reload} />
          </>
        )}
      </Page>
    </>
  );
}
