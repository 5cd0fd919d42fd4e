// How each kind of input shows a value as text and reads it back. A reading the schema would refuse is
// returned as the text itself, so the schema's message can quote it ("not "$35,000"").

export type Codec = { format: (value: unknown) => string; parse: (text: string) => unknown };

/** Plain text; an emptied optional field is cleared (undefined), an emptied required one stays "". */
export const textCodec = (optional: boolean): Codec => ({
  format: (value) => (typeof value === 'string' ? value : ''),
  parse: (text) => (text === '' && optional ? undefined : text),
});

const NUMBER = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?$/i;

/** Numbers typed as text: empty clears the field; anything but a plain number goes to the schema as text. */
export const numberCodec: Codec = {
  format: (value) => (typeof value === 'number' ? String(value) : ''),
  parse: (text) => {
    const trimmed = text.trim();
    if (trimmed === '') return undefined;
    return NUMBER.test(trimmed) ? Number(trimmed) : text;
  },
};

/** A list of short texts, one per line; blank lines are dropped and an empty list clears the field. */
export const linesCodec: Codec = {
  format: (value) => (Array.isArray(value) ? value.join('\n') : ''),
  parse: (text) => {
    const lines = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    return lines.length === 0 ? undefined : lines;
  },
};

/** A date input shows yyyy-mm-dd; a stored date and time shows its date until the field is edited. */
export const dateCodec: Codec = {
  format: (value) => (typeof value === 'string' ? (/^\d{4}-\d{2}-\d{2}/.exec(value)?.[0] ?? value) : ''),
  parse: (text) => (text === '' ? undefined : text),
};

/** A select: the empty option means "not set". */
export const choiceCodec: Codec = {
  format: (value) => (typeof value === 'string' ? value : ''),
  parse: (text) => (text === '' ? undefined : text),
};
