/**
 * 流程图: a matter's flowchart drawn from its definition — the blank chart of a kind, a
 * matter's live chart coloured by its state — as SVG, and the blank chart as BPMN 2.0.
 */
import type { MatterDefinition } from '../matters/types';
import type { MatterState } from '../schemas/matter';
import { blankChart, matterChart } from './charts';
import { layoutChart } from './layout';
import { renderSvg } from './svg';

export { definitionBpmn } from './bpmn';

export async function matterFlowSvg(definition: MatterDefinition<unknown>, matter: MatterState): Promise<string> {
  return renderSvg(await layoutChart(matterChart(definition, matter)));
}

export async function definitionFlowSvg(definition: MatterDefinition<unknown>): Promise<string> {
  return renderSvg(await layoutChart(blankChart(definition)));
}
