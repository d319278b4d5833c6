/**
 * Module resolution as tsserver does it (docs/architecture.md#module-resolution): the nearest
 * `tsconfig.json` or `jsconfig.json` that includes a file is its project, and the project's
 * options (`paths`, `baseUrl`, `moduleResolution`, `extends`, ...) decide where the file's imports
 * lead, through TypeScript's own `resolveModuleName` with one resolution cache per project. A
 * file no config includes gets defaults (bundler resolution, JavaScript allowed). An import that
 * lands in a package named `rnnlens` is the engine. Plain data: no LSP, no VS Code.
 */
import { basename, dirname, join, resolve, sep } from "node:path";
import ts from "typescript";

/** The engine's package name: a file inside a package of this name is the engine. */
export const ENGINE_PACKAGE = "rnnlens";

/** The config file names a folder may hold, in the order tsserver looks for them. */
const CONFIG_NAMES: readonly string[] = ["tsconfig.json", "jsconfig.json"];

/** tsserver's options for a file outside every project (an inferred project), roughly. */
const DEFAULT_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.Bundler,
  allowJs: true,
  jsx: ts.JsxEmit.Preserve,
  resolveJsonModule: true,
  noEmit: true,
};

/** TypeScript's "No inputs were found in config file": a config that includes nothing is not broken. */
const NO_INPUTS = 18003;

/** What resolution reads; the workspace lays the editor's open documents over the disk. */
export interface ProjectHost {
  fileExists(path: string): boolean;
  directoryExists(path: string): boolean;
  readFile(path: string): string | undefined;
}

/** The disk as it is (the CLI's view: no open documents). */
export const DISK: ProjectHost = {
  fileExists: (p) => ts.sys.fileExists(p),
  directoryExists: (p) => ts.sys.directoryExists(p),
  readFile: (p) => ts.sys.readFile(p),
};

export interface Project {
  /** The tsconfig.json / jsconfig.json, or null for the defaults of files outside every project. */
  readonly configFile: string | null;
  readonly options: ts.CompilerOptions;
  /** The files the config includes (absolute paths), as TypeScript lists them. */
  readonly fileNames: readonly string[];
  /** What is wrong with the config, as `file(line,col): message`; empty when nothing is. */
  readonly problems: readonly string[];
  /** The configs its `references` name (absolute paths): a solution-style config's projects. */
  readonly references: readonly string[];
  /** The folders its `include` patterns search (absolute paths). */
  readonly includeFolders: readonly string[];
}

interface LoadedProject extends Project {
  readonly members: ReadonlySet<string>;
  /** The folders where a new file may join the config's files: its own, and its `include`s' (with a trailing separator). */
  readonly roots: readonly string[];
  readonly cache: ts.ModuleResolutionCache;
}

/**
 * Where an import leads: a file to analyze, the engine, something that exists but is not read
 * (JSON, a package's JavaScript without types), or nothing.
 */
export type Resolution =
  | { readonly kind: "file"; readonly file: string }
  | { readonly kind: "engine" }
  | { readonly kind: "opaque" }
  | { readonly kind: "unresolved" };

/** One string per distinct resolution, to tell whether an import now leads elsewhere. */
export function resolutionKey(r: Resolution): string {
  return r.kind === "file" ? `file:${r.file}` : r.kind;
}

/** A config file or package.json: its change can move where imports lead. */
export function isResolutionConfig(path: string): boolean {
  const name = basename(path);
  return name === "package.json" || /^(tsconfig|jsconfig).*\.json$/.test(name);
}

const JS_EXTENSIONS = new Set([".js", ".jsx", ".mjs", ".cjs"]);
/** A hand-written declaration beside a JavaScript file of the project: the JavaScript has the values. */
const DECLARATION_SOURCE: readonly (readonly [string, string])[] = [
  [".d.ts", ".js"],
  [".d.mts", ".mjs"],
  [".d.cts", ".cjs"],
];

interface PackageInfo {
  readonly dir: string;
  /** package.json's `name`, or null when it has none (or is not JSON). */
  readonly name: string | null;
  /** Whether the package names the engine among its dependencies (of any kind). */
  readonly dependsOnEngine: boolean;
}

const DEPENDENCY_FIELDS: readonly string[] = ["dependencies", "peerDependencies", "optionalDependencies", "devDependencies"];

function readPackage(dir: string, text: string): PackageInfo {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { dir, name: null, dependsOnEngine: false };
  }
  if (typeof json !== "object" || json === null) return { dir, name: null, dependsOnEngine: false };
  const fields = json as Record<string, unknown>;
  const name = typeof fields["name"] === "string" ? fields["name"] : null;
  const dependsOnEngine = DEPENDENCY_FIELDS.some((k) => {
    const deps = fields[k];
    return typeof deps === "object" && deps !== null && ENGINE_PACKAGE in deps;
  });
  return { dir, name, dependsOnEngine };
}

/** Reads a config with TypeScript's parser: its options, files and problems (never throws). */
export function loadConfig(configFile: string): Project {
  const problems: ts.Diagnostic[] = [];
  const host: ts.ParseConfigFileHost = {
    useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    readDirectory: (root, extensions, excludes, includes, depth) => ts.sys.readDirectory(root, extensions, excludes, includes, depth),
    fileExists: (p) => ts.sys.fileExists(p),
    readFile: (p) => ts.sys.readFile(p),
    getCurrentDirectory: () => dirname(configFile),
    onUnRecoverableConfigFileDiagnostic: (d) => problems.push(d),
  };
  let parsed: ts.ParsedCommandLine | undefined;
  try {
    parsed = ts.getParsedCommandLineOfConfigFile(configFile, undefined, host);
  } catch (e) {
    // TypeScript's parser should not throw; if it does, the config is as good as broken.
    return { configFile, options: DEFAULT_OPTIONS, fileNames: [], problems: [`${configFile}: ${e instanceof Error ? e.message : String(e)}`], references: [], includeFolders: [] };
  }
  // The JSON's syntax errors and the options' errors, as tsc reports them.
  if (parsed) problems.push(...ts.getConfigFileParsingDiagnostics(parsed).filter((d) => d.code !== NO_INPUTS));
  return {
    configFile,
    options: parsed ? { ...parsed.options, noEmit: true } : DEFAULT_OPTIONS,
    fileNames: (parsed?.fileNames ?? []).map((f) => resolve(f)),
    problems: problems.map(formatProblem),
    references: (parsed?.projectReferences ?? []).map((r) => resolve(ts.resolveProjectReferencePath(r))),
    includeFolders: Object.keys(parsed?.wildcardDirectories ?? {}).map((d) => resolve(d)),
  };
}

function formatProblem(d: ts.Diagnostic): string {
  const text = ts.flattenDiagnosticMessageText(d.messageText, " ");
  if (!d.file || d.start === undefined) return text;
  const p = d.file.getLineAndCharacterOfPosition(d.start);
  return `${d.file.fileName}(${p.line + 1},${p.character + 1}): ${text}`;
}

/**
 * The projects of the files a workspace reads, and their imports' resolutions, cached until
 * told that the disk changed (`filesChanged`, `openFilesChanged`).
 */
export class Projects {
  /** Parsed configs by path (null: no such file). */
  private readonly configs = new Map<string, LoadedProject | null>();
  /** Each file's project, once found. */
  private readonly byFile = new Map<string, LoadedProject>();
  /** Each folder's package (the nearest package.json), or null outside any package. */
  private readonly packages = new Map<string, PackageInfo | null>();
  private inferred: LoadedProject | null = null;
  private readonly resolutionHost: ts.ModuleResolutionHost;

  /** `pinned`: a config whose files use it whatever the folders say (`rnnlens check --project`). */
  constructor(
    private readonly host: ProjectHost,
    private readonly pinned: string | null = null,
  ) {
    this.resolutionHost = {
      fileExists: (p) => host.fileExists(p),
      readFile: (p) => host.readFile(p),
      directoryExists: (p) => host.directoryExists(p),
      realpath: ts.sys.realpath ? (p) => (ts.sys.realpath as (p: string) => string)(p) : undefined,
      useCaseSensitiveFileNames: ts.sys.useCaseSensitiveFileNames,
    };
  }

  /** The project a file belongs to: the pinned config, else the nearest config that includes it, else the defaults. */
  projectOf(file: string): Project {
    return this.loadedProjectOf(resolve(file));
  }

  private loadedProjectOf(key: string): LoadedProject {
    const known = this.byFile.get(key);
    if (known) return known;
    let found: LoadedProject | null = null;
    const pinned = this.pinned !== null ? this.config(this.pinned) : null;
    if (pinned?.members.has(key)) found = pinned;
    // Up the folders: a config that does not include the file (excluded, or another folder's
    // files) leaves it to the configs above, as tsserver does.
    for (let dir = dirname(key); found === null; ) {
      for (const name of CONFIG_NAMES) {
        found = this.including(join(dir, name), key, new Set());
        if (found) break;
      }
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
    found ??= this.inferredProject();
    this.byFile.set(key, found);
    return found;
  }

  /**
   * The config at `path` if it includes `file`, else the first project its `references` lead to
   * that does (depth first, as tsserver searches a solution-style config's projects).
   */
  private including(path: string, file: string, seen: Set<string>): LoadedProject | null {
    if (seen.has(path)) return null;
    seen.add(path);
    const p = this.config(path);
    if (!p) return null;
    if (p.members.has(file)) return p;
    for (const ref of p.references) {
      const found = this.including(ref, file, seen);
      if (found) return found;
    }
    return null;
  }

  private config(path: string): LoadedProject | null {
    const known = this.configs.get(path);
    if (known !== undefined) return known;
    const loaded = ts.sys.fileExists(path) ? this.withCache(loadConfig(path)) : null;
    this.configs.set(path, loaded);
    return loaded;
  }

  private inferredProject(): LoadedProject {
    this.inferred ??= this.withCache({ configFile: null, options: DEFAULT_OPTIONS, fileNames: [], problems: [], references: [], includeFolders: [] });
    return this.inferred;
  }

  private withCache(p: Project): LoadedProject {
    const dir = p.configFile ? dirname(p.configFile) : "/";
    const canonical = ts.sys.useCaseSensitiveFileNames ? (s: string) => s : (s: string) => s.toLowerCase();
    const roots = [dir, ...p.includeFolders].map((d) => (d.endsWith(sep) ? d : d + sep));
    return { ...p, members: new Set(p.fileNames), roots, cache: ts.createModuleResolutionCache(dir, canonical, p.options) };
  }

  /**
   * Where `specifier`, imported by `fromFile`, leads under the file's project. The engine's own
   * name is the engine unless the project finds a module of its own by it (a `paths` alias, a
   * folder under `baseUrl`), which tsserver would read instead.
   */
  resolve(fromFile: string, specifier: string): Resolution {
    const r = this.resolveIn(resolve(fromFile), specifier);
    return specifier === ENGINE_PACKAGE && r.kind !== "file" ? { kind: "engine" } : r;
  }

  private resolveIn(from: string, specifier: string): Resolution {
    const project = this.loadedProjectOf(from);
    let resolved: ts.ResolvedModuleFull | undefined;
    try {
      const mode = ts.getImpliedNodeFormatForFile(from, project.cache.getPackageJsonInfoCache(), this.resolutionHost, project.options);
      resolved = ts.resolveModuleName(specifier, from, project.options, this.resolutionHost, project.cache, undefined, mode).resolvedModule;
    } catch {
      // A resolution TypeScript cannot make (a malformed package.json it trips on): nothing.
      return { kind: "unresolved" };
    }
    if (!resolved) return { kind: "unresolved" };
    const file = resolve(resolved.resolvedFileName);
    if (this.isEngineFile(file, from, specifier)) return { kind: "engine" };
    if (resolved.extension === ts.Extension.Json) return { kind: "opaque" };
    // A package's JavaScript is not read (tsserver reads it only in JavaScript projects, to a
    // depth); its declarations are.
    if (resolved.isExternalLibraryImport && [...JS_EXTENSIONS].some((e) => file.endsWith(e))) return { kind: "opaque" };
    // A package that does not depend on the engine cannot re-export it, and its declarations
    // hold no values: not read (a project's packages would otherwise cost more than its code).
    if (resolved.isExternalLibraryImport && this.packageOf(dirname(file))?.dependsOnEngine !== true) return { kind: "opaque" };
    if (!resolved.isExternalLibraryImport) {
      for (const [decl, js] of DECLARATION_SOURCE) {
        const source = file.slice(0, -decl.length) + js;
        if (file.endsWith(decl) && this.host.fileExists(source)) return { kind: "file", file: source };
      }
    }
    return { kind: "file", file };
  }

  /**
   * A file of a package named `rnnlens` is the engine when imported from outside that package,
   * or by the package's name from inside it (inside it, the engine's own modules import each
   * other by path).
   */
  private isEngineFile(file: string, importer: string, specifier: string): boolean {
    const pkg = this.packageOf(dirname(file));
    if (pkg === null || pkg.name !== ENGINE_PACKAGE) return false;
    return this.packageOf(dirname(importer))?.dir !== pkg.dir || specifier === ENGINE_PACKAGE || specifier.startsWith(`${ENGINE_PACKAGE}/`);
  }

  private packageOf(dir: string): PackageInfo | null {
    const known = this.packages.get(dir);
    if (known !== undefined) return known;
    let found: PackageInfo | null;
    const text = ts.sys.fileExists(join(dir, "package.json")) ? ts.sys.readFile(join(dir, "package.json")) : undefined;
    if (text !== undefined) found = readPackage(dir, text);
    else {
      const parent = dirname(dir);
      found = parent === dir ? null : this.packageOf(parent);
    }
    this.packages.set(dir, found);
    return found;
  }

  /**
   * Files changed on disk. A config or package.json forgets every project and resolution (the
   * caller re-checks everything) and returns true. Other files forget the resolutions (a file
   * that appeared or went away changes where imports lead) and the projects whose list of files
   * no longer matches the disk.
   */
  filesChanged(paths: readonly string[]): boolean {
    if (paths.length === 0) return false;
    if (paths.some((p) => isResolutionConfig(p) || this.holdsConfig(p))) {
      this.configs.clear();
      this.byFile.clear();
      this.packages.clear();
      this.inferred = null;
      return true;
    }
    for (const [path, p] of this.configs) {
      if (!p) continue;
      const stale = paths.some((f) => {
        const key = resolve(f);
        const exists = ts.sys.fileExists(key);
        // Gone from the list's files, or a new file where the config looks for files.
        return p.members.has(key) ? !exists : exists && p.roots.some((r) => key.startsWith(r));
      });
      if (stale) this.configs.delete(path);
    }
    this.byFile.clear();
    this.openFilesChanged();
    return false;
  }

  /** Whether a config or package.json read before lies under `folder` (deleted as one event, it took them along). */
  holdsConfig(folder: string): boolean {
    const inside = (p: string) => p.startsWith(folder + sep);
    for (const [path, p] of this.configs) if (p !== null && inside(path)) return true;
    for (const pkg of this.packages.values()) if (pkg !== null && inside(join(pkg.dir, "package.json"))) return true;
    return false;
  }

  /** An editor's document that is not on disk opened or closed: resolutions may change. */
  openFilesChanged(): void {
    for (const p of this.configs.values()) p?.cache.clear();
    this.inferred?.cache.clear();
  }
}
