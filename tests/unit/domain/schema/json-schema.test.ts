import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildMapJsonSchema, MAP_JSON_SCHEMA_FILE, MAP_JSON_SCHEMA_ID } from '../../../../src/domain/schema/json-schema';

const published = (file: string) => readFileSync(new URL(`../../../../public/${file}`, import.meta.url), 'utf8');
const committed = published(MAP_JSON_SCHEMA_FILE);
const v1 = published('schema/pathway-map.v1.json');

describe('the published JSON Schema', () => {
  it('matches what the zod schema generates today (run `npm run schema:generate` after changing the schema)', () => {
    expect(MAP_JSON_SCHEMA_FILE).toBe('schema/pathway-map.v2.json');
    expect(committed).toBe(buildMapJsonSchema());
  });

  it('keeps v1 published beside it, as it was: v1 files still import', () => {
    const schema = JSON.parse(v1);
    expect(schema).toMatchObject({
      $id: 'urn:pathway-studio:schema:pathway-map:v1',
      title: 'Pathway Studio map, format version 1',
      properties: { schemaVersion: { const: 1 }, transitions: { items: { $ref: '#/$defs/Transition' } } },
    });
    expect(schema.$defs.Transition.properties.requirements).toMatchObject({ type: 'array', items: { type: 'string' } });
    expect(schema.properties.levels).toBeUndefined();
  });

  it('describes v2: the levels, the step cards of each kind, and the requirement tree', () => {
    const schema = JSON.parse(committed);
    expect(schema.properties.levels).toMatchObject({ minItems: 1, maxItems: 12, items: { $ref: '#/$defs/Level' } });
    expect(schema.properties.steps.items.oneOf.map((kind: { $ref: string }) => kind.$ref)).toEqual([
      '#/$defs/CredentialStep',
      '#/$defs/ProgramStep',
      '#/$defs/ExperienceStep',
      '#/$defs/MilestoneStep',
    ]);
    expect(schema.$defs.Transition.properties.requirements.oneOf).toEqual([{ $ref: '#/$defs/AllOf' }, { $ref: '#/$defs/AnyOf' }]);
    expect(schema.$defs.AnyOf.properties.of.items).toEqual({ $ref: '#/$defs/Requirement' });
    expect(schema.$defs.AnyOf.properties.count).toMatchObject({ minimum: 1 });
  });

  it('names itself and states the format rules people rely on', () => {
    const schema = JSON.parse(committed);
    expect(schema).toMatchObject({
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: MAP_JSON_SCHEMA_ID,
      type: 'object',
      required: ['schemaVersion', 'id', 'title'],
      properties: {
        schemaVersion: { const: 2 },
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
    expect(schema.$defs.Wage.description).toMatch(/min ≤ amount ≤ max/);
    expect(schema.$defs.Transition.description).toMatch(/at most one transition per ordered pair/);
  });
});
