/**
 * The analyzer's intermediate representation: a small, language-neutral tree of statements and
 * expressions. A frontend (TypeScript/JavaScript today, Python later) lowers source to it; the
 * shape interpreter evaluates it and knows nothing of the source language. Spans are character
 * offsets into the file's text.
 */

/**
 * The import specifier of the engine. A frontend whose language names PyTorch's modules itself
 * (Python's `torch`, `torch.nn`) lowers those imports to this module.
 */
export const ENGINE_MODULE = "rnnlens";

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * A span the analysis makes from other spans (the range of several arguments), as opposed to one
 * a frontend made for a node. After an edit, incremental reuse moves frontend spans with their
 * statements and derived ones with the findings that hold them.
 */
export function derivedSpan(start: number, end: number): Span {
  return { start, end, derived: true } as Span;
}

export function isDerivedSpan(s: Span): boolean {
  return (s as { derived?: boolean }).derived === true;
}

export type BinaryOp = "+" | "-" | "*" | "/" | "//" | "%" | "**" | "==" | "!=" | "<" | "<=" | ">" | ">=" | "&&" | "||" | "??";

export type Expr =
  | { readonly kind: "number"; readonly value: number; readonly span: Span }
  | { readonly kind: "string"; readonly value: string; readonly span: Span }
  | { readonly kind: "boolean"; readonly value: boolean; readonly span: Span }
  | { readonly kind: "nullish"; readonly span: Span }
  | { readonly kind: "name"; readonly name: string; readonly span: Span }
  | { readonly kind: "this"; readonly span: Span }
  | { readonly kind: "member"; readonly object: Expr; readonly property: string; readonly span: Span; readonly propertySpan: Span }
  | { readonly kind: "index"; readonly object: Expr; readonly index: Expr; readonly span: Span }
  | {
      readonly kind: "call";
      readonly callee: Expr;
      readonly args: readonly Expr[];
      readonly span: Span;
      readonly optional?: boolean;
      /** Arguments passed by parameter name (`batch_first=True`), after the positional ones. */
      readonly keywords?: readonly Keyword[];
    }
  | { readonly kind: "new"; readonly callee: Expr; readonly args: readonly Expr[]; readonly span: Span }
  /** `...xs` in an argument list or array literal: its items when they are known, else nothing is known past it. */
  | { readonly kind: "spread"; readonly expr: Expr; readonly span: Span }
  | { readonly kind: "array"; readonly elements: readonly Expr[]; readonly span: Span }
  | {
      readonly kind: "object";
      /** In source order; a spread (`...hp`) copies another object's keys at its place, a later key overrides an earlier one. */
      readonly properties: readonly ({ readonly key: string; readonly value: Expr; readonly keySpan: Span } | { readonly key: null; readonly value: Expr; readonly keySpan: Span })[];
      /** A computed key makes the object's other keys unknowable. */
      readonly open: boolean;
      readonly span: Span;
    }
  | { readonly kind: "binary"; readonly op: BinaryOp; readonly left: Expr; readonly right: Expr; readonly span: Span }
  | { readonly kind: "unary"; readonly op: "-" | "+" | "!"; readonly operand: Expr; readonly span: Span }
  | { readonly kind: "conditional"; readonly test: Expr; readonly then: Expr; readonly else: Expr; readonly span: Span }
  | { readonly kind: "function"; readonly fn: FunctionDecl; readonly span: Span }
  /**
   * `start:stop:step` inside an index (`out[:, -1, :]`); a missing bound is null. Only meaningful
   * as an index or an element of a tuple index.
   */
  | { readonly kind: "slice"; readonly start: Expr | null; readonly stop: Expr | null; readonly step: Expr | null; readonly span: Span }
  /** `...` inside an index: as many full slices as the dims not indexed otherwise. */
  | { readonly kind: "ellipsis"; readonly span: Span }
  /**
   * An operation every language has under its own name: the length of an array (or a tensor's
   * first dim), a number truncated to an integer, a number as floating point (which PyTorch
   * refuses where it wants an int, even when it holds one).
   */
  | { readonly kind: "builtin"; readonly op: "length" | "truncate" | "float"; readonly args: readonly Expr[]; readonly span: Span }
  /** Anything else: its parts are still evaluated (for facts and diagnostics), its value is unknown. */
  | { readonly kind: "opaque"; readonly parts: readonly Expr[]; readonly span: Span };

/**
 * A named argument; `name` null is a spread of a mapping of them (`**kwargs`), which may name any
 * parameter.
 */
export interface Keyword {
  readonly name: string | null;
  readonly value: Expr;
  readonly span: Span;
}

export type Pattern =
  | { readonly kind: "bind"; readonly name: string; readonly span: Span }
  | { readonly kind: "arrayPattern"; readonly elements: readonly (Pattern | null)[]; readonly span: Span }
  | { readonly kind: "objectPattern"; readonly properties: readonly { readonly key: string; readonly value: Pattern }[]; readonly span: Span }
  /** A target the interpreter cannot follow (rest elements, computed keys). */
  | { readonly kind: "ignore"; readonly span: Span };

/** `@shape [seq, batch, 10]`: each dim an expression over numbers and names. */
export interface ShapeAnnotation {
  readonly dims: readonly Expr[];
  readonly span: Span;
}

export type Stmt =
  | {
      readonly kind: "declare";
      readonly pattern: Pattern;
      readonly init: Expr | null;
      readonly shape: ShapeAnnotation | null;
      readonly span: Span;
      /**
       * A declaration the source does not write, recording no fact: a language whose variables
       * belong to the whole function declares them at its start (no `init`: the name is bound to
       * an unknown value unless the scope already has it, whose value then stays), or a temporary.
       */
      readonly implicit?: boolean;
    }
  | {
      readonly kind: "assign";
      readonly target: Expr | Pattern;
      readonly value: Expr;
      readonly span: Span;
      /** `@shape` annotation of the assigned value, if any. */
      readonly shape?: ShapeAnnotation | null;
    }
  | { readonly kind: "expression"; readonly expr: Expr; readonly span: Span }
  | { readonly kind: "return"; readonly value: Expr | null; readonly span: Span }
  | { readonly kind: "if"; readonly test: Expr; readonly then: readonly Stmt[]; readonly else: readonly Stmt[]; readonly span: Span }
  | {
      readonly kind: "loop";
      readonly init: readonly Stmt[];
      readonly test: Expr | null;
      /** The for loop's update, as statements: `t++` and `t += 1` assign the counter. */
      readonly update: readonly Stmt[];
      /** for-of / for-in: the loop variable and what it iterates. */
      readonly each: { readonly pattern: Pattern; readonly iterable: Expr } | null;
      readonly body: readonly Stmt[];
      readonly span: Span;
    }
  | { readonly kind: "block"; readonly body: readonly Stmt[]; readonly span: Span }
  /** `break` / `continue`; a labelled one may leave loops other than the innermost. */
  | { readonly kind: "jump"; readonly jump: "break" | "continue"; readonly label: string | null; readonly span: Span }
  | { readonly kind: "function"; readonly decl: FunctionDecl; readonly span: Span }
  | { readonly kind: "class"; readonly decl: ClassDecl; readonly span: Span }
  | {
      readonly kind: "import";
      readonly module: string;
      /** imported: a name, "default", or "*" for a namespace import. */
      readonly bindings: readonly { readonly imported: string; readonly local: string; readonly span: Span }[];
      readonly span: Span;
    }
  /** `export { a as b }` and `export ... from`: exported name -> local name or re-export. */
  | { readonly kind: "export"; readonly names: readonly { readonly exported: string; readonly local: string }[]; readonly from: string | null; readonly span: Span }
  /** A statement the interpreter does not model (switch, try, labels): its parts are still visited. */
  | {
      readonly kind: "opaque";
      readonly body: readonly Stmt[];
      readonly exprs: readonly Expr[];
      readonly span: Span;
      /** The body's exceptions may be caught by a handler (`try` with `except`): what fails in it is not reported. */
      readonly caught?: boolean;
    };

export type TypeHint = "number" | "tensor" | "boolean" | "string" | "other" | null;

export interface Param {
  readonly pattern: Pattern;
  readonly defaultValue: Expr | null;
  /** What the parameter's declared type says, when it says something useful. */
  readonly typeHint: TypeHint;
  readonly shape: ShapeAnnotation | null;
  /** `...rest`: the arguments from here on, as an array. */
  readonly rest?: boolean;
}

export interface FunctionDecl {
  readonly name: string | null;
  readonly nameSpan: Span | null;
  readonly params: readonly Param[];
  readonly body: readonly Stmt[];
  /** Arrow functions with an expression body: the body is one return. */
  readonly span: Span;
  readonly exported: boolean;
  /** `@shape` annotation of the return value, if any. */
  readonly returnShape: ShapeAnnotation | null;
}

export interface ClassField {
  readonly name: string;
  readonly nameSpan: Span;
  readonly value: Expr | null;
  readonly shape: ShapeAnnotation | null;
}

export interface ClassDecl {
  readonly name: string | null;
  readonly nameSpan: Span | null;
  readonly superclass: Expr | null;
  readonly fields: readonly ClassField[];
  readonly constructorDecl: FunctionDecl | null;
  readonly methods: readonly FunctionDecl[];
  readonly exported: boolean;
  readonly span: Span;
}

/** One lowered source file. */
export interface FileIR {
  readonly body: readonly Stmt[];
  /** Names exported by `export` modifiers on declarations (export lists are `export` statements). */
  readonly exportedDeclarations: readonly string[];
  /**
   * Whether names the file never binds may be the engine's globals (`torch`, `nn`) and the host's
   * (`Math`, `setTimeout`): true for JavaScript scripts, false where every name must be imported.
   */
  readonly implicitGlobals?: boolean;
  /** Whether an empty array or object is false in a condition (Python), not true (JavaScript). */
  readonly emptyIsFalse?: boolean;
  /** Whether arithmetic with a fraction gives a floating-point number apart from integers (Python), not just a number. */
  readonly distinctFloats?: boolean;
  /** Whether `t[i]` indexes a tensor (Python); the engine's TypeScript tensors have no such index. */
  readonly indexableTensors?: boolean;
  /** Problems the frontend met (syntax errors): reported by no diagnostic, kept for logs. */
  readonly parseErrors: number;
}
