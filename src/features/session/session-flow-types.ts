import type { EdgeTypes, NodeTypes } from '@xyflow/react';
import { TransitionEdge } from '../canvas/transition-edge';
import { SessionOccupationNode, SessionStepNode } from './session-node';
import { SuggestedEdge } from './suggested-edge';

// Module-scope constants: a new object on each render would make React Flow remount every card.
export const SESSION_NODE_TYPES = { occupation: SessionOccupationNode, step: SessionStepNode } satisfies NodeTypes;
export const SESSION_EDGE_TYPES = { transition: TransitionEdge, suggested: SuggestedEdge } satisfies EdgeTypes;
