/**
 * `rnnlens check --format sarif`: a SARIF 2.1.0 log that GitHub code scanning accepts. One run,
 * one rule per diagnostic code (linking to docs/diagnostics.md), results with 1-based regions
 * (UTF-16 columns, end column exclusive), the constructor arguments that set an expectation as
 * related locations, and a fingerprint per result that survives unrelated edits (rule, file,
 * flagged text and its occurrence; no line numbers). Skipped files and internal errors are
 * tool execution notifications of the run's invocation. In a notebook, regions count over its
 * code cells joined (as the other formats do), and a property bag names the cell: `cell` (index
 * among all cells) and `cellRegion` (the region within the cell, 1-based like regions).
 */
import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import { DIAGNOSTIC_CODES, type Severity } from "../analysis/catalog";
import type { Range } from "./analyze";
import type { CellLocation } from "./notebook";
import { displayPath, slashPath, type CheckReport } from "./report";
import { HOME_URL, RULES, VERSION, helpUri, ruleIndex } from "./rules";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
export const FINGERPRINT_KEY = "rnnlensFingerprint/v1";

type Level = "error" | "warning" | "note";

function level(s: Severity): Level {
  return s === "error" ? "error" : s === "warning" ? "warning" : "note";
}

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
}

/** Relative to %SRCROOT% (the working directory) when inside it, else an absolute file URI. */
function artifact(file: string, cwd: string): ArtifactLocation {
  const rel = displayPath(file, cwd);
  if (rel.startsWith("..") || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: slashPath(rel).split("/").map(encodeURIComponent).join("/"), uriBaseId: SRCROOT };
}

function folderUri(dir: string): string {
  const u = pathToFileURL(dir).href;
  return u.endsWith("/") ? u : `${u}/`;
}

function region(r: Range): { startLine: number; startColumn: number; endLine: number; endColumn: number } {
  return { startLine: r.start.line + 1, startColumn: r.start.character + 1, endLine: r.end.line + 1, endColumn: r.end.character + 1 };
}

/** SARIF has no notion of notebook cells: they go in the location's property bag. */
function cellProperties(cell: CellLocation | null): { properties?: { cell: number; cellRegion: ReturnType<typeof region> } } {
  return cell ? { properties: { cell: cell.index, cellRegion: region(cell.range) } } : {};
}

function fingerprint(parts: readonly (string | number)[]): string {
  return createHash("sha256").update(parts.join("\u0000")).digest("hex");
}

export function checkSarif(report: CheckReport): unknown {
  const rules = DIAGNOSTIC_CODES.map((code) => ({
    id: code,
    name: code
      .split("-")
      .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
      .join(""),
    shortDescription: { text: RULES[code].title },
    fullDescription: { text: RULES[code].description },
    helpUri: helpUri(code),
    help: { text: `${RULES[code].description} See ${helpUri(code)}`, markdown: `${RULES[code].description} [Documentation](${helpUri(code)})` },
    defaultConfiguration: { level: level(RULES[code].severity) },
    properties: { tags: ["correctness", "pytorch", "shapes"], precision: "very-high" },
  }));

  const results: unknown[] = [];
  for (const f of report.files) {
    const location = artifact(f.file, report.cwd);
    const seen = new Map<string, number>();
    for (const d of f.diagnostics) {
      const key = `${d.code}\u0000${d.snippet}`;
      const occurrence = seen.get(key) ?? 0;
      seen.set(key, occurrence + 1);
      results.push({
        ruleId: d.code,
        ruleIndex: ruleIndex(d.code),
        level: level(d.severity),
        message: { text: d.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: region(d.range) }, ...cellProperties(d.cell) }],
        ...(d.related.length > 0
          ? {
              relatedLocations: d.related.map((r, i) => ({
                id: i + 1,
                physicalLocation: { artifactLocation: artifact(r.file, report.cwd), region: region(r.range) },
                message: { text: r.message },
                ...cellProperties(r.cell),
              })),
            }
          : {}),
        partialFingerprints: { [FINGERPRINT_KEY]: fingerprint([d.code, location.uri, d.snippet, occurrence]) },
      });
    }
  }

  return {
    $schema: SARIF_SCHEMA_URI,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "rnnlens",
            fullName: "RNN Lens",
            informationUri: HOME_URL,
            version: VERSION,
            semanticVersion: VERSION,
            rules,
          },
        },
        invocations: [
          {
            executionSuccessful: report.failures.length === 0,
            toolExecutionNotifications: [
              ...report.skipped.map((s) => ({
                level: "warning",
                message: { text: `skipped ${s.path}: ${s.reason}` },
                locations: [{ physicalLocation: { artifactLocation: artifact(s.file, report.cwd) } }],
              })),
              ...report.failures.map((f) => ({
                level: "error",
                message: { text: `internal error while checking ${f.path}: ${f.message}` },
                locations: [{ physicalLocation: { artifactLocation: artifact(f.file, report.cwd) } }],
              })),
            ],
          },
        ],
        originalUriBaseIds: { [SRCROOT]: { uri: folderUri(report.cwd) } },
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
}

export function formatCheckSarif(report: CheckReport): string {
  return JSON.stringify(checkSarif(report), null, 2) + "\n";
}
