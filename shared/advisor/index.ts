/** The plan advisor's public API (see advise.ts for the overview). */
export {
  advise,
  type AdviseOptions,
  type AdviceResult,
  type AdvicePhase,
  type CeilingEntry,
  type CheckFigure,
  type PlanFigures,
  type SearchNote,
  type Suggestion,
} from './advise';
export {
  weeklyCost,
  evaluatePlan,
  explainOrderCost,
  type OrderCostExplanation,
  type LabelCandidate,
  type WeeklyCost,
} from './weeklyCost';
export {
  applyMove,
  applyMoves,
  describeMove,
  generateMoves,
  moveFields,
  moveId,
  sharesAField,
  representativeZip,
  warehouseMove,
  type Move,
  type MoveKind,
  type MoveOptions,
} from './moves';
export {
  COST_DEFAULT_SOURCES,
  DEFAULT_COST_MODEL,
  defaultLabelRate,
  rateIndex,
  resolveCostModel,
  type ResolvedCostModel,
} from '../catalog/costDefaults';
export { createEvaluator, type Evaluation, type Evaluator, type EvaluatorStats } from './evaluator';
export { labelMix, type LabelMix, type LabelMixRow } from './labelMix';
