/**
 * The BPMN 2.0 export of each kind, read back by bpmn-moddle (the model library of bpmn.io and
 * Camunda Modeler): no warnings, a task for every step and department of the definition, and
 * a diagram that places every element and flow.
 */
import { BpmnModdle, type ModdleElement, type ParseResult } from 'bpmn-moddle';
import { beforeAll, describe, expect, it } from 'vitest';
import { definitionBpmn } from '../../flow';
import { matterDefinitions } from '../../matters';
import { departmentNames } from '../../matters/departments';
import { matterKinds } from '../../schemas/matter';

const elements = (parsed: ParseResult, type: string) => Object.values(parsed.elementsById).filter((element) => element.$type === type);

describe.each(matterKinds)('the BPMN export of %s', (kind) => {
  const definition = matterDefinitions[kind];
  let xml: string;
  let parsed: ParseResult;

  beforeAll(async () => {
    xml = await definitionBpmn(definition);
    parsed = await new BpmnModdle().fromXML(xml);
  });

  it('reads without a warning, in a target namespace, as a non-executable process with unique ids', () => {
    expect(parsed.warnings.map((warning) => warning.message)).toEqual([]);
    expect(parsed.rootElement).toMatchObject({ $type: 'bpmn:Definitions', targetNamespace: `urn:yijianshi:matters:${kind}` });
    expect(elements(parsed, 'bpmn:Process')).toEqual([expect.objectContaining({ name: definition.title, isExecutable: false })]);
    const ids = [...xml.matchAll(/ id="([^"]+)"/g)].map(([, id]) => id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('has a service task for every department of the definition between parallel gateways', () => {
    const tasks = elements(parsed, 'bpmn:ServiceTask');
    expect(tasks.map((task) => task.name).sort()).toEqual(definition.departments.map((part) => `${departmentNames[part.department]} · ${part.task}`).sort());
    expect(parsed.elementsById['departments-split']?.$type).toBe('bpmn:ParallelGateway');
    expect(parsed.elementsById['departments-merge']?.$type).toBe('bpmn:ParallelGateway');
  });

  it('has a user task for every review step, owned by the role that decides it, each with its time limit', () => {
    const userTasks = elements(parsed, 'bpmn:UserTask');
    for (const step of definition.reviewChain) {
      const ids = step.parallelDeciders?.map((decider) => `${step.step}-${decider.id}`) ?? [step.step];
      for (const id of ids) {
        const task = parsed.elementsById[id]!;
        expect(task.$type).toBe('bpmn:UserTask');
        const [owner] = task.resources as ModdleElement[];
        expect(owner).toMatchObject({ $type: 'bpmn:PotentialOwner', resourceAssignmentExpression: { expression: { $type: 'bpmn:FormalExpression', body: step.role } } });
        expect(parsed.elementsById[`${id}-deadline`]).toMatchObject({ $type: 'bpmn:BoundaryEvent', cancelActivity: false });
      }
    }
    expect(userTasks.filter((task) => (task.id ?? '').startsWith('countersign-'))).toHaveLength(definition.countersign.levels.length);
  });

  it('has the decisions as gateways and messages: countersignature, return, rejection, the exception, withdrawal', () => {
    expect(parsed.elementsById['countersign-check']?.$type).toBe('bpmn:ExclusiveGateway');
    expect(parsed.elementsById['exception-decision']?.$type).toBe('bpmn:ExclusiveGateway');
    expect(parsed.elementsById['review-returned']).toMatchObject({ $type: 'bpmn:BoundaryEvent', attachedToRef: { id: 'review' } });
    expect(parsed.elementsById['review-rejected']).toMatchObject({ $type: 'bpmn:BoundaryEvent', attachedToRef: { id: 'review' } });
    expect(parsed.elementsById['withdrawal']).toMatchObject({ $type: 'bpmn:SubProcess', triggeredByEvent: true });
  });

  it('places every element and flow in its diagram', () => {
    const placed = new Set(
      [...elements(parsed, 'bpmndi:BPMNShape'), ...elements(parsed, 'bpmndi:BPMNEdge')].map((shape) => (shape.bpmnElement as ModdleElement).id),
    );
    const drawable = Object.values(parsed.elementsById).filter((element) => /^bpmn:(.*Task|.*Event|.*Gateway|SubProcess|SequenceFlow)$/.test(element.$type));
    expect(drawable.filter((element) => !placed.has(element.id))).toEqual([]);
    for (const edge of elements(parsed, 'bpmndi:BPMNEdge')) expect((edge.waypoint as unknown[]).length).toBeGreaterThanOrEqual(2);
  });
});
