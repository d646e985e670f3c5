import { Link } from 'wouter';
import { call } from '../api';
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
import { BackupsPanel } from '../trainer/BackupsPanel';
import { ExportAllPdf } from '../trainer/ExportAllPdf';
import { SessionForm } from '../trainer/SessionForm';
import { TrainerNotices } from '../trainer/TrainerNotices';

export function TrainerPage() {
  const [data, reload] = useLoad(
    () => loadAll({ session: call('session.get', {}), backups: call('backup.list', {}) }),
    [],
  );
  return (
    <>
      <TrainerNotices refresh={data.state === 'ready' ? data.value.backups : data.state} />
      <Page load={data}>
        {({ session, backups }) => (
          <>
            <nav aria-label="Navigation">
              <Link href="/">{t.home}</Link>
            </nav>
            <h1>{t.trainerHeading}</h1>
            <RoomPanel />
            <SessionForm initial={session} />
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
