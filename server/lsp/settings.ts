/** The `rnnlens.*` settings, with their defaults, read from `workspace/configuration`. */

export interface Settings {
  readonly enable: boolean;
  readonly inlayHintsEnabled: boolean;
  readonly sampleDims: Readonly<Record<string, number>>;
  readonly engineModules: readonly string[];
  readonly maxFileSize: number;
  readonly trace: "off" | "messages" | "verbose";
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  inlayHintsEnabled: true,
  sampleDims: { seq: 5, batch: 3 },
  engineModules: [],
  maxFileSize: 1_000_000,
  trace: "off",
};

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** Reads what the client sent, keeping defaults for anything missing or malformed. */
export function parseSettings(raw: unknown): Settings {
  if (!isRecord(raw)) return DEFAULT_SETTINGS;
  const inlay = isRecord(raw["inlayHints"]) ? raw["inlayHints"]["enabled"] : raw["inlayHints.enabled"];
  const trace = isRecord(raw["trace"]) ? raw["trace"]["server"] : raw["trace.server"];
  const dims: Record<string, number> = {};
  if (isRecord(raw["sampleDims"])) {
    for (const [k, v] of Object.entries(raw["sampleDims"])) if (typeof v === "number" && Number.isInteger(v) && v >= 0) dims[k] = v;
  }
  return {
    enable: typeof raw["enable"] === "boolean" ? raw["enable"] : DEFAULT_SETTINGS.enable,
    inlayHintsEnabled: typeof inlay === "boolean" ? inlay : DEFAULT_SETTINGS.inlayHintsEnabled,
    sampleDims: isRecord(raw["sampleDims"]) ? dims : DEFAULT_SETTINGS.sampleDims,
    engineModules: Array.isArray(raw["engineModules"]) ? raw["engineModules"].filter((x): x is string => typeof x === "string") : DEFAULT_SETTINGS.engineModules,
    maxFileSize: typeof raw["maxFileSize"] === "number" && raw["maxFileSize"] > 0 ? raw["maxFileSize"] : DEFAULT_SETTINGS.maxFileSize,
    trace: trace === "messages" || trace === "verbose" ? trace : "off",
  };
}
