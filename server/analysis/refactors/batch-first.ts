/**
 * Offer: set `batchFirst` on an RNN, GRU or LSTM constructor to the other value (true where it
 * is false, false where it is true), whatever form the call's options take. Offered only where
 * every evaluation of the call agrees on the current value and the place that sets it is known.
 */
import ts from "typescript";
import type { Span } from "../ir";
import { agreed, constructorsAt, optionsArgument, spreadsArguments, type ConstructorSite } from "./constructors";
import { constObjectFor, countIdentifiers, propertyName, sameSpan, spanOf, usesSnakeCase, within } from "./syntax";
import type { OfferContext } from "./types";

/** Where the new value goes (spans are offsets of the file's text). */
export type BatchFirstEdit =
  /** Replace an expression (a positional argument, a property's value) with the literal. */
  | { readonly at: "value"; readonly span: Span }
  /** Replace the shorthand property `batchFirst` with `batchFirst: <value>`. */
  | { readonly at: "shorthand"; readonly span: Span; readonly name: string }
  /** Add the property to the object literal at `span`. */
  | { readonly at: "object"; readonly span: Span }
  /** Replace the options expression at `span` with `{ ...<expression>, batchFirst: <value> }`. */
  | { readonly at: "spread"; readonly span: Span }
  /** Add `{ batchFirst: <value> }` as the call's last argument (the call is the offer's target). */
  | { readonly at: "argument" };

export interface BatchFirstData {
  readonly value: boolean;
  /** The key a new property is written with: `batch_first` where the options already use snake_case. */
  readonly key: "batchFirst" | "batch_first";
  readonly edit: BatchFirstEdit;
}

export interface BatchFirstOffer {
  readonly title: string;
  readonly target: Span;
  readonly data: BatchFirstData;
}

const SEQUENCE_KINDS = new Set(["RNN", "GRU", "LSTM"]);

export function batchFirstOffers(ctx: OfferContext): BatchFirstOffer[] {
  const site = constructorsAt(ctx).find((s) => SEQUENCE_KINDS.has(s.kind));
  if (!site || spreadsArguments(site.call)) return [];
  const current = agreed(site.modules, (m) => m.config?.batchFirst ?? null);
  if (current === null) return [];
  const placed = placeOf(ctx, site);
  if (!placed) return [];
  const value = !current;
  return [{ title: `Set ${placed.key}: ${value}`, target: site.span, data: { value, key: placed.key, edit: placed.edit } }];
}

function placeOf(ctx: OfferContext, site: ConstructorSite): { edit: BatchFirstEdit; key: BatchFirstData["key"] } | null {
  const sf = ctx.sourceFile;
  const setAt = agreedSpan(site.modules.map((m) => m.argSpans["batch_first"]));
  if (setAt === "differs") return null;
  const options = optionsArgument(site, sf);
  // Set positionally (`new nn.LSTM(10, 20, 1, true, true)`): that argument.
  if (setAt && (site.call.arguments ?? []).some((a) => sameSpan(spanOf(a, sf), setAt) && a !== options)) return { edit: { at: "value", span: setAt }, key: "batchFirst" };
  if (!options) return setAt ? null : { edit: { at: "argument" }, key: "batchFirst" };
  // The options object itself, or the one a `const` declares for this call alone.
  let literal = ts.isObjectLiteralExpression(options) ? options : null;
  if (!literal && ts.isIdentifier(options) && countIdentifiers(sf, options.text) === 2) literal = constObjectFor(sf, options.text, site.span);
  if (literal) {
    const key = usesSnakeCase(literal) ? "batch_first" : "batchFirst";
    // Not set in it (or set by a spread in it): a property added last decides.
    if (!setAt || !within(setAt, spanOf(literal, sf))) return { edit: { at: "object", span: spanOf(literal, sf) }, key };
    const props = literal.properties;
    const i = props.findIndex((p) => within(setAt, spanOf(p, sf)));
    const prop = props[i];
    // A spread after it may set the flag again: the value written here would not be the one used.
    if (!prop || props.slice(i + 1).some((p) => !ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p))) return null;
    const name = propertyName(prop);
    if (ts.isPropertyAssignment(prop) && name !== null) return { edit: { at: "value", span: spanOf(prop.initializer, sf) }, key };
    if (ts.isShorthandPropertyAssignment(prop) && name !== null) return { edit: { at: "shorthand", span: spanOf(prop, sf), name }, key };
    return null;
  }
  // Options held elsewhere (a shared variable, a field, a call's result): overridden for this call only.
  if (ts.isCommaListExpression(options) || (ts.isBinaryExpression(options) && options.operatorToken.kind === ts.SyntaxKind.CommaToken)) return null;
  return { edit: { at: "spread", span: spanOf(options, sf) }, key: "batchFirst" };
}

/** The one span every evaluation set the flag at, undefined where none set it, "differs" otherwise. */
function agreedSpan(spans: readonly (Span | undefined)[]): Span | undefined | "differs" {
  const first = spans[0];
  for (const s of spans) if ((s === undefined) !== (first === undefined) || (s && first && !sameSpan(s, first))) return "differs";
  return first;
}
