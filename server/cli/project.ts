/**
 * `rnnlens check --project PATH`: the tsconfig.json or jsconfig.json PATH names (a config file,
 * or a folder holding one), read with TypeScript's parser, and the files it includes. A config
 * that is missing or that TypeScript cannot read cleanly stops the run (exit 2) with what is
 * wrong: checking with half a config would report what the project's resolution does not mean.
 */
import { existsSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import type { ExcludeList } from "../analysis/exclude";
import { DISK, loadConfig, Projects } from "../analysis/projects";
import { isAnalyzedFile, statGiven } from "./discover";
import { displayPath } from "./report";
import { InputError, UsageError } from "./errors";

export interface ProjectSelection {
  /** The config file (absolute). */
  readonly config: string;
  /** The files to check: those the config includes that the analysis reads, sorted. */
  readonly files: string[];
}

/** The config PATH names: the file itself, or a folder's tsconfig.json, else its jsconfig.json. */
function configPath(path: string, cwd: string): string {
  const abs = resolve(cwd, path);
  if (!statGiven(abs, path, "--project: ").isDirectory()) return abs;
  for (const name of ["tsconfig.json", "jsconfig.json"]) if (existsSync(join(abs, name))) return join(abs, name);
  throw new UsageError(`--project: ${path} holds no tsconfig.json or jsconfig.json`);
}

/**
 * Without --project: the configs the files' imports resolve with that TypeScript cannot read
 * cleanly, one warning each (the run goes on with what TypeScript made of them, as the editor's).
 */
export function projectWarnings(files: readonly string[], cwd: string): string[] {
  const projects = new Projects(DISK);
  const warned = new Set<string>();
  const out: string[] = [];
  for (const f of files) {
    if (/\.(py|ipynb)$/i.test(f)) continue;
    const p = projects.projectOf(f);
    if (p.configFile === null || p.problems.length === 0 || warned.has(p.configFile)) continue;
    warned.add(p.configFile);
    const shown = displayPath(p.configFile, cwd);
    out.push(`${shown} has problems; its files' imports resolve with what TypeScript could read of it: ${p.problems.map((x) => x.split(p.configFile as string).join(shown)).join("; ")}`);
  }
  return out;
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
