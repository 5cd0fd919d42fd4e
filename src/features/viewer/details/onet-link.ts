import { SOC_CODE_PATTERN } from '../../../domain/schema/occupation';

/**
 * The O*NET OnLine summary page for an O*NET-SOC code, or undefined for anything that is not one.
 * Maps reach here through the parser, which checks the code; this checks again, because the panel
 * must never build a link from text it has not validated.
 */
export function onetSummaryUrl(socCode: string | undefined): string | undefined {
  if (socCode === undefined || !SOC_CODE_PATTERN.test(socCode)) return undefined;
  return `https://www.onetonline.org/link/summary/${encodeURIComponent(socCode)}`;
}
