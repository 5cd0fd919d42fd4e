import { z } from './zod';
import { describeValue } from '../describe';
import { nonEmptyText, ownId } from './fields';
import { COLOR_PATTERN } from './limits';

/** A CSS hex colour and nothing else, so no map value ever becomes other CSS. */
export const Color = z.string().regex(COLOR_PATTERN, {
  error: (iss) => `must be a colour like #3366cc or #36c, not ${describeValue(iss.input)}`,
});

/** An occupational grouping, drawn as a lane. */
export const Group = z.looseObject({
  id: ownId(),
  label: nonEmptyText(),
  color: Color.optional(),
});

export type Group = z.infer<typeof Group>;
