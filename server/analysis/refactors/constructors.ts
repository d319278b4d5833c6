/**
 * The recurrent constructor calls a selection is in, with what the analysis built there: the
 * facts give the modules (one per time the call was evaluated), the syntax tree the call.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import type { Span } from "../ir";
import type { ModuleValue } from "../interpreter/values";
import { newExpressionAt, spanOf, within } from "./syntax";
import type { OfferContext } from "./types";

export interface ConstructorSite {
  readonly call: ts.NewExpression;
  readonly span: Span;
  readonly kind: shapes.RecurrentKind;
  /** The modules the analysis built at this call, each with a checked configuration. */
  readonly modules: readonly ModuleValue[];
}

/** The recurrent constructor calls (`new nn.LSTM(...)`) that contain the selection, innermost first. */
export function constructorsAt(ctx: OfferContext): ConstructorSite[] {
  const a = ctx.analysis;
  const bySpan = new Map<string, ModuleValue[]>();
  for (const f of a.facts) {
    const m = f.value.t === "module" ? f.value : f.module;
    if (!m || !m.config || m.at.file !== a.file || !within(ctx.range, m.at.span)) continue;
    const key = `${m.at.span.start}:${m.at.span.end}`;
    const list = bySpan.get(key) ?? [];
    if (!list.some((x) => x.id === m.id)) list.push(m);
    bySpan.set(key, list);
  }
  const out: ConstructorSite[] = [];
  for (const modules of bySpan.values()) {
    const first = modules[0];
    if (!first?.config) continue;
    const call = newExpressionAt(ctx.sourceFile, first.at.span);
    // Every evaluation built the same kind of module (a call through a variable class may not).
    if (!call || modules.some((m) => m.kind !== first.kind)) continue;
    out.push({ call, span: spanOf(call, ctx.sourceFile), kind: first.config.kind, modules });
  }
  return out.sort((x, y) => x.span.end - x.span.start - (y.span.end - y.span.start));
}

/** The value every module agrees on, or null when they differ or it is unknown. */
export function agreed<T>(modules: readonly ModuleValue[], read: (m: ModuleValue) => T | null): T | null {
  let value: T | null = null;
  for (const m of modules) {
    const v = read(m);
    if (v === null || (value !== null && v !== value)) return null;
    value = v;
  }
  return value;
}

/**
 * The options argument as the analysis read it: the last argument when it is not one of the
 * positional parameters (the engine takes a trailing plain object as the options), or null.
 */
export function optionsArgument(site: ConstructorSite, sf: ts.SourceFile): ts.Expression | null {
  const args = site.call.arguments ?? ts.factory.createNodeArray<ts.Expression>();
  const last = args[args.length - 1];
  if (!last) return null;
  const names = shapes.POSITIONAL_PARAMETERS[site.kind];
  const positionalName = names[args.length - 1];
  const lastSpan = spanOf(last, sf);
  const asPositional = positionalName === undefined ? undefined : site.modules[0]?.argSpans[positionalName];
  if (asPositional && asPositional.start === lastSpan.start && asPositional.end === lastSpan.end) return null;
  return last;
}

/** Whether the call spreads an argument (`new nn.LSTM(...args)`): its parameters are not where they are written. */
export function spreadsArguments(call: ts.NewExpression): boolean {
  return (call.arguments ?? []).some((a) => ts.isSpreadElement(a));
}
