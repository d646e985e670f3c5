import type { Profile, TrainingSession } from '../../shared/api/index';
import { formatDay, formatHours } from '../../shared/format/index';
import { QrCode } from './QrCode';
import { printStrings as p } from './print-strings';

export const ATTESTATION_ANCHOR = 'attestation';

/**
 * The certificate of attendance, on a page of its own, with the workbook's
 * verification code (computed by the service, see print-data.ts) in text and
 * as a QR code.
 */
export function Attestation({ profile, session, code }: { profile: Profile; session: TrainingSession; code: string }) {
  const day = formatDay(session.date);
  return (
    <section
      className="print-attestation"
      data-break-before="page"
      data-print-keep
      data-toc-anchor={ATTESTATION_ANCHOR}
    >
      <h1>{p.attestation}</h1>
      <p>{p.attestationLead}</p>
      <p className="print-attestation-name" dir="auto">
        {profile.name}
      </p>
      <p>
        {p.attestationBody(session.title)}, {p.attestationWhen(day, session.place)}.
      </p>
      <p>{p.attestationHours(formatHours(session.durationHours))}</p>
      {session.trainer ? <p>{p.attestationTrainer(session.trainer)}</p> : null}
      {session.organiser ? <p>{p.attestationOrganiser(session.organiser)}</p> : null}
      <div className="print-attestation-sign">
        <p>{p.attestationMadeAt(session.place, day)}</p>
        <p className="print-attestation-line">
          {p.signature}
          {session.trainer ? ` — ${session.trainer}` : ''}
        </p>
      </div>
      <div className="print-verification">
        <QrCode text={code} label={p.qrLabel(code)} sizeMm={24} />
        <p>
          {p.verification} :{' '}
          <span className="print-verification-code" data-verbatim data-testid="verification-code">
            {code}
          </span>
          <br />
          {p.verificationHelp}
        </p>
      </div>
    </section>
  );
}
