/**
 * Transfer and post change through the HTTP contract on the dev server, and the certificates
 * a completed matter earns, read back as PDF text. The unit's clerk submits and reads; each
 * step is decided by a member of the organisation it waits for.
 */
import { extractText, getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MatterState } from '../../schemas/matter';
import { hireFormFor, postChangeFormFor, transferFormFor } from '../../samples/forms';
import { deciderToken, unitClerkToken } from '../support/auth';
import { startTestStack, type TestStack } from '../support/stack';

let running: TestStack;

beforeAll(async () => {
  running = await startTestStack();
});

afterAll(async () => {
  await running?.stop();
});

const call: TestStack['call'] = (...args) => running.call(...args);
const submit = async (kind: string, form: { unit: { code: string } }) => call('POST', `/api/v1/matters/${kind}`, form, await unitClerkToken(form.unit.code));
/** Approves `step` as whoever the matter, as last seen, waits for. */
const decide = async (matter: MatterState, step: string, token?: string) =>
  call('POST', `/api/v1/matters/${matter.id}/decisions`, { step, decision: 'approve' }, token ?? (await deciderToken(matter)));
const settled = (id: string): Promise<MatterState> => running.stack.client.workflow.getHandle(id).result();

async function pdfText(pdf: Buffer): Promise<string> {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  return text.replace(/\s+/g, '');
}

describe('transfer over HTTP', () => {
  it('is approved by both competent departments and the hall, and seven offices complete it', async () => {
    const form = transferFormFor({ applicationNo: 'E2E-TR-1', identitySuffix: '411' });
    const [receiving, releasing] = [form.unit.competentDepartment.code, form.releasingUnit.competentDepartment!.code];
    const submitted = await submit('transfer', form);
    expect(submitted.status).toBe(202);
    expect(submitted.body.waitingFor.organisations).toEqual([receiving, releasing]);
    const id: string = submitted.body.id;

    const receivingReviewer = await deciderToken(submitted.body);
    const first = await decide(submitted.body, 'competent', receivingReviewer);
    expect(first.body.waitingFor.organisations).toEqual([releasing]);
    // The receiving side has decided; the step now waits for the releasing side only.
    expect((await decide(first.body, 'competent', receivingReviewer)).status).toBe(403);
    const second = await decide(first.body, 'competent');
    expect(second.body.stage).toBe('hall');
    expect((await decide(second.body, 'hall')).body.status).toBe('handling');
    await settled(id);

    const { body: matter } = await call('GET', `/api/v1/matters/${id}`, undefined, await unitClerkToken(form.unit.code));
    expect(matter.status).toBe('completed');
    expect(matter.decisions.map((d: { actor?: { organisation?: string } }) => d.actor?.organisation)).toEqual([receiving, releasing, `hall-${form.unit.region}`]);
    expect(matter.departments.map((d: { code: string }) => d.code)).toEqual(['personnel', 'wage', 'pension', 'injury', 'unemployment', 'sscard', 'archive']);
    expect(matter.departments.every((d: { status: string }) => d.status === 'done')).toBe(true);
  });

  it('refuses a form with a bad releasing unit code and post level, naming both fields', async () => {
    const form = transferFormFor({ applicationNo: 'E2E-TR-BAD' }) as any;
    form.releasingUnit.code = `${form.releasingUnit.code.slice(0, 17)}${form.releasingUnit.code.endsWith('0') ? '1' : '0'}`;
    form.post.level = 0;
    const refused = await submit('transfer', form);
    expect(refused.status).toBe(400);
    expect(refused.body.problems.map((p: { field: string }) => p.field)).toEqual(expect.arrayContaining(['body.releasingUnit.code', 'body.post.level']));
  });
});

describe('post change over HTTP', () => {
  it('completes with the personnel and wage offices', async () => {
    const submitted = await submit('post-change', postChangeFormFor({ applicationNo: 'E2E-PC-1', identitySuffix: '413' }));
    expect(submitted.status).toBe(202);
    const competent = await decide(submitted.body, 'competent');
    expect((await decide(competent.body, 'hall')).status).toBe(200);
    const final = await settled(submitted.body.id);
    expect(final.status).toBe('completed');
    expect(final.departments.map((d) => `${d.code}:${d.status}`)).toEqual(['personnel:done', 'wage:done']);
  });
});

describe('certificates', () => {
  it('are issued as the matter earns them, and the PDF shows the masked name and the matter number', async () => {
    const form = hireFormFor({ applicationNo: 'E2E-CERT', identitySuffix: '415' });
    const clerk = await unitClerkToken(form.unit.code);
    const { body } = await submit('hire', form);
    const id: string = body.id;
    const competent = await decide(body, 'competent');
    expect((await call('GET', `/api/v1/matters/${id}/certificates`, undefined, clerk)).body.items).toEqual([]);
    expect((await decide(competent.body, 'hall')).status).toBe(200);
    await settled(id);

    const { body: list } = await call('GET', `/api/v1/matters/${id}/certificates`, undefined, clerk);
    expect(list.items.map((item: { kind: string }) => item.kind)).toEqual([
      'acceptance-receipt',
      'completion-notice',
      'personnel-record',
      'wage-approval',
      'pension-receipt',
      'injury-receipt',
      'unemployment-receipt',
      'sscard-receipt',
      'archive-notice',
      'employment-receipt',
    ]);

    const notice = await call('GET', `/api/v1/matters/${id}/certificates/completion-notice`, undefined, clerk);
    expect(notice.status).toBe(200);
    expect(notice.headers.get('content-type')).toBe('application/pdf');
    const text = await pdfText(notice.raw);
    expect(text).toContain('办结通知书');
    expect(text).toContain(id);
    expect(text).toContain(`${form.person.name.slice(0, 1)}*`);
    expect(text).not.toContain(form.person.name);
    expect(text).not.toContain(form.person.identityNumber);
  });
});
