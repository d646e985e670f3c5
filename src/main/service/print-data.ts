import { createHash } from 'node:crypto';
import { canonicalJson } from '../../shared/workbook-file/canonical';
import { cmwbFile } from '../../shared/workbook-file/schema';
import { VERIFICATION_CODE_LENGTH, verifiedContent } from '../../shared/print/verification';
import { TRAINER } from './classroom-caller';
import type { ServiceContext } from './context';
import type { Handlers } from './handlers';
import { workbookFileHandlers } from './workbook-files';

/**
 * Everything the printed workbook shows, read once from the attendee's own
 * `.cmwb` export: what is printed is exactly what the verification code covers
 * (see src/shared/print/verification.ts). The hash is computed here because a
 * renderer reached over the LAN is not a secure context (no `crypto.subtle`).
 */
export function printHandlers(ctx: ServiceContext): Pick<Handlers, 'print.workbook'> {
  const exportWorkbook = workbookFileHandlers(ctx)['workbook.export'];
  return {
    'print.workbook': async ({ profileId }) => {
      // Dispatch has already checked the caller may read this profile.
      const exported = await exportWorkbook({ profileIds: [profileId] }, TRAINER);
      const file = cmwbFile.parse(JSON.parse(exported.content));
      const [attendee] = file.profiles;
      // Stryker disable next-line all: unreachable, the export of one existing profile (checked by the export) always holds it
      if (!attendee) throw new Error('the export of one profile has no profile');
      const { answers, ...profile } = attendee;
      const digest = createHash('sha256')
        .update(canonicalJson(verifiedContent(file)))
        .digest('hex');
      return {
        session: file.session,
        profile,
        answers,
        verificationCode: digest.slice(0, VERIFICATION_CODE_LENGTH),
      };
    },
  };
}
