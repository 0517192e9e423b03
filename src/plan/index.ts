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
