/**
 * Uploaded materials over real HTTP on a real PostgreSQL: the type judged from the content, the
 * size limit, who may upload and read, every download audited, a form naming only its unit's
 * uploads as they are, and the clean-up of what no form uses.
 */
import { createHash } from 'node:crypto';
import { Client, Connection } from '@temporalio/client';
import { and, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materialMaxBytes } from '../../api/routes/materials';
import { buildApi } from '../../api/server';
import { createLogger } from '../../config/logger';
import { auditEvents, materialContents, materials, matters } from '../../db/schema';
import { hire } from '../../matters/hire';
import { openingState } from '../../matters/opening-state';
import { postgresMaterialContents } from '../../materials/contents';
import { claimMaterials, removeUnusedMaterials, unusedMaterialRetentionMs } from '../../materials/store';
import { hireFormFor } from '../../samples/forms';
import { freePort } from '../../scripts/lib/ports';
import { memberToken, testAuth, unitClerkToken } from '../support/auth';
import { freshDatabase, testVault, type TestDatabase } from '../support/harness';

let db: TestDatabase;
let api: FastifyInstance;
let base: string;
const form = hireFormFor({ applicationNo: 'MATERIALS-1' });
const unit = form.unit.code;
const otherUnit = hireFormFor({ unitSerial: '7' }).unit.code;

const pdf = Buffer.from('%PDF-1.4\n% 聘用合同\n%%EOF\n');
/** A Windows program's first bytes (MZ, then the PE signature where the header points). */
const program = Buffer.alloc(512);
program.write('MZ');
program.writeUInt32LE(0x80, 0x3c);
program.write('PE\0\0', 0x80, 'latin1');

beforeAll(async () => {
  db = await freshDatabase();
  const client = new Client({ connection: Connection.lazy({ address: `127.0.0.1:${await freePort()}`, connectTimeout: 500 }) });
  api = await buildApi({ client, database: db, logger: createLogger('silent'), auth: testAuth, vault: testVault });
  base = await api.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await api?.close();
  await db?.drop();
});

async function upload(token: string, bytes: Buffer, name: string, type = 'application/pdf', query = '') {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(bytes)], { type }), name);
  const response = await fetch(`${base}/api/v1/materials${query}`, { method: 'POST', body, headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as any };
}

async function get(token: string, path: string) {
  const response = await fetch(`${base}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

const downloads = (materialId: string) =>
  db.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'material-downloaded'))
    .then((rows) => rows.filter((row) => (row.details as { materialId?: string }).materialId === materialId));

describe('uploading a material', () => {
  it('keeps a PDF and answers its id with the SHA-256 and size the server computed', async () => {
    const answer = await upload(await unitClerkToken(unit), pdf, '聘用合同.pdf');
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.any(String),
      kind: 'pdf',
      mediaType: 'application/pdf',
      sha256: createHash('sha256').update(pdf).digest('hex'),
      size: pdf.length,
      name: '聘用合同.pdf',
      createdAt: expect.any(String),
    });
    const [stored] = await db.db.select().from(materialContents).where(eq(materialContents.materialId, answer.body.id));
    expect(stored?.bytes.equals(pdf)).toBe(true);
  });

  it('refuses a program renamed offer.pdf and sent as application/pdf with 415 naming what it is, at the field', async () => {
    const answer = await upload(await unitClerkToken(unit), program, 'offer.pdf');
    expect(answer.status).toBe(415);
    expect(answer.body.error).toBe('unsupported_media_type');
    expect(answer.body.problems).toEqual([{ field: 'file', message: expect.stringContaining('exe (application/x-msdownload)') }]);
    expect(await db.db.select().from(materials).where(eq(materials.name, 'offer.pdf'))).toEqual([]);
  });

  it('refuses a file of unknown content with 415', async () => {
    const answer = await upload(await unitClerkToken(unit), Buffer.from('just some text'), 'note.png', 'image/png');
    expect(answer.status).toBe(415);
    expect(answer.body.message).toContain('unknown');
  });

  it('refuses a file one byte over the limit with 413, and takes one at the limit', async () => {
    const over = Buffer.alloc(materialMaxBytes + 1, 0x20);
    pdf.copy(over);
    const refused = await upload(await unitClerkToken(unit), over, 'big.pdf');
    expect(refused.status).toBe(413);
    expect(refused.body).toMatchObject({ error: 'file_too_large', problems: [{ field: 'file', message: expect.stringContaining('20 MB') }] });
    const taken = await upload(await unitClerkToken(unit), over.subarray(0, materialMaxBytes), 'at-limit.pdf');
    expect(taken.status).toBe(201);
    expect(taken.body.size).toBe(materialMaxBytes);
  });

  it('answers 400 at the field without a file, and 415 for a JSON body', async () => {
    const token = await unitClerkToken(unit);
    const empty = await fetch(`${base}/api/v1/materials`, { method: 'POST', body: new FormData(), headers: { authorization: `Bearer ${token}` } });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as { problems: unknown }).problems).toEqual([{ field: 'file', message: expect.stringContaining('请选择要上传的文件') }]);
    const json = await fetch(`${base}/api/v1/materials`, { method: 'POST', body: '{}', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' } });
    expect(json.status).toBe(415);
  });

  it('is for a unit’s clerk only: anyone else gets 403, recorded as a denial', async () => {
    const officer = await memberToken('hall-officer', 'hall-640300', 'hall', '640300', 'uploading.officer');
    expect((await upload(officer, pdf, 'a.pdf')).status).toBe(403);
    expect((await upload(await unitClerkToken(unit), pdf, 'a.pdf', 'application/pdf', `?unit=${otherUnit}`)).status).toBe(403);
    const denials = await db.db.select().from(auditEvents).where(and(eq(auditEvents.action, 'access-denied'), eq(auditEvents.actor, 'uploading.officer')));
    expect(denials).toHaveLength(1);
  });

  it('is in the OpenAPI document with its answers and the content’s media types', async () => {
    const document = (await api.inject({ method: 'GET', url: '/openapi.json' })).json();
    const post = document.paths['/api/v1/materials'].post;
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(['201', '413', '415']));
    expect(Object.keys(document.paths['/api/v1/materials/{id}/content'].get.responses['200'].content)).toEqual(['application/pdf', 'image/jpeg', 'image/png']);
  });
});

describe('reading a material', () => {
  it('is the uploading unit’s until a form names it; another unit is told there is none; each download is audited', async () => {
    const { body: uploaded } = await upload(await unitClerkToken(unit), pdf, '学历证书.pdf');
    const own = await get(await unitClerkToken(unit), `/api/v1/materials/${uploaded.id}/content`);
    expect(own.status).toBe(200);
    expect(own.bytes.equals(pdf)).toBe(true);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(own.headers.get('x-content-type-options')).toBe('nosniff');
    expect(own.headers.get('content-disposition')).toMatch(/^attachment; /);
    expect(await downloads(uploaded.id)).toEqual([expect.objectContaining({ actor: `clerk@${unit}`, matterId: null })]);

    const stranger = await unitClerkToken(otherUnit);
    expect((await get(stranger, `/api/v1/materials/${uploaded.id}/content`)).status).toBe(404);
    expect((await get(stranger, `/api/v1/materials/${uploaded.id}`)).status).toBe(404);
    expect(await downloads(uploaded.id)).toHaveLength(1);
  });

  it('is readable by whoever may read a matter whose form names it, audited with the matter', async () => {
    const token = await unitClerkToken(unit);
    const { body: uploaded } = await upload(token, pdf, '体检报告.pdf');
    const named = { ...form, materials: [{ id: uploaded.id, kind: form.materials[0]!.kind, name: '体检报告.pdf', sha256: uploaded.sha256, size: uploaded.size }] };
    const state = openingState(hire, named, `${unit}-${named.applicationNo}`, '2026-11-27T02:00:00.000Z');
    await db.db.insert(matters).values({ ...state, submittedAt: new Date(state.submittedAt), acceptedAt: null, updatedAt: new Date(state.updatedAt), form: named, version: 1, completedAt: null });
    expect(await claimMaterials(db.db, unit, state.id, named.materials)).toEqual([]);

    const hall = await memberToken('hall-officer', 'hall-640300', 'hall', '640300', 'reading.officer');
    const read = await get(hall, `/api/v1/materials/${uploaded.id}/content?disposition=inline`);
    expect(read.status).toBe(200);
    expect(read.headers.get('content-disposition')).toMatch(/^inline; /);
    expect(await downloads(uploaded.id)).toEqual([expect.objectContaining({ actor: 'reading.officer', matterId: state.id })]);
    const elsewhere = await memberToken('hall-officer', 'hall-640000', 'hall', '640000', 'far.officer');
    expect((await get(elsewhere, `/api/v1/materials/${uploaded.id}/content`)).status).toBe(404);
  });
});

describe('a form naming uploads', () => {
  it('is refused field by field when it names another unit’s upload or misstates one, before any matter starts', async () => {
    const { body: theirs } = await upload(await unitClerkToken(otherUnit), pdf, 'theirs.pdf');
    const { body: ours } = await upload(await unitClerkToken(unit), pdf, 'ours.pdf');
    const [first, second] = form.materials;
    const submitted = {
      ...form,
      applicationNo: 'MATERIALS-2',
      materials: [
        { id: theirs.id, kind: first!.kind, name: 'theirs.pdf', sha256: theirs.sha256, size: theirs.size },
        { id: ours.id, kind: second!.kind, name: 'ours.pdf', sha256: '0'.repeat(64), size: ours.size + 1 },
        ...form.materials.slice(2),
      ],
    };
    const response = await api.inject({ method: 'POST', url: '/api/v1/matters/hire', payload: submitted, headers: { authorization: `Bearer ${await unitClerkToken(unit)}` } });
    expect(response.statusCode).toBe(400);
    expect(response.json().problems).toEqual([
      { field: 'body.materials.0.id', message: expect.stringContaining('本单位没有编号为') },
      { field: 'body.materials.1.sha256', message: expect.stringContaining('SHA-256') },
      { field: 'body.materials.1.size', message: expect.stringContaining(`${ours.size} 字节`) },
    ]);
    const [row] = await db.db.select().from(materials).where(eq(materials.id, ours.id));
    expect(row?.usedAt).toBeNull();
  });
});

describe('the clean-up', () => {
  it('removes, a day after upload, the materials no matter uses — records and bytes — and keeps the rest', async () => {
    const contents = postgresMaterialContents(db.db);
    const { body: unused } = await upload(await unitClerkToken(unit), pdf, 'unused.pdf');
    const [usedUse] = await db.db.select({ id: materials.id }).from(materials).where(eq(materials.name, '体检报告.pdf'));
    const now = new Date();
    expect(await removeUnusedMaterials(db.db, contents, now)).toEqual([]);
    const later = new Date(now.getTime() + unusedMaterialRetentionMs + 60_000);
    const removed = await removeUnusedMaterials(db.db, contents, later);
    expect(removed).toContain(unused.id);
    expect(removed).not.toContain(usedUse!.id);
    expect(await contents.get(unused.id)).toBeUndefined();
    expect(await contents.get(usedUse!.id)).toBeDefined();
    expect((await get(await unitClerkToken(unit), `/api/v1/materials/${unused.id}`)).status).toBe(404);
    expect(await removeUnusedMaterials(db.db, contents, later)).toEqual([]);
  });
});
