import type { OpenAPIObject, ReferenceObject, SchemaObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

/** What class-validator's rules say about a value that the document's own schema does not. */
const RULE_KEYWORDS = [
  'minLength',
  'maxLength',
  'pattern',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'enum',
  'format',
] as const;

type Schema = SchemaObject | ReferenceObject;
const isSchema = (schema: Schema | undefined): schema is SchemaObject => schema !== undefined && !('$ref' in schema);

/**
 * The request bodies' schemas with the rules the validation pipe enforces (lengths, patterns,
 * ranges, integers, allowed values) and without unknown fields (the pipe refuses them): the SWC
 * build runs no Swagger plugin, so `@ApiProperty` alone would document less than is checked and a
 * client could send what the API refuses. The rules are read from class-validator's own metadata.
 */
export function withValidationRules(document: OpenAPIObject): OpenAPIObject {
  const rules = validationMetadatasToSchemas() as Record<string, SchemaObject>;
  for (const [name, schema] of Object.entries(document.components?.schemas ?? {})) {
    const rule = rules[name];
    if (!rule || !isSchema(schema)) continue;
    schema.additionalProperties = false;
    for (const [property, target] of Object.entries(schema.properties ?? {})) {
      const source = rule.properties?.[property];
      if (isSchema(target) && isSchema(source)) takeRules(target, source);
    }
  }
  return document;
}

function takeRules(target: SchemaObject, source: SchemaObject): void {
  for (const keyword of RULE_KEYWORDS) {
    if (source[keyword] !== undefined && target[keyword] === undefined)
      Object.assign(target, { [keyword]: source[keyword] });
  }
  if (target.type === 'number' && source.type === 'integer') target.type = 'integer';
  if (isSchema(target.items) && isSchema(source.items)) takeRules(target.items, source.items);
}
