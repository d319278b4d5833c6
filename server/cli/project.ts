/**
 * `rnnlens check --project PATH`: the tsconfig.json or jsconfig.json PATH names (a config file,
 * or a folder holding one), read with TypeScript's parser, and the files it includes. A config
 * that is missing or that TypeScript cannot read cleanly stops the run (exit 2) with what is
 * wrong: checking with half a config would report what the project's resolution does not mean.
 */
import { existsSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { ExcludeList } from "../analysis/exclude";
import { loadConfig } from "../analysis/projects";
import { isAnalyzedFile } from "./discover";
import { InputError, UsageError, messageOf } from "./errors";

export interface ProjectSelection {
  /** The config file (absolute). */
  readonly config: string;
  /** The files to check: those the config includes that the analysis reads, sorted. */
  readonly files: string[];
}

/** The config PATH names: the file itself, or a folder's tsconfig.json, else its jsconfig.json. */
function configPath(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  let isDir: boolean;
  try {
    isDir = statSync(abs).isDirectory();
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") throw new UsageError(`--project: no such file or folder: ${path}`);
    throw new UsageError(`--project: cannot read ${path}: ${code ?? messageOf(e)}`);
  }
  if (!isDir) return abs;
  for (const name of ["tsconfig.json", "jsconfig.json"]) if (existsSync(join(abs, name))) return join(abs, name);
  throw new UsageError(`--project: ${path} holds no tsconfig.json or jsconfig.json`);
}

export function selectProject(path: string, cwd: string, exclude: ExcludeList): ProjectSelection {
  const config = configPath(path, cwd);
  const project = loadConfig(config);
  // TypeScript names the config by its absolute path; the output's paths are the working folder's.
  const shown = (problem: string) => problem.split(config).join(relative(cwd, config) || config);
  if (project.problems.length > 0) throw new InputError(`--project: ${path} cannot be used: ${project.problems.map(shown).join("; ")}`);
  const files = [...new Set(project.fileNames)].filter((f) => isAnalyzedFile(f) && !exclude.matches(f)).sort();
  return { config, files };
}
