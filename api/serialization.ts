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
  return nullableAsTypes(z.toJSONSchema(schema, { io: 'output', target: 'draft-7', unrepresentable: 'throw' }));
}

type JsonSchema = { [keyword: string]: unknown };

/**
 * `X | null` as `type: [X's type, 'null']` wherever zod wrote `anyOf: [X, {type: 'null'}]`: the
 * same answers, but fast-json-stringify tells a type list apart with a `typeof`, where for an
 * `anyOf` it validates every value against each branch with ajv (each nullable date of every
 * task of an inbox, every answer).
 */
function nullableAsTypes<Node>(node: Node): Node {
  if (Array.isArray(node)) return node.map(nullableAsTypes) as Node;
  if (node === null || typeof node !== 'object') return node;
  const walked = Object.fromEntries(Object.entries(node).map(([keyword, value]) => [keyword, nullableAsTypes(value)])) as JsonSchema;
  const { anyOf, ...siblings } = walked;
  if (!Array.isArray(anyOf) || anyOf.length !== 2) return walked as Node;
  const [value, nothing] = anyOf as JsonSchema[];
  const single = (branch: JsonSchema | undefined) => typeof branch?.type === 'string' && !('anyOf' in branch) && !('oneOf' in branch) && !('allOf' in branch);
  if (!single(value) || JSON.stringify(nothing) !== '{"type":"null"}') return walked as Node;
  return { ...siblings, ...value, type: [value!.type, 'null'] } as Node;
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

