/**
 * The uploaded materials' records: recording an upload (its bytes through the contents
 * interface), finding one, which matters use it, checking and claiming the ones a form names,
 * and removing those no form uses a day after their upload.
 */
import { createHash, randomUUID } from 'node:crypto';
import { and, eq, inArray, isNull, lt, notExists, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client';
import { materials, materialUses, matters } from '../db/schema';
import type { FieldError } from '../schemas/field-errors';
import type { Material, MaterialFileType } from '../schemas/materials';
import type { MaterialContents } from './contents';

export type MaterialRecord = typeof materials.$inferSelect;

/** How long a material no form uses is kept after its upload (and after the last form that named it, when that form's matter never started). */
export const unusedMaterialRetentionMs = 24 * 3_600_000;

export interface NewMaterial {
  organisation: string;
  uploadedBy: string;
  name: string;
  kind: MaterialFileType;
  mediaType: string;
  bytes: Buffer;
}

/** Keeps the bytes, then the record: the server's own digest and size, a fresh id. */
export async function recordMaterial(db: Database, contents: MaterialContents, upload: NewMaterial): Promise<MaterialRecord> {
  const id = randomUUID();
  const { bytes, ...described } = upload;
  await contents.put(id, bytes);
  const [row] = await db
    .insert(materials)
    .values({ ...described, id, sha256: createHash('sha256').update(bytes).digest('hex'), size: bytes.length })
    .returning();
  return row!;
}

export async function findMaterial(db: Database, id: string): Promise<MaterialRecord | undefined> {
  const [row] = await db.select().from(materials).where(eq(materials.id, id));
  return row;
}

/** The matters on record whose forms name the material, with what decides who may read them. */
export function mattersUsing(db: Database, materialId: string): Promise<{ id: string; parties: string[]; region: string }[]> {
  return db
    .select({ id: matters.id, parties: matters.parties, region: matters.region })
    .from(materialUses)
    .innerJoin(matters, eq(matters.id, materialUses.matterId))
    .where(eq(materialUses.materialId, materialId));
}

export async function isUsedBy(db: Database, materialId: string, matterId: string): Promise<boolean> {
  const [row] = await db
    .select({ matterId: materialUses.matterId })
    .from(materialUses)
    .where(and(eq(materialUses.materialId, materialId), eq(materialUses.matterId, matterId)));
  return row !== undefined;
}

/** The form's materials that name an upload, with their place in the list. */
function uploaded(list: readonly Material[]): { material: Material & { id: string }; index: number }[] {
  return list.flatMap((material, index) => (material.id ? [{ material: material as Material & { id: string }, index }] : []));
}

/**
 * Every problem with the uploads a form names (fields `materials.N.…`): an upload that is not the
 * unit's (or not held at all — the two are one answer, so no unit learns of another's files), or
 * whose digest or size the form misstates.
 */
export async function materialProblems(db: Database, organisation: string, list: readonly Material[]): Promise<FieldError[]> {
  const named = uploaded(list);
  if (named.length === 0) return [];
  const held = await db
    .select({ id: materials.id, sha256: materials.sha256, size: materials.size })
    .from(materials)
    .where(and(inArray(materials.id, named.map((n) => n.material.id)), eq(materials.organisation, organisation)));
  const byId = new Map(held.map((row) => [row.id, row]));
  return named.flatMap(({ material, index }): FieldError[] => {
    const row = byId.get(material.id);
    if (!row) return [{ field: `materials.${index}.id`, message: `本单位没有编号为 ${material.id} 的上传文件，请重新上传 / this unit has no uploaded material ${material.id}; upload the file again` }];
    return [
      ...(row.sha256 === material.sha256 ? [] : [{ field: `materials.${index}.sha256`, message: '与上传文件的 SHA-256 摘要不符 / does not match the SHA-256 of the uploaded file' }]),
      ...(row.size === material.size ? [] : [{ field: `materials.${index}.size`, message: `与上传文件的大小不符（${row.size} 字节） / does not match the uploaded file's size (${row.size} bytes)` }]),
    ];
  });
}

/** Thrown inside the claim's transaction to roll it back: some upload went between the check and the claim. */
class UploadsGone extends Error {
  constructor(readonly problems: FieldError[]) {
    super('uploads removed since the check');
  }
}

/**
 * Marks the uploads a checked form names as used (now) and records that `matterId` uses them —
 * before the matter starts, so the clean-up cannot take them meanwhile. Answers the problems of
 * those removed since the check (in a race with the clean-up only), and then claims none.
 */
export async function claimMaterials(db: Database, organisation: string, matterId: string, list: readonly Material[]): Promise<FieldError[]> {
  const named = uploaded(list);
  if (named.length === 0) return [];
  const ids = [...new Set(named.map((n) => n.material.id))];
  try {
    await db.transaction(async (tx) => {
      const claimed = await tx
        .update(materials)
        .set({ usedAt: sql`now()` })
        .where(and(inArray(materials.id, ids), eq(materials.organisation, organisation)))
        .returning({ id: materials.id });
      const present = new Set(claimed.map((row) => row.id));
      const gone = named.filter((n) => !present.has(n.material.id));
      if (gone.length > 0) {
        throw new UploadsGone(gone.map(({ material, index }) => ({ field: `materials.${index}.id`, message: `上传文件 ${material.id} 已不存在，请重新上传 / uploaded material ${material.id} is gone; upload the file again` })));
      }
      await tx.insert(materialUses).values(ids.map((materialId) => ({ materialId, matterId }))).onConflictDoNothing();
    });
    return [];
  } catch (error) {
    if (error instanceof UploadsGone) return error.problems;
    throw error;
  }
}

/**
 * Removes the materials no form on record uses, uploaded more than a day before `now` — and not
 * named by a form within that day either (a form whose matter never started uses nothing): their
 * records (and so their uses), then their bytes. Idempotent: a second run finds nothing more.
 * Answers the ids removed.
 */
export async function removeUnusedMaterials(db: Database, contents: MaterialContents, now: Date): Promise<string[]> {
  const cutoff = new Date(now.getTime() - unusedMaterialRetentionMs);
  const usedByAMatter = db
    .select({ one: sql`1` })
    .from(materialUses)
    .innerJoin(matters, eq(matters.id, materialUses.matterId))
    .where(eq(materialUses.materialId, materials.id));
  const removed = await db
    .delete(materials)
    .where(and(lt(materials.createdAt, cutoff), or(isNull(materials.usedAt), lt(materials.usedAt, cutoff)), notExists(usedByAMatter)))
    .returning({ id: materials.id });
  const ids = removed.map((row) => row.id);
  await contents.remove(ids);
  return ids;
}
