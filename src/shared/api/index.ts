export * from './contract';
export * from './result';
export * as schemas from './schemas';
export type {
  Answer,
  AnswerValue,
  BackupInfo,
  FunnelAnswer,
  ImportSummary,
  Profile,
  TrainingSession,
  WorkbookCounts,
} from './schemas';
export { describeInvalidInput } from './validation';
