import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMapJsonSchema, MAP_JSON_SCHEMA_ID } from '../../../../src/domain/schema/json-schema';

const committed = readFileSync(new URL('../../../../public/schema/pathway-map.v1.json', import.meta.url), 'utf8');

describe('the published JSON Schema', () => {
  it('matches what the zod schema generates today (run `npm run schema:generate` after changing the schema)', () => {
    expect(committed).toBe(buildMapJsonSchema());
  });

  it('names itself and states the format rules people rely on', () => {
    const schema = JSON.parse(committed);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: MAP_JSON_SCHEMA_ID,
      type: 'object',
      required: ['schemaVersion', 'id', 'title'],
      properties: {
        schemaVersion: { const: 1 },
        title: { minLength: 1, maxLength: 200 },
        occupations: { maxItems: 5000, items: { $ref: '#/$defs/Occupation' } },
        transitions: { maxItems: 20000, items: { $ref: '#/$defs/Transition' } },
      },
    });
    expect(schema.$defs.Occupation.properties.socCode.pattern).toBe('^\\d{2}-\\d{4}(?:\\.\\d{2})?$');
    expect(schema.$defs.Group.properties.color.pattern).toBe('^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$');
    expect(schema.$defs.Position.properties.x).toMatchObject({ minimum: -1_000_000, maximum: 1_000_000 });
  });

  it('keeps unknown fields allowed and says in words what JSON Schema cannot check', () => {
    const schema = JSON.parse(committed);
    expect(schema.additionalProperties).toEqual({});
    expect(schema.$defs.Occupation.additionalProperties).toEqual({});
    expect(schema.$defs.Url.description).toMatch(/http:, https: or mailto:/);
    expect(schema.$defs.Wage.description).toMatch(/min ≤ median ≤ max/);
    expect(schema.$defs.Transition.description).toMatch(/at most one transition per ordered pair/);
  });
});
