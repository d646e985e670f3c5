export { openDatabase, closeDatabase, type Db, type OpenOptions } from './open';
export { schemaVersion } from './migrate';
export { createProfilesRepo, type ProfilesRepo } from './profiles';
export { createAnswersRepo, type AnswersRepo } from './answers';
