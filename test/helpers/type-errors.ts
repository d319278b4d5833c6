/**
 * Type-checking generated files (refactor results) strictly against the engine's own sources, as a
 * user's project that installed `rnnlens` would: the files are virtual, placed beside the fixtures
 * they came from, so relative imports between fixtures still resolve.
 */
import { join } from "node:path";
import ts from "typescript";

const ENGINE_ENTRY = join(__dirname, "..", "..", "engine", "index.ts");

/** Each file's type errors (flattened messages, no positions); files without errors are absent. */
export function typeErrorsByFile(files: readonly { path: string; text: string }[]): Map<string, string[]> {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    lib: ["lib.es2022.d.ts"],
    types: ["node"],
    allowJs: true,
    checkJs: true,
    skipLibCheck: true,
    paths: { rnnlens: [ENGINE_ENTRY] },
  };
  const byPath = new Map(files.map((f) => [f.path, f.text]));
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (name, version, onError, create) => {
    const text = byPath.get(name);
    return text !== undefined ? ts.createSourceFile(name, text, version) : getSourceFile(name, version, onError, create);
  };
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => byPath.has(name) || fileExists(name);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => byPath.get(name) ?? readFile(name);
  const program = ts.createProgram([...byPath.keys()], options, host);
  const out = new Map<string, string[]>();
  for (const d of ts.getPreEmitDiagnostics(program)) {
    if (!d.file || !byPath.has(d.file.fileName)) continue;
    out.set(d.file.fileName, [...(out.get(d.file.fileName) ?? []), ts.flattenDiagnosticMessageText(d.messageText, " ")]);
  }
  return out;
}
