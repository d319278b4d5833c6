/**
 * Rewrite: add `@shape` tags to a function's JSDoc (see server/analysis/refactors/shape-jsdoc.ts).
 * A multi-line JSDoc gets the tags as lines before its closing `*\/`, in its own ` * ` style; a
 * one-line JSDoc becomes a multi-line one with its text kept; without one, a new JSDoc is
 * written above the function at its indentation.
 */
import { Node } from "ts-morph";
import { indentBefore } from "../analysis/refactors/indentation";
import type { Transform } from "./transform";

export const shapeJsdoc: Transform<"shape-jsdoc"> = (sf, offer) => {
  const { declarationStart, jsDoc, tags } = offer.data;
  const text = sf.getFullText();
  if (!functionStartingAt(sf, declarationStart)) return null;
  const indent = indentBefore(text, declarationStart);
  if (indent === null) return null;
  const lines = tags.map((t) => `@shape ${t}`);
  if (!jsDoc) {
    return [{ span: { start: declarationStart, end: declarationStart }, newText: `/**\n${lines.map((l) => `${indent} * ${l}\n`).join("")}${indent} */\n${indent}` }];
  }
  const comment = text.slice(jsDoc.start, jsDoc.end);
  if (!comment.startsWith("/**") || !comment.endsWith("*/")) return null;
  const base = indentBefore(text, jsDoc.start) ?? indent;
  const lastBreak = comment.lastIndexOf("\n");
  if (lastBreak === -1) {
    // `/** Encodes. */` -> one line per part.
    const body = comment.slice(3, -2).trim();
    const parts = body === "" ? lines : [body, ...lines];
    return [{ span: jsDoc, newText: `/**\n${parts.map((l) => `${base} * ${l}\n`).join("")}${base} */` }];
  }
  const closing = comment.slice(lastBreak + 1);
  const star = starPrefix(comment) ?? `${base} * `;
  if (/^[ \t]*\*\/$/.test(closing)) {
    // The closing `*/` on a line of its own: the tags go on lines right before it.
    const at = jsDoc.start + lastBreak + 1;
    return [{ span: { start: at, end: at }, newText: lines.map((l) => `${star}${l}\n`).join("") }];
  }
  // Text on the closing line (` * Encodes. */`): the tags after it, and the `*/` on a line of its own.
  const end = jsDoc.end - 2;
  const keep = text.slice(jsDoc.start, end).replace(/[ \t]*$/, "");
  const closeIndent = star.replace(/\*\s*$/, "");
  return [{ span: { start: jsDoc.start + keep.length, end: jsDoc.end }, newText: `\n${lines.map((l) => `${star}${l}`).join("\n")}\n${closeIndent}*/` }];
};

/** How the JSDoc's inner lines start (`   * `), from its first inner line that starts with `*`. */
function starPrefix(comment: string): string | null {
  for (const line of comment.split("\n").slice(1)) {
    const m = /^([ \t]*\*)(?!\/)([ \t]?)/.exec(line);
    if (m) return `${m[1] as string}${m[2] === "" ? " " : (m[2] as string)}`;
  }
  return null;
}

/** The function, method or constructor whose first token is at `start`. */
function functionStartingAt(sf: Parameters<Transform<"shape-jsdoc">>[0], start: number): Node | null {
  let found: Node | null = null;
  sf.forEachDescendant((n, traversal) => {
    if (n.getPos() > start || n.getEnd() < start) {
      traversal.skip();
      return;
    }
    if ((Node.isFunctionDeclaration(n) || Node.isMethodDeclaration(n) || Node.isConstructorDeclaration(n)) && n.getStart() === start) {
      found = n;
      traversal.stop();
    }
  });
  return found;
}
