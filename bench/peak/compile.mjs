// Compiles ./peak.ts (AssemblyScript) with the features given as arguments (e.g. simd,relaxed-simd)
// and prints the module as base64 on stdout; asc's message on stderr and exit code 1 on failure.
// A separate plain-node process because under tsx (which runs the benchmark) importing
// assemblyscript/asc takes ~10 s: tsx transforms binaryen's 13 MB of JavaScript on every load.
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compileAssemblyScript } from "../../scripts/assemblyscript.mjs";

const source = join(dirname(fileURLToPath(import.meta.url)), "peak.ts");
const features = process.argv[2] ?? "simd";

try {
  const binary = await compileAssemblyScript(source, ["--runtime", "stub", "-O3", "--noAssert", "--enable", features]);
  process.stdout.write(binary.toString("base64"));
} catch (e) {
  process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
}
