import type { MatterKind } from '../schemas/matter';
import { hire } from './hire';
import { postChange } from './post-change';
import { transfer } from './transfer';
import type { MatterDefinition } from './types';

/** Every matter the service runs, by kind. */
export const matterDefinitions: Record<MatterKind, MatterDefinition<any>> = { hire, transfer, 'post-change': postChange };
