/**
 * The per-user folder the server's V8 code cache lives in. A code cache is code: one planted by
 * another user in a shared folder (the temp folder) would run in our process, so the cache goes
 * where only this user writes — the folder the editor gives the extension (`RNNLENS_CACHE_DIR`,
 * its global storage), else the platform's per-user cache folder — created private (0o700), and
 * not used at all if it belongs to someone else or others may write to it.
 */
import { mkdirSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { isAbsolute, join } from "node:path";

/** The environment variable the VS Code client sets to a folder in the extension's global storage. */
export const CACHE_DIR_ENV = "RNNLENS_CACHE_DIR";

/** Where the cache belongs for this user: the client's folder, else the platform's convention. */
export function userCacheDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform = process.platform, home: string = homedir()): string {
  const given = env[CACHE_DIR_ENV];
  if (given && isAbsolute(given)) return given;
  if (platform === "win32") {
    const local = env["LOCALAPPDATA"];
    return join(local && isAbsolute(local) ? local : join(home, "AppData", "Local"), "rnnlens", "cache");
  }
  if (platform === "darwin") return join(home, "Library", "Caches", "rnnlens");
  const xdg = env["XDG_CACHE_HOME"];
  // The XDG spec: a relative XDG_CACHE_HOME is invalid and ignored.
  return join(xdg && isAbsolute(xdg) ? xdg : join(home, ".cache"), "rnnlens");
}

/**
 * Creates `dir` (and its parents) private to this user, and returns it; null when it cannot be
 * created or is not private (another owner, or writable by group or others). Never throws.
 */
export function ensurePrivateDir(dir: string): string | null {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const st = statSync(dir);
    if (!st.isDirectory()) return null;
    if (process.platform !== "win32") {
      if (typeof process.getuid === "function" && st.uid !== process.getuid()) return null;
      if ((st.mode & 0o022) !== 0) return null;
    }
    return dir;
  } catch {
    return null;
  }
}
