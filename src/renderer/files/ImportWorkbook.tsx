import { useId, useRef, useState, type ChangeEvent } from 'react';
import type { ImportSummary } from '../../shared/api/index';
import { CMWB_MAX_BYTES } from '../../shared/workbook-file/schema';
import { call } from '../api';
import { t } from '../i18n/fr';

/**
 * One state at a time, each naming the file it is about: a new choice starts
 * over (its preview replaces the last one, or its error does), and « Importer »
 * sends exactly the content that was previewed.
 */
type Step =
  | { kind: 'idle' }
  | { kind: 'reading'; name: string }
  | { kind: 'preview'; name: string; content: string; summary: ImportSummary }
  | { kind: 'applying'; name: string; content: string; summary: ImportSummary }
  | { kind: 'done'; name: string; summary: ImportSummary }
  | { kind: 'error'; name: string | undefined; message: string };

function Preview({ summary }: { summary: ImportSummary }) {
  const { profiles, answers } = summary;
  return (
    <div className="import-preview" role="status" data-testid="import-preview">
      <p className="import-preview-heading">{t.importPreviewHeading}</p>
      <ul>
        <li>{t.importProfiles(profiles.new, profiles.existing)}</li>
        <li>{t.importAnswers(answers.new)}</li>
        {answers.newer > 0 ? <li>{t.importNewer(answers.newer)}</li> : null}
        {answers.conflict > 0 ? (
          <li className="import-conflict" data-testid="import-conflict">
            {t.importConflict(answers.conflict)}
          </li>
        ) : null}
        <li>{t.importIgnored(answers.older, answers.same)}</li>
        <li data-testid="import-session" data-session={summary.session}>
          {summary.session === 'imported' ? t.importSessionImported : t.importSessionKept}
        </li>
      </ul>
    </div>
  );
}

/** Pick a .cmwb file, see what it would change, then apply it in one go. */
export function ImportWorkbook({ onImported }: { onImported: () => void }) {
  const inputId = useId();
  const nameId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  // Each choice gets a number: a slow answer about an earlier file is dropped.
  const choice = useRef(0);

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const mine = ++choice.current;
    const file = event.target.files?.[0];
    if (!file) return setStep({ kind: 'idle' });
    const name = file.name;
    if (file.size > CMWB_MAX_BYTES) return setStep({ kind: 'error', name, message: t.tooBig });
    setStep({ kind: 'reading', name });
    const content = await file.text();
    const result = await call('workbook.preview', { content });
    if (mine !== choice.current) return;
    setStep(
      result.ok
        ? { kind: 'preview', name, content, summary: result.value }
        : { kind: 'error', name, message: result.error.message },
    );
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    const mine = choice.current;
    const { name, content, summary } = step;
    setStep({ kind: 'applying', name, content, summary });
    const result = await call('workbook.import', { content });
    if (mine !== choice.current) return;
    if (!result.ok) return setStep({ kind: 'error', name, message: result.error.message });
    setStep({ kind: 'done', name, summary: result.value });
    onImported();
  };

  const name = step.kind === 'idle' ? undefined : step.name;
  return (
    <div className="import" data-import-step={step.kind}>
      <p className="file-pick">
        <label htmlFor={inputId} className="button secondary">
          {t.importLabel}
        </label>
        <input
          id={inputId}
          className="visually-hidden"
          type="file"
          accept=".cmwb,application/json"
          aria-describedby={nameId}
          onClick={(event) => {
            // Choosing the same file again is a new choice too.
            event.currentTarget.value = '';
          }}
          onChange={(event) => void pick(event)}
        />
        <span id={nameId} className="file-pick-name" data-testid="import-file-name">
          {name ? t.importChosen(name) : t.importNoFile}
        </span>
      </p>
      {step.kind === 'reading' ? <p role="status">{t.importReading}</p> : null}
      {step.kind === 'preview' || step.kind === 'applying' ? (
        <>
          <Preview summary={step.summary} />
          <button type="button" onClick={() => void apply()} disabled={step.kind === 'applying'}>
            {step.kind === 'applying' ? t.importApplying : t.importApply}
          </button>
        </>
      ) : null}
      {step.kind === 'done' ? (
        <p role="status" className="form-message success">
          {t.importedFile(step.name)}
        </p>
      ) : null}
      {step.kind === 'error' ? (
        <p role="alert" className="form-message error">
          {step.message}
        </p>
      ) : null}
    </div>
  );
}
