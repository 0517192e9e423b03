import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { planJsonSchema, planJsonSchemaText } from '../../src/plan/jsonSchema';
import { addMonths, isInWindow, monthOffset, planWindow } from '../../src/plan/dates';
import { isCalendarDate } from '../../src/plan/schema';
import { findUnknownFields } from '../../src/plan/unknown';
import { makePlan } from '../builders';

describe('the JSON Schema for editors', () => {
  it('is generated from the zod schema and the shipped copy is current (run `npm run schema`)', () => {
    const shipped = readFileSync(resolve(__dirname, '../../assets/kap.schema.json'), 'utf8');
    expect(shipped).toBe(planJsonSchemaText());
  });

  it('describes the required collections, the enums and the open objects', () => {
    const schema = planJsonSchema() as {
      required: string[];
      additionalProperties: unknown;
      properties: Record<string, { items?: { properties: Record<string, { enum?: string[] }> } }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'format',
        'version',
        'account',
        'facts',
        'gaps',
        'soWhats',
        'opportunities',
        'risks',
        'goals',
        'strategies',
        'actions',
      ]),
    );
    expect(schema.properties.facts?.items?.properties.area?.enum).toEqual([
      'account',
      'market',
      'requirements',
      'competition',
      'other',
    ]);
    // Unknown fields are allowed, so editors do not flag what the reader keeps.
    expect(schema.additionalProperties).toEqual({});
  });
});

describe('calendar dates', () => {
  it('accepts real dates only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-13-01')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
    expect(isCalendarDate('2027-01-01T00:00:00Z')).toBe(false);
  });

  it('adds months clamping to the month end, across years', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2027-11-15', 3)).toBe('2028-02-15');
    expect(addMonths('2027-04-01', 12)).toBe('2028-04-01');
  });

  it('gives a half-open 12-month window and month offsets inside it', () => {
    const window = planWindow(makePlan({ account: { name: 'X', periodStart: '2027-04-01' } }));
    expect(window).toEqual({ start: '2027-04-01', end: '2028-04-01' });
    expect(isInWindow(window, '2027-04-01')).toBe(true);
    expect(isInWindow(window, '2028-03-31')).toBe(true);
    expect(isInWindow(window, '2028-04-01')).toBe(false);
    expect(monthOffset(window, '2028-03-31')).toBe(11);
  });
});

describe('unknown fields', () => {
  it('lists the paths of fields the format does not define, at any depth', () => {
    const plan = makePlan();
    const value = {
      ...plan,
      account: { ...plan.account, industry: 'x' },
      goals: [{ ...plan.goals[0], sponsor: 'y' }],
      notes: [],
    };
    expect(findUnknownFields(value)).toEqual(['account.industry', 'goals[0].sponsor', 'notes']);
    expect(findUnknownFields(plan)).toEqual([]);
  });
});
