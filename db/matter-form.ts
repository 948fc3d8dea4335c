/** The one form a matter was last submitted or corrected with (personal data: never logged). */
import { eq } from 'drizzle-orm';
import type { Database } from './client';
import { matters } from './schema';

export async function findMatterForm(db: Database, id: string): Promise<{ form: Record<string, unknown>; formVersion: number } | undefined> {
  const [row] = await db.select({ form: matters.form, formVersion: matters.formVersion }).from(matters).where(eq(matters.id, id));
  return row && { form: row.form as Record<string, unknown>, formVersion: row.formVersion };
}
