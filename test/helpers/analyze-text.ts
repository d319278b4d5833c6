/**
 * One file's text analyzed on its own, in a fresh workspace, as the refactor tests need it: the
 * analysis, and the syntax tree the refactors' offers read (null for a file the TypeScript
 * frontend does not parse).
 */
import type ts from "typescript";
import { Workspace, type FileAnalysis } from "../../server/analysis/workspace";

export function analyzeText(file: string, text: string): { analysis: FileAnalysis; sourceFile: ts.SourceFile | null } {
  const ws = new Workspace();
  ws.setText(file, text, 1);
  const analysis = ws.analyze(file);
  return { analysis, sourceFile: ws.syntaxTree(file, analysis.text) };
}
