/**
 * `npm run client:generate [-- <document URL>]`: regenerates clients/typescript/src/schema.d.ts
 * from the OpenAPI document of a running API — by default `npm start`'s on PORT (the local
 * default the contract suite checks the committed copy against).
 */
import { writeFile } from 'node:fs/promises';
import { loadEnv } from '../config/env';
import type { OpenAPI3 } from 'openapi-typescript';
import { clientSchemaFile, clientSchemaSource } from './lib/typed-client';

const env = loadEnv();
const url = process.argv[2] ?? `http://localhost:${env.PORT}/openapi.json`;
const response = await fetch(url).catch((error: Error) => {
  throw new Error(`cannot read the OpenAPI document at ${url} (is npm start running?): ${error.message}`);
});
if (!response.ok) throw new Error(`${url} answered ${response.status}`);
await writeFile(clientSchemaFile, await clientSchemaSource((await response.json()) as OpenAPI3));
console.log(`wrote ${clientSchemaFile} from ${url}`);
