/**
 * The workflow functions, one per matter. Each hands its definition to the shared core.
 */
import { hire as hireDefinition } from '../matters/hire';
import { runMatter } from './matter-core';
import type { MatterInput } from './messages';

/** 事业单位聘用工作人员“一件事”. */
export async function hire(input: MatterInput) {
  return runMatter(hireDefinition, input);
}
