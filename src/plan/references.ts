// Which fields of the plan point at other items, and into which collections. The reader checks
// them (identity.ts), the editor keeps them whole when an item goes (edit/), and both read this
// one table, so a new reference field is added in one place.
import type { Collection } from './schema';

export interface Reference {
  readonly from: Collection;
  readonly field: string;
  readonly to: readonly Collection[];
  /** A list of ids (`factIds`) rather than one id (`strategyId`). */
  readonly many: boolean;
  /** The field must name an item: an item whose target goes must go too (`goalId`). */
  readonly required: boolean;
}

export const REFERENCES: readonly Reference[] = [
  { from: 'soWhats', field: 'factIds', to: ['facts'], many: true, required: false },
  { from: 'opportunities', field: 'soWhatIds', to: ['soWhats'], many: true, required: false },
  { from: 'risks', field: 'soWhatIds', to: ['soWhats'], many: true, required: false },
  {
    from: 'goals',
    field: 'basedOn',
    to: ['opportunities', 'risks'],
    many: true,
    required: false,
  },
  { from: 'strategies', field: 'goalId', to: ['goals'], many: false, required: true },
  { from: 'strategies', field: 'factIds', to: ['facts'], many: true, required: false },
  { from: 'actions', field: 'strategyId', to: ['strategies'], many: false, required: false },
  { from: 'actions', field: 'gapId', to: ['gaps'], many: false, required: false },
  { from: 'actions', field: 'personIds', to: ['people'], many: true, required: false },
];
