/**
 * Rewrite: declare a forward call's zero initial state before its statement and pass it (the
 * offer has the text and the places; see server/analysis/refactors/add-initial-state.ts).
 */
import { Node, SyntaxKind } from "ts-morph";
import { indentBefore } from "../analysis/refactors/indentation";
import type { RefactorEdit } from "../analysis/refactors/types";
import { appendToList, argumentsBounds } from "./layout";
import { nodeAt, type Transform } from "./transform";

export const addInitialState: Transform<"add-initial-state"> = (sf, offer) => {
  const { statement, replace, declarations, argument, importTorchInto } = offer.data;
  const text = sf.getFullText();
  const call = nodeAt(sf, offer.target, Node.isCallExpression);
  const stmt = nodeAt(sf, statement, Node.isStatement);
  if (!call || !stmt) return null;
  const edits: RefactorEdit[] = [];
  // The declarations on lines of their own, at the statement's indentation, right before it.
  const indent = indentBefore(text, statement.start);
  if (indent === null) return null;
  edits.push({ span: { start: statement.start, end: statement.start }, newText: declarations.map((d) => `${d}\n${indent}`).join("") });
  if (replace) {
    const nothing = nodeAt(sf, replace, (n): n is Node => n.getKind() === SyntaxKind.NullKeyword || (Node.isIdentifier(n) && n.getText() === "undefined"));
    if (!nothing || !call.getArguments().includes(nothing)) return null;
    edits.push({ span: replace, newText: argument });
  } else {
    const bounds = argumentsBounds(call);
    if (!bounds || call.getArguments().length !== 1) return null;
    edits.push(...appendToList(text, { ...bounds, items: call.getArguments(), pad: "" }, argument));
  }
  if (importTorchInto) {
    const named = nodeAt(sf, importTorchInto, Node.isNamedImports);
    if (!named) return null;
    edits.push(...appendToList(text, { open: named.getStart() + 1, close: named.getEnd() - 1, items: named.getElements(), pad: " " }, "torch"));
  }
  return edits;
};
