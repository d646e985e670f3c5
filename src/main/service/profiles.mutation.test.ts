import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNNEL, funnelValue } from '../../../tests/support/exercises';
import { useService } from '../../../tests/support/service';
import { blockWalGuard, unblockWalGuard } from '../../../tests/support/fault-tools';

const start = useService();

describe('deleting an attendee whose erase cannot be finished', () => {
  it('lists every copy left on the disk, one after the other', async () => {
    const service = start();
    const { id } = await service.value<{ id: string }>('profile.create', { name: 'Amina' });
    await service.value('answer.save', { profileId: id, exerciseId: FUNNEL, value: funnelValue([5, 1]), revision: 0 });
    // The journal cannot be emptied (its guard is a folder) and the backups cannot be listed (their folder is a file).
    blockWalGuard(service.workbook.file);
    const backups = join(service.dir, 'backups');
    rmSync(backups, { recursive: true, force: true });
    writeFileSync(backups, 'pas un dossier');

    const refused = await service.call('profile.delete', { profileId: id });
    expect(refused).toMatchObject({ ok: false, error: { code: 'unavailable' } });
    const { message } = (refused as { error: { message: string } }).error;
    const left = /restent sur le disque \((.+)\)\. Corrigez la cause/.exec(message)?.[1];
    expect(left?.split(' ; ')).toEqual([
      expect.stringMatching(/^le journal \(-wal\) du cahier : /),
      expect.stringMatching(/^À la place du dossier des sauvegardes \(.+\), il y a un fichier du même nom/),
    ]);
    // Put right, the retry finishes the erase.
    unblockWalGuard(service.workbook.file);
    rmSync(backups);
    expect(await service.value('profile.delete', { profileId: id })).toEqual({ deleted: true });
  });
});
