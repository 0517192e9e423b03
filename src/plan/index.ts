// The plan model: the one import the other layers need.
export * from './schema';
export * from './dates';
export * from './messages';
export * from './findings';
export {
  readPlanText,
  validatePlanValue,
  formatPath,
  type InputProblem,
  type ReadResult,
} from './read';
export { checkPlan, RULES, type RuleCode } from './rules';
export { findUnknownFields } from './unknown';
export { writePlanText } from './write';
export { STEP_NAMES } from './steps';
export { STEPS, type Step } from './steps';
export * from './glossary';
export * from './edit';
export { REFERENCES, type Reference } from './references';
export {
  makeEnvelope,
  readEnvelopeText,
  writeEnvelopeText,
  type Envelope,
  type EnvelopeRead,
} from './envelope';
export { MAX_GOALS, MAX_OPPORTUNITIES, MAX_RISKS, type LabelOf } from './rules';
export { customerSafe } from './customerSafe';
export {
  diffPlans,
  isUnchanged,
  type FieldChange,
  type ItemChange,
  type PlanDiff,
  type StatusChange,
} from './diff';
export { completeReview, lastReview, snapshotOf, type ReviewRecord } from './review';
