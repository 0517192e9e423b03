// Fields this version of the format does not know. They are kept on a round trip (the schema is
// loose), and `kap check` names them so a typo such as "factId" does not go unnoticed.
import { z } from 'zod';
import { formatPath, type PathSegment } from './read';
import { planSchema } from './schema';

function knownKeys(schema: z.ZodType): Set<string> | undefined {
  return schema instanceof z.ZodObject ? new Set(Object.keys(schema.shape)) : undefined;
}

function walk(schema: z.ZodType, value: unknown, path: PathSegment[], out: string[]): void {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) {
    inner = inner.unwrap() as z.ZodType;
  }
  if (inner instanceof z.ZodArray && Array.isArray(value)) {
    value.forEach((item, index) => walk(inner.element as z.ZodType, item, [...path, index], out));
    return;
  }
  const keys = knownKeys(inner);
  if (!keys || typeof value !== 'object' || value === null) return;
  const shape = (inner as z.ZodObject).shape as Record<string, z.ZodType>;
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    // Own keys only: "constructor" or "toString" must not find Object.prototype's.
    const childSchema = Object.hasOwn(shape, key) ? shape[key] : undefined;
    if (childSchema === undefined) out.push(formatPath([...path, key]));
    else walk(childSchema, child, [...path, key], out);
  }
}

/** Paths of the fields in a plan value that the format does not define, in document order. */
export function findUnknownFields(value: unknown): string[] {
  const out: string[] = [];
  walk(planSchema, value, [], out);
  return out;
}
