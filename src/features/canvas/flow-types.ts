import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { OccupationNode } from './occupation-node';
import { StepNode } from './step-node';
import { TransitionEdge } from './transition-edge';

// Module-scope constants, shared by the viewer and the editor canvas: a new object on each render
// would make React Flow remount every card and arrow.

/** Node types for `toFlowElements` nodes (`type: 'occupation'` and `'step'`). */
export const NODE_TYPES = { occupation: OccupationNode, step: StepNode } satisfies NodeTypes;

/** Edge types for `toFlowElements` edges (`type: 'transition'`). */
export const EDGE_TYPES = { transition: TransitionEdge } satisfies EdgeTypes;
