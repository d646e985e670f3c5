import { t } from '../i18n/fr';

/** Said when the saved value is not an answer this exercise can read: it shows empty, and a new answer replaces it. */
export function UnreadableNotice({ unreadable, print = false }: { unreadable: boolean; print?: boolean }) {
  if (!unreadable) return null;
  return (
    <p className="notice" role={print ? undefined : 'status'} data-testid="unreadable-answer">
      {print ? t.unreadableAnswerPrint : t.unreadableAnswer}
    </p>
  );
}
