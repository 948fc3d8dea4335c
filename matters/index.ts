import type { MatterKind } from '../schemas/matter';
import { hire } from './hire';
import type { MatterDefinition } from './types';

/** Every matter the service runs, by kind. */
export const matterDefinitions: Partial<Record<MatterKind, MatterDefinition<any>>> = { hire };

export function definitionOf(kind: MatterKind): MatterDefinition<any> | undefined {
  return matterDefinitions[kind];
}
