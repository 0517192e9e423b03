// The six step views; the workspace shows one at a time.
import type { ComponentType } from 'react';
import type { Step } from '../../plan';
import ActionsStep from './actions/ActionsStep';
import CollectStep from './collect/CollectStep';
import FocusStep from './focus/FocusStep';
import GoalsStep from './goals/GoalsStep';
import SoWhatStep from './soWhat/SoWhatStep';
import StrategyStep from './strategy/StrategyStep';

const VIEWS: Readonly<Record<Step, ComponentType>> = {
  1: CollectStep,
  2: SoWhatStep,
  3: FocusStep,
  4: GoalsStep,
  5: StrategyStep,
  6: ActionsStep,
};

export function StepView({ step }: { readonly step: Step }) {
  const View = VIEWS[step];
  return <View key={step} />;
}
