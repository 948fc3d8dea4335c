/**
 * Answers are written by serialisers compiled once per route and status from the same zod
 * schemas the OpenAPI document is generated from (zod → JSON Schema → fast-json-stringify, as
 * fastify serialises natively), instead of a zod parse of every answer. Like the zod parse, a
 * compiled serialiser writes only the properties the schema declares, so nothing undeclared
 * leaks; a schema that has no JSON Schema form keeps the zod serialiser.
 */
import fastJson from 'fast-json-stringify';
import type { FastifySerializerCompiler } from 'fastify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

type SerializerInput = Parameters<FastifySerializerCompiler<z.ZodType>>[0];

/** The JSON Schema an answer is written by: what the schema outputs; a part JSON Schema cannot express throws. */
export function answerJsonSchema(schema: z.ZodType): object {
  return z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' });
}

type Serializer = (data: unknown) => string;

/** One compilation per schema, however many routes and statuses answer with it (the error body answers almost all). */
const compiled = new WeakMap<z.ZodType, Serializer>();

export function compiledSerializerCompiler(input: SerializerInput): Serializer {
  const { schema } = input;
  const zodSerializer = () => zodSerializerCompiler(input as Parameters<typeof zodSerializerCompiler>[0]) as Serializer;
  if (!(schema instanceof z.ZodType)) return zodSerializer();
  let serializer = compiled.get(schema);
  if (!serializer) {
    try {
      serializer = fastJson(answerJsonSchema(schema) as Parameters<typeof fastJson>[0]) as Serializer;
    } catch {
      serializer = zodSerializer();
    }
    compiled.set(schema, serializer);
  }
  return serializer;
}

