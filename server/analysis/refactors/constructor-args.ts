/**
 * Offer: convert a recurrent constructor's positional arguments to an options object
 * (`new nn.LSTM(10, 20, 2)` -> `new nn.LSTM({ inputSize: 10, hiddenSize: 20, numLayers: 2 })`),
 * and back (sizes and `numLayers` positional, the rest left in an options object: the engine's
 * typed signatures `(inputSize, hiddenSize, numLayers?, options?)`, cells `(inputSize,
 * hiddenSize, options?)`). Offered only where the new call means the same: the analysis read
 * every argument where the rewrite puts it, nothing is spread, no value moves before another
 * one whose evaluation could be observed, and no comment would be lost.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import type { Span } from "../ir";
import type { ModuleValue } from "../interpreter/values";
import { constructorsAt, optionsArgument, spreadsArguments, type ConstructorSite } from "./constructors";
import { hasComment, isPlainObject, isPure, propertyName, sameSpan, spanOf, usesSnakeCase } from "./syntax";
import type { OfferContext } from "./types";

export interface ConstructorArgsData {
  readonly direction: "to-options" | "to-positional";
  /**
   * What moves, in its new order: to options, each positional argument with its key; to
   * positional, the values of the sizes (and `numLayers`) taken out of the object.
   */
  readonly moved: readonly { readonly key: string; readonly value: Span }[];
  /** The option properties that stay as written, in their order. */
  readonly kept: readonly Span[];
}

export interface ConstructorArgsOffer {
  readonly title: string;
  readonly target: Span;
  readonly data: ConstructorArgsData;
}

const CAMEL: Readonly<Record<string, string>> = { input_size: "inputSize", hidden_size: "hiddenSize", num_layers: "numLayers", batch_first: "batchFirst", proj_size: "projSize" };

export function constructorArgsOffers(ctx: OfferContext): ConstructorArgsOffer[] {
  const site = constructorsAt(ctx)[0];
  if (!site || spreadsArguments(site.call) || !site.call.arguments) return [];
  const toOptions = toOptionsData(ctx, site);
  if (toOptions) return [{ title: "Convert arguments to an options object", target: site.span, data: toOptions }];
  const toPositional = toPositionalData(ctx, site);
  if (toPositional) return [{ title: "Convert options to positional arguments", target: site.span, data: toPositional }];
  return [];
}

function toOptionsData(ctx: OfferContext, site: ConstructorSite): ConstructorArgsData | null {
  const sf = ctx.sourceFile;
  const args = site.call.arguments ?? [];
  const options = optionsArgument(site, sf);
  const positional = options ? args.slice(0, -1) : [...args];
  if (positional.length === 0) return null;
  // The options must be visible to merge into (a variable's keys could collide with the positional ones).
  if (options && (!ts.isObjectLiteralExpression(options) || !isPlainObject(options))) return null;
  const names = shapes.POSITIONAL_PARAMETERS[site.kind];
  const snake = usesSnakeCase(options && ts.isObjectLiteralExpression(options) ? options : null);
  const moved: { key: string; value: Span }[] = [];
  for (const [i, a] of positional.entries()) {
    const name = names[i];
    const span = spanOf(a, sf);
    // Every evaluation read this argument as that parameter.
    if (!name || !site.modules.every((m) => { const s = m.argSpans[name]; return s !== undefined && sameSpan(s, span); })) return null;
    moved.push({ key: snake ? name : (CAMEL[name] ?? name), value: span });
  }
  // Alone, the last positional argument must not be an object at run time: the engine would take it as the options.
  const lastName = names[positional.length - 1];
  if (!options && (!lastName || !site.modules.every((m) => surelyNotOptions(m, lastName)))) return null;
  const literal = options && ts.isObjectLiteralExpression(options) ? options : null;
  const kept = literal ? literal.properties.map((p) => spanOf(p, sf)) : [];
  // The rewrite replaces the text from `(` to the first option kept (or to `)`): a comment there would be lost.
  const list = site.call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const firstKept = kept[0];
  const spans = [{ start: list.pos, end: list.pos }, ...moved.map((m) => m.value), ...(literal ? [{ start: spanOf(literal, sf).start, end: spanOf(literal, sf).start + 1 }] : []), firstKept ? { start: firstKept.start, end: firstKept.start } : { start: list.end, end: list.end }];
  if (commentsBetween(ctx.analysis.text, spans)) return null;
  return { direction: "to-options", moved, kept };
}

function toPositionalData(ctx: OfferContext, site: ConstructorSite): ConstructorArgsData | null {
  const sf = ctx.sourceFile;
  const args = site.call.arguments;
  const only = args?.[0];
  if (!args || args.length !== 1 || !only || !ts.isObjectLiteralExpression(only) || !isPlainObject(only) || optionsArgument(site, sf) !== only) return null;
  const names = shapes.POSITIONAL_PARAMETERS[site.kind];
  // The typed signatures: the two sizes, then numLayers for the sequence modules.
  const movable = names.slice(0, shapes.isCellKind(site.kind) ? 2 : 3);
  const props = only.properties;
  const paramOf = (p: ts.ObjectLiteralElementLike) => shapes.optionParameter(propertyName(p) ?? "");
  const moved: { key: string; value: Span; prop: ts.ObjectLiteralElementLike }[] = [];
  for (const name of movable) {
    const prop = props.find((p) => paramOf(p) === name);
    if (!prop) break;
    const value = ts.isPropertyAssignment(prop) ? prop.initializer : ts.isShorthandPropertyAssignment(prop) ? prop.name : null;
    if (!value) return null;
    moved.push({ key: name, value: spanOf(value, sf), prop });
  }
  if (moved.length < 2) return null;
  const rest = props.filter((p) => !moved.some((m) => m.prop === p));
  const last = moved[moved.length - 1];
  if (rest.length === 0 && last && !site.modules.every((m) => surelyNotOptions(m, last.key as keyof shapes.RecurrentArgs))) return null;
  // Moving values first changes the order they are evaluated in: only values without effects may move.
  const reordered = [...moved.map((m) => m.prop), ...rest].some((p, i) => p !== props[i]);
  if (reordered && !props.every((p) => ts.isShorthandPropertyAssignment(p) || (ts.isPropertyAssignment(p) && isPure(p.initializer)))) return null;
  // The moved properties go, with what separates them from their neighbours: no comment may be there.
  const text = ctx.analysis.text;
  const literalSpan = spanOf(only, sf);
  const lost = props.some((p, i) => {
    if (!moved.some((m) => m.prop === p)) return false;
    const before = props[i - 1]?.end ?? literalSpan.start + 1;
    const after = props[i + 1] ? spanOf(props[i + 1] as ts.ObjectLiteralElementLike, sf).start : literalSpan.end - 1;
    return hasComment(text, before, after);
  });
  // With nothing kept, the whole argument list is rewritten.
  if (lost || (rest.length === 0 && (hasComment(text, args.pos, literalSpan.start) || hasComment(text, literalSpan.end, args.end)))) return null;
  return { direction: "to-positional", moved: moved.map(({ key, value }) => ({ key, value })), kept: rest.map((p) => spanOf(p, sf)) };
}

/** A value the engine cannot take for an options object: a number, flag or string (or a size the analysis tracks). */
function surelyNotOptions(m: ModuleValue, name: string): boolean {
  const v = (m.rawArgs as Record<string, unknown> | null)?.[name];
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string" || typeof v === "bigint") return true;
  return typeof v === "object" && v !== null && shapes.isSym(v as shapes.Dim);
}

/** Whether a comment sits between consecutive spans (it would be lost when they are rewritten). */
function commentsBetween(text: string, spans: readonly Span[]): boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  return sorted.some((s, i) => {
    const next = sorted[i + 1];
    return next !== undefined && hasComment(text, s.end, next.start);
  });
}
