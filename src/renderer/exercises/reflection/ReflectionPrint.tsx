import { t } from '../../i18n/fr';
import type { PrintProps } from '../kind-view';
import { UnreadableNotice } from '../UnreadableNotice';

/**
 * The reflection in the PDF: the prompt and the whole text, line breaks kept.
 * The text is a paragraph of text alone, so a long one is split between
 * pages by words (src/renderer/print/paginate.ts), never cut.
 */
export function ReflectionPrint({ props, answer, unreadable }: PrintProps<'reflection'>) {
  const text = answer?.text.trim() ?? '';
  return (
    <div className="exercise exercise--print reflection">
      <h3>{t.reflectionHeading}</h3>
      <p className="reflection-prompt">{props.prompt}</p>
      <UnreadableNotice unreadable={unreadable} print />
      {text ? (
        <p className="reflection-text" dir="auto">
          {text}
        </p>
      ) : (
        <p className="no-answer">{t.notFilled}</p>
      )}
    </div>
  );
}
