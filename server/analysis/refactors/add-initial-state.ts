/**
 * Offer: give a recurrent forward call that passes no hidden state (`rnn.forward(x)`, or
 * `forward(x, null)`) the zero state it gets by default, written out: `h0` (and `c0` for an
 * LSTM or LSTMCell) declared before the call's statement with `torch.zeros(...)` and passed.
 * The sizes are written from the code itself — the constructor's own arguments (`numLayers * 2`
 * for a bidirectional layer, `projSize` for an LSTM's h0 when projections are on) and the input's
 * batch (`x.size(1)`, `x.size(0)` when batch-first) — following the engine's rule for the state
 * (`sequenceForward` / `cellForward` in engine/shapes/recurrent-forward.ts): sequence modules take
 * `(numLayers * directions, batch, projSize || hiddenSize)` (`c0`: hiddenSize), 2-D without the
 * batch for unbatched input; cells take `(batch, hiddenSize)`, 1-D for unbatched input.
 *
 * Offered only where that text means at the call what it meant at the constructor: every
 * argument it copies is a literal or arithmetic on names bound to the same never-reassigned
 * declaration at both places (or on a class constructor's parameters, read in a method through
 * the fields that hold them), a flag given by name is tested in the sizes (`bidi ? 2 : 1`), and
 * every evaluation of the call agrees on the constructor and the input's rank. Anything else: no
 * offer.
 */
import ts from "typescript";
import { shapes } from "../../../engine";
import { ENGINE_MODULE, type Span } from "../ir";
import type { Fact } from "../interpreter/context";
import type { ModuleValue, Value } from "../interpreter/values";
import { bindingAt, isReassigned, pathTo, sameStableBinding } from "./bindings";
import { fieldHolding } from "./constructor-fields";
import { startsLine } from "./indentation";
import { spanOf } from "./syntax";
import type { OfferContext } from "./types";

export interface AddInitialStateData {
  /** The statement the declarations go before (its indentation is theirs). */
  readonly statement: Span;
  /** The `null` / `undefined` passed as the state, replaced by it; null: the state is added after the input. */
  readonly replace: Span | null;
  /** The new statements, one per state: `const h0 = torch.zeros(2 * 2, x.size(1), hidden);`. */
  readonly declarations: readonly string[];
  /** What is passed: `h0`, or `[h0, c0]`. */
  readonly argument: string;
  /** The named imports (`{ nn }`) of the engine that `torch` is added to, when the file has no `torch` yet. */
  readonly importTorchInto: Span | null;
}

export interface AddInitialStateOffer {
  readonly title: string;
  readonly target: Span;
  readonly data: AddInitialStateData;
}

export function addInitialStateOffers(ctx: OfferContext): AddInitialStateOffer[] {
  const call = forwardCallAt(ctx);
  if (!call) return [];
  const plan = planStates(ctx, call);
  if (!plan) return [];
  const names = plan.pair ? freshNames(ctx.sourceFile, ["h0", "c0"]) : freshNames(ctx.sourceFile, ["h0"]);
  const zeros = `${plan.torch}.zeros`;
  // Semicolons as the statement has them (a line that starts like `(` or `[` needs the one before it).
  const stmtText = ctx.analysis.text.slice(call.statement.start, call.statement.end);
  const semicolon = stmtText.endsWith(";") || /^[([`+\-/]/.test(stmtText) ? ";" : "";
  const declarations = plan.sizes.map((sizes, i) => `const ${names[i] as string} = ${zeros}(${sizes.join(", ")})${semicolon}`);
  const argument = plan.pair ? `[${names.join(", ")}]` : (names[0] as string);
  const title = plan.pair ? `Pass the initial states ${names.join(" and ")} (zeros)` : `Pass the initial state ${names[0] as string} (zeros)`;
  return [{ title, target: call.span, data: { statement: call.statement, replace: call.replace, declarations, argument, importTorchInto: plan.importTorchInto } }];
}

interface ForwardCall {
  readonly span: Span;
  readonly input: ts.Expression;
  readonly replace: Span | null;
  readonly statement: Span;
  /** Every evaluation of the call the analysis made. */
  readonly facts: readonly Fact[];
  readonly module: ModuleValue;
}

/** The innermost recurrent forward call without a state that contains the selection. */
function forwardCallAt(ctx: OfferContext): ForwardCall | null {
  const a = ctx.analysis;
  const sf = ctx.sourceFile;
  const bySpan = new Map<string, Fact[]>();
  for (const f of a.facts) {
    if (f.role !== "call" || !f.module?.config || f.span.start > ctx.range.start || f.span.end < ctx.range.end) continue;
    const key = `${f.span.start}:${f.span.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), f]);
  }
  const candidates = [...bySpan.values()].sort((x, y) => span(x).end - span(x).start - (span(y).end - span(y).start));
  for (const facts of candidates) {
    const first = facts[0] as Fact;
    const m = first.module as ModuleValue;
    // One constructor, in this file, made every module the call ran.
    if (m.at.file !== a.file || facts.some((f) => !f.module?.config || f.module.at.span.start !== m.at.span.start || f.module.at.span.end !== m.at.span.end)) continue;
    const path = pathTo(sf, first.span.start);
    const node = path.find((n): n is ts.CallExpression => ts.isCallExpression(n) && n.getStart(sf) === first.span.start && n.end === first.span.end);
    if (!node || !ts.isPropertyAccessExpression(node.expression) || node.expression.name.text !== "forward") continue;
    const args = node.arguments;
    const input = args[0];
    if (!input || args.length > 2 || args.some((x) => ts.isSpreadElement(x))) continue;
    const state = args[1];
    if (state && !isNothing(state)) continue;
    // An error at the call stays an error with the state written out: fix that first.
    if (a.findings.some((f) => f.severity === "error" && f.span.start >= first.span.start && f.span.end <= first.span.end)) continue;
    const statement = statementOf(path, node, sf);
    if (!statement) continue;
    return { span: first.span, input, replace: state ? spanOf(state, sf) : null, statement, facts, module: m };
  }
  return null;
}

function span(facts: readonly Fact[]): Span {
  return (facts[0] as Fact).span;
}

function isNothing(e: ts.Expression): boolean {
  return e.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(e) && e.text === "undefined");
}

/**
 * The statement the call is part of, in a list of statements (a block, a file, a case) and in
 * the same function: declarations inserted before it run right before the call's statement does.
 */
function statementOf(path: readonly ts.Node[], call: ts.Node, sf: ts.SourceFile): Span | null {
  const at = path.indexOf(call);
  for (let i = at - 1; i >= 1; i--) {
    const n = path[i] as ts.Node;
    // The call runs later than its enclosing statement: a callback, a method, a default value.
    if (ts.isFunctionLike(n) || ts.isClassLike(n)) return null;
    const parent = path[i - 1] as ts.Node;
    if (ts.isSourceFile(parent) || ts.isBlock(parent) || ts.isModuleBlock(parent) || ts.isCaseClause(parent) || ts.isDefaultClause(parent)) {
      if (!ts.isStatement(n)) return null;
      // A loop's or branch's condition runs more than once, or apart from its statement.
      if (!ts.isExpressionStatement(n) && !ts.isVariableStatement(n) && !ts.isReturnStatement(n)) return null;
      // The declarations take the lines before it, at its indentation: it starts its line.
      const start = n.getStart(sf);
      if (!startsLine(sf.text, start)) return null;
      return { start, end: n.end };
    }
  }
  return null;
}

interface StatePlan {
  /** Each state's size expressions. */
  readonly sizes: readonly (readonly string[])[];
  /** LSTM, LSTMCell: the states are passed as a pair. */
  readonly pair: boolean;
  /** How the file names the engine's `torch` at the call. */
  readonly torch: string;
  readonly importTorchInto: Span | null;
}

/** The constructor argument expression the analysis read `name` from, or null when it was not written. */
function ctorArgument(ctx: OfferContext, m: ModuleValue, name: string): ts.Expression | null {
  const s = m.argSpans[name];
  if (!s) return null;
  const sf = ctx.sourceFile;
  const path = pathTo(sf, s.start);
  for (let i = path.length - 1; i >= 0; i--) {
    const n = path[i] as ts.Node;
    if (n.getStart(sf) !== s.start || n.end !== s.end) continue;
    // Read from an options object's key (`const opts = { numLayers: 2 }` passed by name): its value.
    const parent = path[i - 1];
    if (parent && ts.isPropertyAssignment(parent) && parent.name === n) return parent.initializer;
    if (parent && ts.isShorthandPropertyAssignment(parent)) return parent.name;
    return ts.isExpression(n) ? n : null;
  }
  return null;
}

/**
 * An expression copied to `to`: its text, when it means the same there as where it is written —
 * literals and arithmetic on names bound to the same never-reassigned declaration at both places,
 * or on a class constructor's parameters read in a method through the fields that hold them
 * (`hidden` -> `this.hidden`, constructor-fields.ts).
 */
function portable(ctx: OfferContext, e: ts.Expression, to: number): string | null {
  const sf = ctx.sourceFile;
  const replacements: { start: number; end: number; text: string }[] = [];
  const ok = (x: ts.Expression): boolean => {
    if (ts.isParenthesizedExpression(x)) return ok(x.expression);
    if (ts.isNumericLiteral(x)) return true;
    if (ts.isIdentifier(x)) {
      if (x.text === "undefined") return false;
      if (sameStableBinding(sf, x.text, x.getStart(sf), to)) return true;
      const b = bindingAt(sf, x.getStart(sf), x.text);
      const field = b ? fieldHolding(sf, b, x.text, to) : null;
      if (field !== null) replacements.push({ start: x.getStart(sf), end: x.end, text: field });
      return field !== null;
    }
    if (ts.isBinaryExpression(x)) {
      const op = x.operatorToken.kind;
      return (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.MinusToken || op === ts.SyntaxKind.AsteriskToken) && ok(x.left) && ok(x.right);
    }
    return false;
  };
  if (!ok(e)) return null;
  const start = e.getStart(sf);
  let text = e.getText(sf);
  for (const r of replacements.sort((a, b) => b.start - a.start)) text = text.slice(0, r.start - start) + r.text + text.slice(r.end - start);
  return text;
}

/** Whether the expression needs parentheses as an operand of `*`. */
function needsParens(e: ts.Expression): boolean {
  return ts.isBinaryExpression(e) && e.operatorToken.kind !== ts.SyntaxKind.AsteriskToken;
}

/**
 * An argument the call does not write is its default only where every evaluation's module says
 * so (options the analysis could not see may have set it).
 */
function defaulted(call: ForwardCall, holds: (c: shapes.RecurrentConfig) => boolean): boolean {
  return call.facts.every((f) => f.module?.config != null && holds(f.module.config));
}

/**
 * A boolean flag as written: absent (the default) or a literal gives its value; a portable
 * expression (`bidirectional: bidi`) gives its text, which the state's sizes test in turn; null
 * for anything else.
 */
function flagArgument(ctx: OfferContext, call: ForwardCall, name: "bidirectional" | "batch_first", fallback: boolean, to: number): boolean | string | null {
  const m = call.module;
  if (!m.argSpans[name]) return defaulted(call, (c) => (name === "bidirectional" ? c.bidirectional : c.batchFirst) === fallback) ? fallback : null;
  const e = ctorArgument(ctx, m, name);
  if (!e) return null;
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  return ts.isIdentifier(e) ? portable(ctx, e, to) : null;
}

/** A size as written: absent (the default), or a portable expression; null when neither. */
function sizeArgument(ctx: OfferContext, call: ForwardCall, name: "hidden_size" | "num_layers" | "proj_size", fallback: number | null, to: number): { text: string; expr: ts.Expression | null } | null {
  const m = call.module;
  if (!m.argSpans[name]) {
    const read = (c: shapes.RecurrentConfig): shapes.Dim => (name === "num_layers" ? c.numLayers : name === "proj_size" ? c.projSize : c.hiddenSize);
    return fallback !== null && defaulted(call, (c) => shapes.dimIs(read(c), fallback) === "yes") ? { text: String(fallback), expr: null } : null;
  }
  const e = ctorArgument(ctx, m, name);
  if (!e) return null;
  const text = portable(ctx, e, to);
  return text === null ? null : { text, expr: e };
}

function planStates(ctx: OfferContext, call: ForwardCall): StatePlan | null {
  const m = call.module;
  const c = m.config;
  if (!c || c.nonBooleanFlags.length > 0) return null;
  const to = call.statement.start;
  // Every evaluation agrees on the input's rank (evaluations that do not know it say nothing).
  const ranks = new Set(call.facts.map((f) => inputRank(f.args?.[0])).filter((r): r is number => r !== null));
  if (ranks.size !== 1) return null;
  const rank = [...ranks][0] as number;
  const input = inputText(ctx, call, to);
  if (input === null) return null;
  const hidden = sizeArgument(ctx, call, "hidden_size", null, to);
  if (!hidden) return null;
  const torch = torchAt(ctx, to);
  if (!torch) return null;
  const pair = c.kind === "LSTM" || c.kind === "LSTMCell";
  if (shapes.isCellKind(c.kind)) {
    if (rank !== 1 && rank !== 2) return null;
    const state = rank === 2 ? [`${input}.size(0)`, hidden.text] : [hidden.text];
    return { sizes: pair ? [state, state] : [state], pair, ...torch };
  }
  if (rank !== 2 && rank !== 3) return null;
  const layers = sizeArgument(ctx, call, "num_layers", 1, to);
  const bidirectional = flagArgument(ctx, call, "bidirectional", false, to);
  if (!layers || bidirectional === null) return null;
  const literalLayers = layers.expr === null || ts.isNumericLiteral(layers.expr);
  const factor = (directions: string): string => `${layers.expr && needsParens(layers.expr) ? `(${layers.text})` : layers.text} * ${directions}`;
  let first: string;
  if (bidirectional === false) first = layers.text;
  else if (bidirectional === true) first = literalLayers ? String(Number(layers.text) * 2) : factor("2");
  else first = factor(`(${bidirectional} ? 2 : 1)`);
  let hOut = hidden.text;
  if (c.kind === "LSTM") {
    // h0 is proj_size wide when projections are on: every evaluation must agree whether they are.
    const proj = sizeArgument(ctx, call, "proj_size", 0, to);
    const off = new Set(call.facts.map((f) => (f.module?.config ? shapes.dimIs(f.module.config.projSize, 0) : "maybe")));
    if (!proj || off.size !== 1 || off.has("maybe")) return null;
    if (off.has("no")) hOut = proj.text;
  }
  let batch: string | null = null;
  if (rank === 3) {
    const batchFirst = flagArgument(ctx, call, "batch_first", false, to);
    if (batchFirst === null) return null;
    batch = `${input}.size(${typeof batchFirst === "string" ? `${batchFirst} ? 0 : 1` : batchFirst ? 0 : 1})`;
  }
  const dims = (h: string): string[] => (batch === null ? [first, h] : [first, batch, h]);
  return { sizes: pair ? [dims(hOut), dims(hidden.text)] : [dims(hOut)], pair, ...torch };
}

function inputRank(v: Value | undefined): number | null {
  return v && v.t === "tensor" && v.shape ? v.shape.length : null;
}

/** The input as the declarations can read it before the statement: a stable name, or a property path from one or from `this`. */
function inputText(ctx: OfferContext, call: ForwardCall, to: number): string | null {
  const sf = ctx.sourceFile;
  let e: ts.Expression = call.input;
  while (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) e = e.expression;
  if (e.kind === ts.SyntaxKind.ThisKeyword) return call.input.getText(sf);
  if (!ts.isIdentifier(e)) return null;
  const b = bindingAt(sf, call.input.getStart(sf), e.text);
  // Declared in the statement itself: not yet there before it.
  if (!b || (b.at >= call.statement.start && b.at < call.statement.end)) return null;
  if (bindingAt(sf, to, e.text)?.at !== b.at) return null;
  // Assigned between the statement's start and the call (in the statement): read too early.
  if (b.kind !== "const" && b.kind !== "import" && isReassigned(sf, b, e.text) && assignsWithin(sf, e.text, call.statement)) return null;
  return call.input.getText(sf);
}

function assignsWithin(sf: ts.SourceFile, name: string, s: Span): boolean {
  const text = sf.text.slice(s.start, s.end);
  return new RegExp(`\\b${name.replace(/\$/g, "\\$")}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?!=)|\\+\\+|--`).test(text);
}

/**
 * How the code at `to` names the engine's `torch`: a binding of it (`import { torch }`, a
 * `require`), or of the engine itself (`import * as rl` -> `rl.torch`), or the global a script
 * uses; else the engine's named import (`import { nn } from "rnnlens"`) it can be added to.
 */
function torchAt(ctx: OfferContext, to: number): { torch: string; importTorchInto: Span | null } | null {
  const a = ctx.analysis;
  const sf = ctx.sourceFile;
  const visible = (f: Fact): boolean => {
    const b = bindingAt(sf, to, f.name);
    return b !== null && b.at === f.span.start && !isReassigned(sf, b, f.name);
  };
  const declared = a.facts.filter((f) => f.role === "declaration" && f.value.t === "api");
  const direct = declared.find((f) => f.value.t === "api" && f.value.path === "torch" && visible(f));
  if (direct) return { torch: direct.name, importTorchInto: null };
  const engine = declared.find((f) => f.value.t === "api" && f.value.path === "" && visible(f));
  if (engine) return { torch: `${engine.name}.torch`, importTorchInto: null };
  if (usesName(sf, "torch")) {
    // A script's global `torch` (no declaration anywhere): the analysis took it for the engine.
    const global = a.facts.some((f) => f.role === "use" && f.name === "torch" && f.value.t === "api" && f.value.path === "torch" && bindingAt(sf, f.span.start, "torch") === null);
    return global && bindingAt(sf, to, "torch") === null ? { torch: "torch", importTorchInto: null } : null;
  }
  // `import { nn } from "rnnlens"`: add `torch` to it (not to a module of the project that
  // re-exports part of the engine: it may not export `torch`).
  for (const s of sf.statements) {
    if (!ts.isImportDeclaration(s) || !ts.isStringLiteral(s.moduleSpecifier) || s.moduleSpecifier.text !== ENGINE_MODULE) continue;
    const nb = s.importClause?.namedBindings;
    if (!nb || !ts.isNamedImports(nb) || s.importClause?.isTypeOnly) continue;
    const engineImport = nb.elements.some((el) => !el.isTypeOnly && declared.some((f) => f.span.start === el.name.getStart(sf) && f.value.t === "api" && f.value.path.startsWith("nn")));
    if (engineImport) return { torch: "torch", importTorchInto: spanOf(nb, sf) };
  }
  return null;
}

/** Whether an identifier spelled `name` appears anywhere in the file. */
function usesName(sf: ts.SourceFile, name: string): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isIdentifier(n) && n.text === name) found = true;
    else ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/**
 * The names made unique in the file, with one suffix for all (`h0`, `c0`, else `h0_1`, `c0_1`,
 * ...): no existing name is shadowed or captured.
 */
function freshNames(sf: ts.SourceFile, wanted: readonly string[]): string[] {
  if (wanted.every((w) => !usesName(sf, w))) return [...wanted];
  for (let i = 1; ; i++) {
    const names = wanted.map((w) => `${w}_${i}`);
    if (names.every((n) => !usesName(sf, n))) return names;
  }
}
