/**
 * The typed client for backend teams (clients/typescript): its types are generated from the
 * OpenAPI document by openapi-typescript, so they say exactly what the API says — regenerate
 * after any change to a route's schemas (`npm run client:generate`; the contract suite fails on
 * a stale copy).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { projectRoot } from '../../config/env';

export const clientPackage = resolve(projectRoot, 'clients', 'typescript');
export const clientSchemaFile = resolve(clientPackage, 'src', 'schema.d.ts');

const banner = `/**
 * Generated from the Yijianshi API's OpenAPI document by openapi-typescript (npm run client:generate).
 * Do not edit: regenerate instead.
 */

`;

/** The client's schema module for a document. */
export async function clientSchemaSource(document: OpenAPI3): Promise<string> {
  return banner + astToString(await openapiTS(document, { alphabetize: true }));
}

export function committedClientSchema(): Promise<string> {
  return readFile(clientSchemaFile, 'utf8');
}
