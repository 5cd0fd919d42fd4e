import { SOC_CODE_PATTERN } from '../schema/occupation';
import type { Link } from '../schema/link';
import { isLiteral, isRef, type CtdlNode, type CtdlValue } from './ctdl-graph';
import { CLASS_OF_CREDENTIAL_TYPE, CLASS_OF_KIND, credentialTypeOfClass, credentialTypeOfName, kindOfTypes, type CardKind, type CredentialType } from './component-kinds';
import { keepProps, keepValues, type KeepContext, type Kept } from './ctdl-kept';
import { isCtid } from './mint-ctid';
import { T, literalText, pickLiteral, refs, values } from './terms';
import type { ParseIssue } from '../issues';

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** The JSON a ps: property holds, when it is an object. */
export function psJson(node: CtdlNode | undefined, prop: string): Json | undefined {
  const value = node ? values(node, prop).find((v) => 'json' in v) : undefined;
  return value && 'json' in value && isObject(value.json) ? value.json : undefined;
}

/** Properties a component's card speaks for (the rest are kept verbatim). */
const CARD_PROPS = [
  T.ctid, T.name, T.description, T.subjectWebpage, T.hasProgressionLevel, T.hasCondition,
  T.precedes, T.precededBy, T.prerequisite, T.hasChild, T.isChildOf,
  T.isDestinationComponentOf, T.psCard, T.psMinted,
]; // prettier-ignore

/** Kept for a faithful export but shown on the card (a credential's class, a job's code): not "not kept". */
export const QUIETLY_KEPT = new Set([T.credentialType, T.occupationType, T.codedNotation, T.proxyFor, T.isPartOf]);

export type ReadCard = { node: CtdlNode; kind: CardKind; card: Json; base: Json | undefined; kept: Kept };

function webpages(node: CtdlNode): string[] {
  const urls: string[] = [];
  for (const value of values(node, T.subjectWebpage)) {
    const url = isRef(value) ? value.id : isLiteral(value) ? String(value.value) : '';
    if (/^https?:\/\//i.test(url) && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

/** The card's links: those the base had that the file still lists (or that are not web pages), then new ones. */
function mergeLinks(base: unknown, urls: readonly string[]): Link[] | undefined {
  const before = Array.isArray(base) ? (base.filter((l) => isObject(l) && typeof l.url === 'string') as Link[]) : [];
  const kept = before.filter((link) => urls.includes(link.url) || !/^https?:/i.test(link.url));
  const added = urls.filter((url) => !kept.some((link) => link.url === url)).map((url) => ({ label: hostOf(url), url }));
  const links = [...kept, ...added];
  return links.length > 0 || Array.isArray(base) ? links : undefined;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname || url;
  } catch {
    return url;
  }
}

export const SOC_FRAMEWORK_NAME = 'O*NET-SOC';

/** A literal with no language or type that says exactly `text`. */
const isPlainText = (value: CtdlValue | undefined, text: string) =>
  value !== undefined && isLiteral(value) && value.value === text && value.language === undefined && value.datatype === undefined;

/**
 * O*NET-SOC codes: from occupationType alignments' codedNotation, or the component's own
 * codedNotation. `plain`: the alignment says nothing an export would not write again (the code,
 * the card's title, our framework name), so it need not be kept.
 */
function socCodeOf(node: CtdlNode, byId: ReadonlyMap<string, CtdlNode>, title: string): { soc?: string; other?: string; plain?: string } {
  const found: { code: string; alignment?: CtdlNode }[] = [];
  for (const id of refs(node, T.occupationType)) {
    const alignment = byId.get(id);
    const code = alignment ? literalText(alignment, T.codedNotation) : undefined;
    if (code) found.push({ code: code.trim(), alignment });
  }
  const own = literalText(node, T.codedNotation);
  if (own) found.push({ code: own.trim() });
  const soc = found.find(({ code }) => SOC_CODE_PATTERN.test(code));
  if (!soc) return { other: found[0]?.code };
  const a = soc.alignment;
  const plainProps = (prop: string, list: CtdlValue[]) =>
    (prop === T.codedNotation && list.length === 1) ||
    (prop === T.targetNodeName && list.length === 1 && isPlainText(list[0], title)) ||
    (prop === T.frameworkName && list.length === 1 && isPlainText(list[0], SOC_FRAMEWORK_NAME));
  const plain =
    a && refs(node, T.occupationType).length === 1 && a.types.every((t) => t === T.CredentialAlignmentObject) && Object.entries(a.props).every(([p, l]) => plainProps(p, l))
      ? a.id
      : undefined;
  return { soc: soc.code, plain };
}

function proxyCtid(node: CtdlNode): string | undefined {
  for (const value of values(node, T.proxyFor)) {
    const raw = isRef(value) ? value.id : isLiteral(value) ? String(value.value) : '';
    const ctid = raw.match(/ce-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i)?.[0];
    if (ctid) return ctid.toLowerCase();
  }
  return undefined;
}

/**
 * The language the shown name and description were tagged with (kept as `@language`: prop → tag),
 * so an export tags them again.
 */
export function keepLanguage(node: CtdlNode, kept: Kept): void {
  const languages: Record<string, string> = {};
  for (const prop of [T.name, T.description]) {
    const language = pickLiteral(node, prop)?.language;
    if (language !== undefined) languages[prop] = language;
  }
  if (Object.keys(languages).length > 0) kept['@language'] = languages;
}

/** The rest of a language map: the literals not shown, kept for the export. */
export function otherLiterals(node: CtdlNode, prop: string): CtdlValue[] {
  const chosen = pickLiteral(node, prop);
  return values(node, prop).filter((v) => v !== chosen);
}

export type CardContext = {
  byId: ReadonlyMap<string, CtdlNode>;
  keep: KeepContext;
  levelOfNode: ReadonlyMap<string, string>;
  /** The components this import makes cards of: relations to anything else are kept verbatim. */
  components: ReadonlySet<string>;
  warnings: ParseIssue[];
  nodePath: (id: string) => string;
};

/**
 * One component as a card's fields, on top of `base` (the card as a Pathway Studio export wrote it,
 * else the library's card with the same id): CTDL refreshes what it says, the rest stays.
 */
export function readCard(node: CtdlNode, base: Json | undefined, context: CardContext): ReadCard {
  const kind = kindOfTypes(node.types);
  const card: Json = { ...(base ?? {}) };
  const handled = new Set(CARD_PROPS);
  const extra: Kept = {};
  if (node.types.length !== 1 || node.types[0] !== CLASS_OF_KIND[kind]) extra['@type'] = node.types.length > 0 ? node.types : ['@none'];

  const title = literalText(node, T.name);
  if (title) card.title = title;
  else if (typeof card.title !== 'string' || card.title === '') {
    card.title = `Unnamed component ${node.id.startsWith('_:') ? '' : node.id}`.trim();
    context.warnings.push({ path: context.nodePath(node.id), message: 'has no ceterms:name; called "Unnamed component"' });
  }
  const summary = literalText(node, T.description);
  if (summary) card.summary = summary;
  keepLanguage(node, extra);
  keepValues(extra, T.name, otherLiterals(node, T.name));
  keepValues(extra, T.description, otherLiterals(node, T.description));

  const minted = values(node, T.psMinted).some((v) => isLiteral(v) && v.value === true);
  if (isCtid(node.id) && !minted) card.componentCtid = node.id;
  const level = refs(node, T.hasProgressionLevel).map((id) => context.levelOfNode.get(id)).find((id) => id !== undefined);
  if (level !== undefined) card.level = level;
  const links = mergeLinks(card.links, webpages(node));
  if (links) card.links = links;
  else delete card.links;
  const otherPages = values(node, T.subjectWebpage).filter((v) => !webpages(node).includes(isRef(v) ? v.id : isLiteral(v) ? String(v.value) : ''));
  keepValues(extra, T.subjectWebpage, otherPages);
  for (const prop of [T.precedes, T.precededBy, T.prerequisite, T.hasChild, T.isChildOf]) {
    keepValues(extra, prop, values(node, prop).filter((v) => !isRef(v) || !context.components.has(v.id)));
  }

  if (kind === 'occupation') {
    delete card.kind;
    const { soc, other, plain } = socCodeOf(node, context.byId, String(card.title));
    if (soc) card.socCode = soc;
    else if (other) context.warnings.push({ path: context.nodePath(node.id), message: `has the occupation code "${other}", which is not an O*NET-SOC code; kept as it is` });
    if (plain) {
      handled.add(T.occupationType);
      context.keep.consumed.add(plain);
    }
    if (soc && values(node, T.codedNotation).length === 1 && literalText(node, T.codedNotation)?.trim() === soc) handled.add(T.codedNotation);
  } else {
    card.kind = kind;
    if (kind === 'credential') {
      const classes = [...refs(node, T.credentialType), ...values(node, T.credentialType).filter(isLiteral).map((l) => String(l.value))];
      const fromClass = classes.map(credentialTypeOfClass).find((type) => type !== undefined);
      card.credentialType = fromClass ?? (typeof card.credentialType === 'string' ? card.credentialType : undefined) ?? credentialTypeOfName(String(card.title)) ?? 'certificate';
      if (classes.length === 1 && classes[0] === CLASS_OF_CREDENTIAL_TYPE[card.credentialType as CredentialType]) handled.add(T.credentialType);
      const ctid = proxyCtid(node);
      if (ctid) card.ctid = ctid;
      if (ctid && values(node, T.proxyFor).length === 1) handled.add(T.proxyFor);
    }
    if (kind === 'program' && typeof card.programType !== 'string') card.programType = 'training';
  }
  const kept = keepProps(node, handled, context.keep, extra);
  return { node, kind, card, base, kept };
}
