import type { ReactNode } from 'react';

/** A field of the plan: its label, the control, and the French message that belongs to it. */
export function PlanField({
  id,
  label,
  error,
  children,
}: {
  id: string;
  label: string;
  error: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className="plan-field">
      <label htmlFor={id}>{label}</label>
      {children}
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}

/** What a control says about itself when its field is refused. */
export const invalidProps = (id: string, error: string | undefined, describedBy?: string) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [error ? `${id}-error` : null, describedBy ?? null].filter(Boolean).join(' ') || undefined,
});
