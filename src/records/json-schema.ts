// The JSON Schema file's exact text, derived from the record schema: the generator writes it,
// the test compares it, the site publishes it.
import { recordJsonSchema } from './schema.ts';

export function recordJsonSchemaText(): string {
  const schema = {
    title: 'bien-nien records',
    description: 'An array of article records extracted by bien-nien. null means unknown: never a guess.',
    ...(recordJsonSchema() as object),
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}
