export { openDatabase, closeDatabase, DamagedDatabaseError, type Db, type OpenOptions } from './open';
export { schemaVersion } from './migrate';
export { openWorkbook, DB_FILE, type Workbook } from './workbook';
export { createBackups, type Backups, type BackupInfo } from './backups';
export type { StartupNotice } from './recovery';
export type { Alert, Alerts } from './alerts';
export { createProfilesRepo, type ProfilesRepo } from './profiles';
export { createAnswersRepo, type AnswersRepo } from './answers';
export { storageError, dataPlace, type StoragePlace } from './storage-errors';
