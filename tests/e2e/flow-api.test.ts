/**
 * The flowchart routes over HTTP on the stack `npm start` runs: a submitted hire's picture
 * shows its competent department waiting, seen by whoever may see the matter and no one else;
 * each kind's blank chart and BPMN export for any signed-in caller.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterDefinitions } from '../../matters';
import { hireFormFor } from '../../samples/forms';
import { matterKinds } from '../../schemas/matter';
import { tokenFor, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;
/** The sample hospital's clerk, its competent department's reviewer, and the clerk of a unit with no part in the matter. */
let clerk: string;
let reviewer: string;
let stranger: string;

beforeAll(async () => {
  running = await startTestStack();
  clerk = await tokenFor('wz.hospital.clerk');
  reviewer = await tokenFor('wz.health.reviewer');
  stranger = await unitClerkToken('12640300MB0009999X');
});

afterAll(async () => {
  await running?.stop();
});

/** Node id → its class list, as the console reads the SVG. */
const svgNodes = (svg: string) => new Map([...svg.matchAll(/<g class="([^"]+)" data-node="([^"]+)"/g)].map(([, classes, id]) => [id!, classes!.split(' ')]));

describe('a matter’s flowchart', () => {
  let id: string;
  beforeAll(async () => {
    const submitted = await running.call('POST', '/api/v1/matters/hire', hireFormFor({ applicationNo: 'FLOW-1' }), clerk);
    expect(submitted.status).toBe(202);
    id = submitted.body.id;
  });

  it('shows a submitted hire waiting at its competent department, every department not reached', async () => {
    const answer = await running.call('GET', `/api/v1/matters/${id}/flow.svg`, undefined, clerk);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const svg = answer.raw.toString('utf8');
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-label="事业单位聘用工作人员 流程图/);
    const nodes = svgNodes(svg);
    expect(nodes.get('competent')).toEqual(expect.arrayContaining(['node', 'state-waiting']));
    expect(nodes.get('hall')).toContain('state-not-reached');
    for (const part of matterDefinitions.hire.departments) expect(nodes.get(`department-${part.department}`)).toContain('state-not-reached');
  });

  it('is seen as the matter is: its competent department too, 404 to a unit with no part in it, 401 without a token', async () => {
    expect((await running.call('GET', `/api/v1/matters/${id}/flow.svg`, undefined, reviewer)).status).toBe(200);
    const hidden = await running.call('GET', `/api/v1/matters/${id}/flow.svg`, undefined, stranger);
    expect(hidden).toMatchObject({ status: 404, body: { error: 'not_found' } });
    expect((await running.call('GET', `/api/v1/matters/${id}`, undefined, stranger)).status).toBe(404);
    expect((await running.call('GET', `/api/v1/matters/${id}/flow.svg`)).status).toBe(401);
    expect((await running.call('GET', '/api/v1/matters/no-such-matter/flow.svg', undefined, clerk)).status).toBe(404);
  });

  it('turns the competent step done once it is approved', async () => {
    expect((await running.call('POST', `/api/v1/matters/${id}/decisions`, { step: 'competent', decision: 'approve' }, reviewer)).status).toBe(200);
    const nodes = svgNodes((await running.call('GET', `/api/v1/matters/${id}/flow.svg`, undefined, clerk)).raw.toString('utf8'));
    expect(nodes.get('competent')).toContain('state-done');
    expect(nodes.get('hall')).toContain('state-waiting');
  });
});

describe('the definitions’ charts', () => {
  it.each(matterKinds)('draws the blank chart of %s and exports it as BPMN, for any signed-in caller', async (kind) => {
    const svg = await running.call('GET', `/api/v1/definitions/${kind}/flow.svg`, undefined, stranger);
    expect(svg.status).toBe(200);
    expect(svg.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const nodes = svgNodes(svg.raw.toString('utf8'));
    for (const part of matterDefinitions[kind].departments) expect(nodes.get(`department-${part.department}`)).toContain('state-not-reached');

    const bpmn = await running.call('GET', `/api/v1/definitions/${kind}/bpmn`, undefined, stranger);
    expect(bpmn.status).toBe(200);
    expect(bpmn.headers.get('content-type')).toBe('application/xml; charset=utf-8');
    expect(bpmn.raw.toString('utf8')).toContain(`<bpmn:process id="process-${kind}" name="${matterDefinitions[kind].title}" isExecutable="false">`);

    expect((await running.call('GET', `/api/v1/definitions/${kind}/flow.svg`)).status).toBe(401);
  });

  it('answers 400 with the error envelope for a kind there is none of', async () => {
    for (const path of ['/api/v1/definitions/secondment/flow.svg', '/api/v1/definitions/secondment/bpmn']) {
      const answer = await running.call('GET', path, undefined, clerk);
      expect(answer).toMatchObject({ status: 400, body: { error: 'invalid_input', problems: [expect.objectContaining({ field: 'params.kind' })] } });
    }
  });

  it('documents the routes and their SVG and XML replies in the OpenAPI document', async () => {
    const { body: document } = await running.call('GET', '/openapi.json');
    expect(document.paths['/api/v1/matters/{id}/flow.svg'].get.responses['200'].content).toHaveProperty(['image/svg+xml']);
    expect(document.paths['/api/v1/definitions/{kind}/flow.svg'].get.responses['200'].content).toHaveProperty(['image/svg+xml']);
    expect(document.paths['/api/v1/definitions/{kind}/bpmn'].get.responses['200'].content).toHaveProperty(['application/xml']);
    expect(document.paths['/api/v1/definitions/{kind}/bpmn'].get.parameters).toContainEqual(expect.objectContaining({ name: 'kind', in: 'path' }));
  });
});
