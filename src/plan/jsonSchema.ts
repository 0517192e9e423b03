// The JSON Schema for editors (assets/kap.schema.json) is generated from the zod schema, so the
// two cannot drift apart; a test fails when the shipped file is stale.
import { z } from 'zod';
import { planSchema, PLAN_VERSION } from './schema';

export function planJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(planSchema, { io: 'input', target: 'draft-2020-12' });
  return {
    ...generated,
    title: `Key account plan (format "kap", version ${PLAN_VERSION})`,
    description:
      'A key account plan in six steps: facts → so what? → top 5 opportunities / risks → at most 3 SMART goals → a strategy per goal → a 12-month action plan.',
  };
}

export function planJsonSchemaText(): string {
  return `${JSON.stringify(planJsonSchema(), null, 2)}\n`;
}
