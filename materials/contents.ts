/**
 * Where a material's bytes are kept, behind the one small interface the API and the clean-up
 * use: PostgreSQL here (`material_contents`), an object store (S3, OSS, MinIO …) in a deployment
 * that would rather not keep files in its database — written as another implementation of this.
 * The record in `materials` is written after the bytes and removed before them, so a crash in
 * between leaves at worst bytes no record names, never a record without its bytes.
 */
import { inArray, eq } from 'drizzle-orm';
import type { Database } from '../db/client';
import { materialContents } from '../db/schema';

export interface MaterialContents {
  put(id: string, bytes: Buffer): Promise<void>;
  /** The bytes, or undefined when none are kept under the id. */
  get(id: string): Promise<Buffer | undefined>;
  /** Removes what is kept under the ids; ids with nothing kept are no error (removal is retried). */
  remove(ids: readonly string[]): Promise<void>;
}

export function postgresMaterialContents(db: Database): MaterialContents {
  return {
    async put(id, bytes) {
      await db.insert(materialContents).values({ materialId: id, bytes }).onConflictDoNothing();
    },
    async get(id) {
      const [row] = await db.select({ bytes: materialContents.bytes }).from(materialContents).where(eq(materialContents.materialId, id));
      return row?.bytes;
    },
    async remove(ids) {
      if (ids.length > 0) await db.delete(materialContents).where(inArray(materialContents.materialId, [...ids]));
    },
  };
}
