/**
 * The benchmark's peers (onnxruntime-node, TensorFlow.js with its WebAssembly backend) are
 * measuring sticks, not dependencies of RNN Lens: they are installed on demand into a
 * project-local, git-ignored folder (`.cache/bench-peers/`, with its own package.json) and loaded
 * from there with createRequire, so neither package.json nor package-lock.json ever lists them and
 * the tests never need them. A peer whose install fails is skipped with a note.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const PEERS_DIR = join(ROOT, ".cache", "bench-peers");

/** Exact versions, so figures from different runs compare the same peers. */
export const PEER_PACKAGES = {
  "onnxruntime-node": "1.30.0",
  "@tensorflow/tfjs": "4.22.0",
  "@tensorflow/tfjs-backend-wasm": "4.22.0",
} as const;
export type PeerPackage = keyof typeof PEER_PACKAGES;

/** `require` rooted in the peers' folder. */
export const peerRequire = createRequire(join(PEERS_DIR, "package.json"));

/** The installed version of a peer package, or undefined. */
function installedVersion(name: PeerPackage): string | undefined {
  const file = join(PEERS_DIR, "node_modules", name, "package.json");
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
}

function npmInstall(specs: readonly string[]): { ok: boolean; output: string } {
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  // --ignore-scripts: onnxruntime-node's install script only downloads CUDA/TensorRT files; its
  // CPU binaries are in the package.
  const r = spawnSync(npm, ["install", "--prefix", PEERS_DIR, "--ignore-scripts", "--no-audit", "--no-fund", "--save-exact", ...specs], {
    encoding: "utf8",
    shell: process.platform === "win32",
  });
  return { ok: r.status === 0, output: `${r.stdout ?? ""}${r.stderr ?? ""}${r.error ? String(r.error) : ""}` };
}

/** The first lines of npm's error output (the code and the cause; the rest is advice and log paths). */
function firstErrors(output: string): string {
  const lines = output.split("\n").filter((l) => l.startsWith("npm error") || l.startsWith("npm ERR!"));
  return (lines.length > 0 ? lines : output.trim().split("\n")).slice(0, 2).join(" | ");
}

/**
 * Makes sure the given peer packages are installed at their pinned versions; returns the ones
 * that are available, and prints a note for each one that is not.
 */
export function ensurePeers(names: readonly PeerPackage[], log: (line: string) => void = console.log): Set<PeerPackage> {
  mkdirSync(PEERS_DIR, { recursive: true });
  const manifest = join(PEERS_DIR, "package.json");
  if (!existsSync(manifest)) {
    writeFileSync(manifest, `${JSON.stringify({ name: "rnnlens-bench-peers", private: true, description: "Peers of npm run bench:engine, installed on demand (not project dependencies)." }, null, 2)}\n`);
  }
  const missing = names.filter((n) => installedVersion(n) !== PEER_PACKAGES[n]);
  if (missing.length > 0) {
    const specs = missing.map((n) => `${n}@${PEER_PACKAGES[n]}`);
    log(`bench peers: installing ${specs.join(" ")} into ${PEERS_DIR} ...`);
    // One install for all; if it fails, one by one, so one failing peer does not skip the others.
    if (!npmInstall(specs).ok) {
      for (const spec of specs) {
        const r = npmInstall([spec]);
        if (!r.ok) log(`bench peers: could not install ${spec}: ${firstErrors(r.output)}`);
      }
    }
  }
  const available = new Set<PeerPackage>();
  for (const n of names) {
    if (installedVersion(n) === PEER_PACKAGES[n]) available.add(n);
    else log(`bench peers: ${n} is not available, skipped`);
  }
  return available;
}
