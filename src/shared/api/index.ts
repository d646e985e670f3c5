export * from './contract';
export * from './result';
export * as schemas from './schemas';
export type { Answer, AnswerValue, FunnelAnswer, Profile } from './schemas';
export { describeInvalidInput } from './validation';
