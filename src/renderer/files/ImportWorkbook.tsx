import { useId, useState, type ChangeEvent } from 'react';
import type { ImportSummary } from '../../shared/api/index';
import { CMWB_MAX_BYTES } from '../../shared/workbook-file/schema';
import { call } from '../api';
import { t } from '../i18n/fr';

type Step = { kind: 'idle' } | { kind: 'preview'; content: string; summary: ImportSummary } | { kind: 'done' };

/** Pick a .cmwb file, see what it would change, then apply it in one go. */
export function ImportWorkbook({ onImported }: { onImported: () => void }) {
  const inputId = useId();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [error, setError] = useState<string>();

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setError(undefined);
    if (!file) return setStep({ kind: 'idle' });
    if (file.size > CMWB_MAX_BYTES) return setError(t.tooBig);
    const content = await file.text();
    const result = await call('workbook.preview', { content });
    if (!result.ok) return setError(result.error.message);
    setStep({ kind: 'preview', content, summary: result.value });
  };

  const apply = async () => {
    if (step.kind !== 'preview') return;
    const result = await call('workbook.import', { content: step.content });
    if (!result.ok) return setError(result.error.message);
    setStep({ kind: 'done' });
    onImported();
  };

  return (
    <div className="import">
      <label htmlFor={inputId}>{t.importLabel}</label>
      <input id={inputId} type="file" accept=".cmwb,application/json" onChange={(event) => void pick(event)} />
      {step.kind === 'preview' ? (
        <div>
          <p role="status" data-testid="import-preview">
            {t.importPreview({
              newProfiles: step.summary.profiles.new,
              existing: step.summary.profiles.existing,
              newAnswers: step.summary.answers.new,
              newer: step.summary.answers.newer,
              older: step.summary.answers.older,
              same: step.summary.answers.same,
            })}
          </p>
          <button type="button" onClick={() => void apply()}>
            {t.importApply}
          </button>
        </div>
      ) : null}
      {step.kind === 'done' ? <p role="status">{t.imported}</p> : null}
      {error ? (
        <p role="alert" className="error">
          {error}
        </p>
      ) : null}
    </div>
  );
}
