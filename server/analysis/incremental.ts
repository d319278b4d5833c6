/**
 * Reuse across edits. After an edit, TypeScript reparses incrementally; here each top-level
 * statement whose text and place are unchanged keeps its IR (the same objects, so the
 * interpreter's memo recognises it), and every span of reused IR and of the memo's remembered
 * findings and facts is moved to its place in the new text. Only the statements an edit touched
 * are lowered again.
 */
import type ts from "typescript";
import { Lowerer } from "./frontends/typescript/lower";
import type { InterpreterMemo } from "./interpreter/memo";
import { isDerivedSpan, type FileIR, type Span, type Stmt } from "./ir";

/** One top-level statement's lowering, with where it stood. */
export interface LoweredStatement {
  pos: number;
  end: number;
  readonly stmts: readonly Stmt[];
  readonly exported: readonly string[];
  /** Every span object in `stmts`, so moving them needs no walk of the tree. */
  readonly spans: readonly Span[];
}

/** The one contiguous region an edit changed: [start, oldEnd) became [start, newEnd). */
export interface TextChange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

export function diffTexts(oldText: string, newText: string): TextChange {
  let start = 0;
  const max = Math.min(oldText.length, newText.length);
  while (start < max && oldText.charCodeAt(start) === newText.charCodeAt(start)) start++;
  let oldEnd = oldText.length;
  let newEnd = newText.length;
  while (oldEnd > start && newEnd > start && oldText.charCodeAt(oldEnd - 1) === newText.charCodeAt(newEnd - 1)) {
    oldEnd--;
    newEnd--;
  }
  return { start, oldEnd, newEnd };
}

/** An old offset's place in the new text (offsets inside the changed region stay put: not reused). */
export function mapOffset(o: number, c: TextChange): number {
  return o >= c.oldEnd ? o + (c.newEnd - c.oldEnd) : o;
}

/**
 * Lowers a file, reusing the IR of unchanged top-level statements from the previous lowering.
 * A statement is unchanged when it ends before the edit starts, or lies wholly in the text after it
 * (the common suffix), with the same boundaries: then its text is the same by construction.
 */
export function lowerIncrementally(sf: ts.SourceFile, previous: readonly LoweredStatement[] | null, change: TextChange | null): { ir: FileIR; statements: LoweredStatement[]; moved: LoweredStatement[] } {
  const lowerer = new Lowerer(sf, sf.text);
  const { statements, moved } = reuseOrLower(sf.statements, (node) => ({ pos: node.pos, end: node.end }), lowerer, (node) => lowerer.statement(node), previous, change);
  const parseErrors = (sf as unknown as { parseDiagnostics?: unknown[] }).parseDiagnostics?.length ?? 0;
  return {
    ir: { body: statements.flatMap((s) => s.stmts), exportedDeclarations: statements.flatMap((s) => s.exported), parseErrors, implicitGlobals: true },
    statements,
    moved,
  };
}

/** What `reuseOrLower` needs of a frontend's lowerer: it collects the spans it makes and the names a statement exports. */
export interface StatementLowerer {
  collected: Span[] | null;
  readonly exported: readonly string[];
}

/**
 * The statement-by-statement reuse any frontend shares: each top-level statement (at `place`,
 * its leading trivia included) that an edit left whole keeps its lowering; the others are
 * lowered by `lower`, with the spans and exports the lowerer records for each.
 */
export function reuseOrLower<N>(
  nodes: readonly N[],
  place: (node: N) => { pos: number; end: number },
  lowerer: StatementLowerer,
  lower: (node: N) => readonly Stmt[],
  previous: readonly LoweredStatement[] | null,
  change: TextChange | null,
): { statements: LoweredStatement[]; moved: LoweredStatement[] } {
  const before = new Map<number, LoweredStatement>();
  const after = new Map<number, LoweredStatement>();
  if (previous && change) {
    for (const p of previous) {
      // Strictly before: a statement ending where the edit starts may have spans ending there
      // (an unclosed call's arguments), which moving the memo's spans would stretch.
      if (p.end < change.start) before.set(p.pos, p);
      else if (p.pos >= change.oldEnd) after.set(mapOffset(p.pos, change), p);
    }
  }
  const statements: LoweredStatement[] = [];
  const moved: LoweredStatement[] = [];
  const placed: [LoweredStatement, number, number][] = [];
  for (const node of nodes) {
    const { pos, end } = place(node);
    let reuse: LoweredStatement | undefined;
    if (change) {
      if (end < change.start) reuse = before.get(pos);
      else if (pos >= change.newEnd) reuse = after.get(pos);
      if (reuse && (reuse.pos >= change.oldEnd ? mapOffset(reuse.end, change) : reuse.end) !== end) reuse = undefined;
    }
    if (reuse) {
      if (reuse.pos !== pos) moved.push(reuse);
      // Positions are updated after the loop: lookups above use the old ones.
      placed.push([reuse, pos, end]);
      statements.push(reuse);
      continue;
    }
    const exportedBefore = lowerer.exported.length;
    const spans: Span[] = [];
    lowerer.collected = spans;
    const stmts = lower(node);
    lowerer.collected = null;
    statements.push({ pos, end, stmts, exported: lowerer.exported.slice(exportedBefore), spans });
  }
  for (const [p, pos, end] of placed) {
    p.pos = pos;
    p.end = end;
  }
  return { statements, moved };
}

/**
 * Moves the spans of the moved statements' IR (listed at lowering, so no tree walk), and the
 * derived spans of the memo's remembered findings (the only spans there a frontend did not make:
 * facts, related locations and fixes point into the IR), to the new text.
 */
export function moveSpans(file: string, moved: readonly LoweredStatement[], memo: InterpreterMemo, change: TextChange): void {
  const delta = change.newEnd - change.oldEnd;
  if (delta === 0) return;
  for (const st of moved) {
    for (const s of st.spans) {
      const m = s as { start: number; end: number };
      m.start += delta;
      m.end += delta;
    }
  }
  const derived = new Set<Span>();
  for (const entry of memo.live) for (const f of entry.findings) if (f.file === file && isDerivedSpan(f.span)) derived.add(f.span);
  for (const s of derived) {
    const m = s as { start: number; end: number };
    m.start = mapOffset(m.start, change);
    m.end = mapOffset(m.end, change);
  }
}
