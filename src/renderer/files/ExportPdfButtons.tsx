import { callHost, guideHref, pdfHref } from '../api';
import { t } from '../i18n/fr';
import { PdfExportButton } from './PdfExportButton';
import { pdfStrings } from './pdf-strings';

/** « Exporter mon cahier (PDF) » on the attendee's workbook page. */
export function ExportWorkbookPdf({ profileId }: { profileId: string }) {
  return (
    <PdfExportButton
      label={t.exportPdf}
      href={pdfHref(profileId)}
      fallbackName="cahier.pdf"
      saveOnDesktop={() => callHost('pdf.save', { profileId })}
    />
  );
}

/** The « Guide du formateur » as a PDF: the whole session, or one lesson. */
export function ExportGuidePdf({ lessonId, label = pdfStrings.guideButton }: { lessonId?: string; label?: string }) {
  return (
    <PdfExportButton
      label={label}
      href={guideHref(lessonId)}
      fallbackName="guide-formateur.pdf"
      saveOnDesktop={() => callHost('pdf.saveGuide', lessonId ? { lessonId } : {})}
    />
  );
}
