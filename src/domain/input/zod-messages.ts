import type { z } from 'zod';
import { describeValue, formatNumber } from '../describe';

// zod's own messages ("Invalid input: expected number, received string") are for developers. This
// error map says the same to a career coach. Fields that need their meaning in the message (dollars,
// dates, SOC codes) set their own in the schema; those take precedence over this map.

const TYPE_NAMES: Readonly<Record<string, string>> = {
  number: 'a number',
  int: 'a whole number',
  string: 'text in double quotes',
  boolean: 'true or false',
  array: 'a list in [square brackets]',
  object: 'an object in {curly braces}',
};

function oneOf(values: readonly unknown[]): string {
  const shown = values.map((value) => JSON.stringify(value));
  if (shown.length <= 1) return shown.join('');
  return `one of ${shown.slice(0, -1).join(', ')} or ${shown.at(-1)}`;
}

function limit(value: number | bigint): string {
  return formatNumber(Number(value));
}

type RawIssue = Parameters<z.core.$ZodErrorMap>[0];

function explainSize(iss: RawIssue & { code: 'too_big' | 'too_small' }): string {
  const big = iss.code === 'too_big';
  const bound = limit(big ? iss.maximum : iss.minimum);
  const input = iss.input;
  switch (iss.origin) {
    case 'string': {
      const length = typeof input === 'string' ? formatNumber(input.length) : '';
      if (big) return `is too long: ${length} characters; the limit is ${bound}`;
      return iss.minimum === 1 ? "can't be empty" : `is too short: it needs at least ${bound} characters`;
    }
    case 'array': {
      const length = Array.isArray(input) ? formatNumber(input.length) : '';
      return big ? `has ${length} items; the limit is ${bound}` : `needs at least ${bound} items`;
    }
    default:
      if (!big && Number(iss.minimum) === 0) return `can't be negative (${describeValue(input)})`;
      return `must be ${big ? 'at most' : 'at least'} ${bound}, not ${describeValue(input)}`;
  }
}

/** A zod error map giving plain-English messages; pass as `safeParse(data, { error: explainZodIssue })`. */
export const explainZodIssue: z.core.$ZodErrorMap = (iss) => {
  const input = iss.input;
  if (input === undefined && (iss.code === 'invalid_type' || iss.code === 'invalid_union' || iss.code === 'invalid_value')) {
    return 'is required';
  }
  switch (iss.code) {
    case 'invalid_type': {
      const wanted = TYPE_NAMES[iss.expected];
      return wanted ? `must be ${wanted}, not ${describeValue(input)}` : `has the wrong kind of value (${describeValue(input)})`;
    }
    case 'too_big':
    case 'too_small':
      return explainSize(iss);
    case 'invalid_value':
      return `must be ${oneOf(iss.values)}, not ${describeValue(input)}`;
    case 'invalid_format':
      return `isn't in the right format: ${describeValue(input)}`;
    case 'invalid_union':
      // A list of kinds told apart by one field (a requirement's "type"): name the kinds it may be.
      if ('discriminator' in iss && 'options' in iss && Array.isArray(iss.options) && input !== null && typeof input === 'object') {
        const given = (input as Record<string, unknown>)[String(iss.discriminator)];
        return `must be ${oneOf(iss.options)}, not ${describeValue(given)}`;
      }
      return `isn't any of the allowed kinds of value (${describeValue(input)})`;
    default:
      return `isn't valid (${describeValue(input)})`;
  }
};
