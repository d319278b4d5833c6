/**
 * The `rnnlens` CLI (docs/architecture.md#cli, docs/cli.md), run as users run it: the BUILT dist/cli.js as a child process
 * on the fixture folders in test/cli/fixtures/ (and a few generated into temp folders). The
 * worker-thread path is also run from source under tsx.
 */
import assert from "node:assert/strict";
import { execFile, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { after, before, describe, test } from "node:test";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import { DIAGNOSTIC_CODES } from "../../server/analysis/interpreter/findings";

const ROOT = join(__dirname, "..", "..");
const CLI = join(ROOT, "dist", "cli.js");
const SOURCE_CLI = join(ROOT, "server", "cli", "main.ts");
/**
 * test/cli/fixtures, copied to a temp folder before the tests, where the folders `check` must
 * skip are added: node_modules, dist and .cache are in .gitignore, so they cannot be committed.
 */
let FIXTURES = "";
let PROJECT = "";
let RUN_DIR = "";
const SKIPPED_MISTAKE = 'import { nn, torch } from "rnnlens";\nnew nn.LSTM(10, 20).forward(torch.randn(5, 3, 99));\n';
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;

interface CliResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface CliOptions {
  readonly cwd?: string;
  readonly env?: Record<string, string>;
  /** Run server/cli/main.ts under tsx instead of the bundle. */
  readonly fromSource?: boolean;
}

const memo = new Map<string, Promise<CliResult>>();

/**
 * Runs the CLI; the same invocation (arguments, folder, environment) runs once per test file,
 * since most tests only read the fixtures. Tests that change files use their own temp folders.
 */
function cli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const key = JSON.stringify([args, opts]);
  let p = memo.get(key);
  if (!p) {
    p = spawnCli(args, opts);
    memo.set(key, p);
  }
  return p;
}

/** Runs the CLI every time (for folders whose files change between runs). */
function spawnCli(args: readonly string[], opts: CliOptions = {}): Promise<CliResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, ...opts.env };
  for (const k of ["RNNLENS_WORKERS", "RNNLENS_DEBUG"]) if (!opts.env || !(k in opts.env)) delete env[k];
  const nodeArgs = opts.fromSource ? ["--import", pathToFileURL(require.resolve("tsx")).href, SOURCE_CLI] : [CLI];
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [...nodeArgs, ...args], { cwd: opts.cwd ?? PROJECT, env, encoding: "utf8", timeout: 120_000, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      if (error && typeof error.code !== "number") reject(new Error(`rnnlens ${args.join(" ")}: ${error.message}\n${stderr}`));
      else resolve({ code: error ? (error.code as number) : 0, stdout, stderr });
    });
  });
}

/** Bad input must never show a stack trace. */
function assertNoStack(r: CliResult): void {
  assert.doesNotMatch(r.stderr, /\n\s+at .+[:(]/, `stack trace on stderr:\n${r.stderr}`);
  assert.doesNotMatch(r.stdout, /\n\s+at .+[:(]/);
}

function json<T>(s: string): T {
  return JSON.parse(s) as T;
}

interface Pos {
  line: number;
  character: number;
}
interface JsonDiag {
  file: string;
  range: { start: Pos; end: Pos };
  severity: string;
  code: string;
  message: string;
}
interface JsonCheck {
  files: number;
  diagnostics: JsonDiag[];
}

const TEXT_LINE = /^(.+):(\d+):(\d+) - (error|warning|information|hint) ([a-z-]+): (.+)$/;

/** The project fixture's diagnostics: [text prefix, the message's PyTorch start]. */
const PROJECT_EXPECTED: readonly [string, string][] = [
  ["cell.js:6:31 - error cell-input-mismatch: ", "input has inconsistent input_size: got 11 expected 10"],
  ["input-size.ts:6:41 - error input-size-mismatch: ", "input.size(-1) must be equal to input_size. Expected 10, got 12"],
  ["models/bigru.ts:7:34 - error hidden-size-mismatch: ", "Expected hidden size (2, 4, 16), got [1, 4, 16]"],
  ["models/h0-layers.ts:8:46 - error hidden-rank: ", "For batched 3-D input, hx and cx should also be 3-D but got (2-D, 2-D) tensors"],
];

let tmp = "";

before(() => {
  // `npm test` builds dist/ once before any test file runs (RNNLENS_BUILT); alone, build here.
  if (process.env["RNNLENS_BUILT"] !== "1") {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build.mjs"), "--no-typecheck"], { cwd: ROOT, encoding: "utf8" });
    assert.equal(build.status, 0, `build failed:\n${build.stdout}\n${build.stderr}`);
  }
  tmp = mkdtempSync(join(tmpdir(), "rnnlens-cli-"));
  FIXTURES = join(tmp, "fixtures");
  cpSync(join(__dirname, "fixtures"), FIXTURES, { recursive: true });
  PROJECT = join(FIXTURES, "project");
  RUN_DIR = join(FIXTURES, "run");
  for (const file of ["node_modules/some-lib/index.ts", "dist/bundle.js", ".cache/stale.ts"]) {
    mkdirSync(join(PROJECT, file, ".."), { recursive: true });
    writeFileSync(join(PROJECT, file), SKIPPED_MISTAKE);
  }
});

after(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("help, version and usage errors", { concurrency: 4 }, () => {
  test("--help, -h and help print the usage with the three commands and exit 0", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const r = await cli(args);
      assert.equal(r.code, 0);
      for (const cmd of ["rnnlens check", "rnnlens shapes FILE", "rnnlens run FILE --line N"]) assert.ok(r.stdout.includes(cmd), `${args}: ${cmd}`);
      assert.match(r.stdout, /Exit codes:/);
    }
  });

  test("a command's --help describes its options", async () => {
    const r = await cli(["run", "--help"]);
    assert.equal(r.code, 0);
    for (const opt of ["--line", "--column", "--dims", "--seed", "--format"]) assert.ok(r.stdout.includes(opt), opt);
    assert.match((await cli(["check", "-h"])).stdout, /--format sarif/);
  });

  test("--version prints package.json's version", async () => {
    const r = await cli(["--version"]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, `${VERSION}\n`);
  });

  const usage: [string, string[], RegExp][] = [
    ["no command", [], /missing command/],
    ["unknown command", ["lint"], /unknown command 'lint'/],
    ["unknown global option", ["--frobnicate"], /unknown option '--frobnicate'/],
    ["unknown option", ["check", "--fix"], /unknown option '--fix' for 'rnnlens check'/],
    ["bad format", ["check", "--format", "xml"], /--format must be text, json or sarif/],
    ["sarif is for check only", ["shapes", "clean.ts", "--format", "sarif"], /--format must be text or json/],
    ["format without value", ["check", "--format"], /--format needs a value/],
    ["missing path", ["check", "no/such/dir"], /no such file or folder: no\/such\/dir/],
    ["not a source file", ["check", "notes.txt"], /notes\.txt is not a Python, TypeScript or JavaScript file/],
    ["shapes without FILE", ["shapes"], /needs a FILE/],
    ["shapes of a folder", ["shapes", "models"], /models is a folder/],
    ["shapes of a missing file", ["shapes", "nope.ts"], /no such file: nope\.ts/],
    ["run without --line", ["run", "clean.ts"], /needs --line N/],
    ["run with a bad --line", ["run", "clean.ts", "--line", "0"], /--line must be a positive whole number, got '0'/],
    ["run with bad --dims", ["run", "clean.ts", "--line", "4", "--dims", "seq:5"], /--dims expects name=size pairs/],
    ["run with a bad --seed", ["run", "clean.ts", "--line", "4", "--seed", "abc"], /--seed must be a non-negative whole number/],
    ["run past the last line", ["run", "clean.ts", "--line", "99"], /line 99 is past the end of clean\.ts \(8 lines\)/],
    ["run past the line's end", ["run", "clean.ts", "--line", "4", "--column", "80"], /column 80 is past the end of line 4/],
  ];
  for (const [name, args, message] of usage) {
    test(`usage error exits 2 with a clear message: ${name}`, async () => {
      const r = await cli(args);
      assert.equal(r.code, 2, r.stderr);
      assert.match(r.stderr, /^rnnlens: /);
      assert.match(r.stderr, message);
      assert.equal(r.stdout, "");
      assertNoStack(r);
    });
  }

  test("RNNLENS_WORKERS must be a number", async () => {
    const r = await cli(["check"], { env: { RNNLENS_WORKERS: "many" } });
    assert.equal(r.code, 2);
    assert.match(r.stderr, /RNNLENS_WORKERS must be a whole number/);
    assertNoStack(r);
  });
});

describe("rnnlens check", { concurrency: 4 }, () => {
  test("text: one exact line per diagnostic, sorted by path then position, and a summary; exit 1", async () => {
    const r = await cli(["check"]);
    assert.equal(r.code, 1, r.stderr);
    assert.equal(r.stderr, "");
    const lines = r.stdout.split("\n");
    assert.equal(lines.pop(), "", "ends with a newline");
    assert.equal(lines.length, PROJECT_EXPECTED.length + 1);
    PROJECT_EXPECTED.forEach(([prefix, pytorch], i) => {
      const line = lines[i] as string;
      assert.match(line, TEXT_LINE);
      assert.ok(line.startsWith(prefix + pytorch), `line ${i}: ${line}\nexpected to start with: ${prefix}${pytorch}`);
    });
    assert.equal(lines.at(-1), "4 errors, 0 warnings in 5 files");
  });

  test("node_modules, dist, dot-folders and other extensions are skipped; .js is checked", async () => {
    const r = await cli(["check", "."]);
    assert.equal(r.code, 1);
    assert.doesNotMatch(r.stdout, /node_modules|dist\/|\.cache|notes\.txt/);
    assert.match(r.stdout, /^cell\.js:/m);
  });

  test("paths are relative to the working directory", async () => {
    const r = await cli(["check", "project"], { cwd: FIXTURES });
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n");
    PROJECT_EXPECTED.forEach(([prefix], i) => assert.ok(lines[i]?.startsWith(`project/${prefix}`), lines[i]));
    const deep = await cli(["check", join(PROJECT, "models", "bigru.ts")], { cwd: join(PROJECT, "models") });
    assert.match(deep.stdout, /^bigru\.ts:7:34 - error hidden-size-mismatch: /);
  });

  test("files and folders together, each file once", async () => {
    const r = await cli(["check", "models", "models/bigru.ts", "clean.ts", "./models"]);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split("\n");
    assert.equal(lines.length, 3);
    assert.equal(lines.at(-1), "2 errors, 0 warnings in 3 files");
  });

  test("a skipped folder named explicitly is checked", async () => {
    const r = await cli(["check", "node_modules/some-lib/index.ts"]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^node_modules\/some-lib\/index\.ts:2:29 - error input-size-mismatch: /);
  });

  test("a clean file exits 0", async () => {
    const r = await cli(["check", "clean.ts"]);
    assert.equal(r.code, 0, r.stdout);
    assert.equal(r.stdout, "0 errors, 0 warnings in 1 file\n");
  });

  test("warnings alone exit 0", async () => {
    const r = await cli(["check"], { cwd: join(FIXTURES, "warnings") });
    assert.equal(r.code, 0);
    const [line, summary] = r.stdout.trim().split("\n");
    assert.match(line ?? "", /^dropout\.ts:4:\d+ - warning dropout-single-layer: dropout option adds dropout after all but last recurrent layer/);
    assert.equal(summary, "0 errors, 1 warning in 1 file");
  });

  test("an empty folder: 0 files, exit 0", async () => {
    const empty = join(tmp, "empty");
    mkdirSync(empty);
    const r = await cli(["check", empty]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "0 errors, 0 warnings in 0 files\n");
  });

  test("json: the documented structure exactly, 0-based positions, relative paths", async () => {
    const r = await cli(["check", "--format", "json"]);
    assert.equal(r.code, 1);
    const out = json<JsonCheck>(r.stdout);
    assert.deepEqual(Object.keys(out).sort(), ["diagnostics", "files"]);
    assert.equal(out.files, 5);
    assert.equal(out.diagnostics.length, PROJECT_EXPECTED.length);
    const text = (await cli(["check"])).stdout.trim().split("\n");
    out.diagnostics.forEach((d, i) => {
      assert.deepEqual(Object.keys(d).sort(), ["code", "file", "message", "range", "severity"]);
      assert.deepEqual(Object.keys(d.range).sort(), ["end", "start"]);
      assert.deepEqual(Object.keys(d.range.start).sort(), ["character", "line"]);
      const m = TEXT_LINE.exec(text[i] as string);
      assert.ok(m);
      assert.equal(d.file, m[1]);
      assert.equal(d.range.start.line, Number(m[2]) - 1, "0-based line");
      assert.equal(d.range.start.character, Number(m[3]) - 1, "0-based character");
      assert.equal(d.severity, m[4]);
      assert.equal(d.code, m[5]);
      assert.equal(d.message, m[6]);
      assert.ok(d.range.end.line > d.range.start.line || d.range.end.character > d.range.start.character);
    });
    // The range is the argument at fault: `input` of lstm.forward(input).
    const src = readFileSync(join(PROJECT, "input-size.ts"), "utf8").split("\n");
    const d = out.diagnostics.find((x) => x.code === "input-size-mismatch");
    assert.ok(d);
    assert.equal(src[d.range.start.line]?.slice(d.range.start.character, d.range.end.character), "input");
    assert.equal(json<JsonCheck>((await cli(["check", "--format=json", "clean.ts"])).stdout).diagnostics.length, 0);
  });

  test("json paths relative to a parent working directory", async () => {
    const out = json<JsonCheck>((await cli(["check", "project/models", "--format", "json"], { cwd: FIXTURES })).stdout);
    assert.deepEqual(
      out.diagnostics.map((d) => d.file),
      ["project/models/bigru.ts", "project/models/h0-layers.ts"],
    );
  });

  test("binary and unreadable files are reported and skipped", async () => {
    const dir = join(tmp, "binary");
    mkdirSync(dir);
    writeFileSync(join(dir, "blob.ts"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01, 0xff]));
    cpSync(join(PROJECT, "input-size.ts"), join(dir, "input-size.ts"));
    const r = await cli(["check", "."], { cwd: dir });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /rnnlens: skipped blob\.ts: binary file/);
    assert.match(r.stdout, /1 error, 0 warnings in 1 file\n$/);
    assertNoStack(r);
    const s = await cli(["shapes", "blob.ts"], { cwd: dir });
    assert.equal(s.code, 2);
    assert.match(s.stderr, /cannot check blob\.ts: binary file/);
    assertNoStack(s);
  });
});

describe("rnnlens check --format sarif", { concurrency: 4 }, () => {
  interface SarifRegion {
    startLine: number;
    startColumn: number;
    endLine: number;
    endColumn: number;
  }
  interface SarifPhysical {
    artifactLocation: { uri: string; uriBaseId?: string };
    region: SarifRegion;
  }
  interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: { physicalLocation: SarifPhysical }[];
    relatedLocations?: { id: number; physicalLocation: SarifPhysical; message: { text: string } }[];
    partialFingerprints: Record<string, string>;
  }
  interface SarifLog {
    $schema: string;
    version: string;
    runs: {
      tool: { driver: { name: string; informationUri: string; version: string; rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[] } };
      results: SarifResult[];
    }[];
  }

  function validator(): (log: unknown) => string[] {
    const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
    const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
    // The schema's `language` pattern is not valid with the `u` flag, which Ajv uses by default.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    return (log) => (validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ""}`));
  }

  test("validates against the official SARIF 2.1.0 schema", async () => {
    const validate = validator();
    const r = await cli(["check", "--format", "sarif"]);
    assert.equal(r.code, 1);
    const log = json<SarifLog>(r.stdout);
    assert.deepEqual(validate(log), []);
    // A clean run validates too, and the schema does reject a broken log.
    assert.deepEqual(validate(json((await cli(["check", "clean.ts", "--format", "sarif"])).stdout)), []);
    const broken = json<SarifLog>(r.stdout);
    (broken.runs[0]?.results[0] as unknown as Record<string, unknown>)["level"] = "fatal";
    assert.notDeepEqual(validate(broken), []);
  });

  test("what GitHub code scanning needs: tool, rules, results, locations, fingerprints", async () => {
    const log = json<SarifLog>((await cli(["check", "--format", "sarif"])).stdout);
    assert.equal(log.version, "2.1.0");
    assert.match(log.$schema, /^https:\/\/.*sarif.*2\.1\.0.*\.json$/);
    assert.equal(log.runs.length, 1);
    const run = log.runs[0];
    assert.ok(run);
    const driver = run.tool.driver;
    assert.equal(driver.name, "rnnlens");
    assert.equal(driver.version, VERSION);
    assert.match(driver.informationUri, /^https:\/\//);
    assert.deepEqual(
      driver.rules.map((x) => x.id),
      [...DIAGNOSTIC_CODES],
    );
    for (const rule of driver.rules) {
      assert.ok(rule.shortDescription.text.length > 0);
      assert.ok(rule.helpUri.endsWith(`docs/diagnostics.md#${rule.id}`), rule.helpUri);
      assert.ok(["error", "warning", "note"].includes(rule.defaultConfiguration.level));
    }
    assert.equal(driver.rules.find((x) => x.id === "dropout-single-layer")?.defaultConfiguration.level, "warning");

    const text = (await cli(["check"])).stdout.trim().split("\n").slice(0, -1);
    const jsonOut = json<JsonCheck>((await cli(["check", "--format", "json"])).stdout);
    assert.equal(run.results.length, text.length);
    run.results.forEach((res, i) => {
      const d = jsonOut.diagnostics[i];
      assert.ok(d);
      assert.equal(res.ruleId, d.code);
      assert.equal(driver.rules[res.ruleIndex]?.id, res.ruleId);
      assert.equal(res.level, "error");
      assert.equal(res.message.text, d.message);
      const loc = res.locations[0]?.physicalLocation;
      assert.ok(loc);
      assert.equal(loc.artifactLocation.uri, d.file);
      assert.equal(loc.artifactLocation.uriBaseId, "%SRCROOT%");
      assert.deepEqual(loc.region, {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
        endColumn: d.range.end.character + 1,
      });
      assert.match(Object.values(res.partialFingerprints)[0] ?? "", /^[0-9a-f]{64}$/);
    });
    const fingerprints = run.results.map((x) => JSON.stringify(x.partialFingerprints));
    assert.equal(new Set(fingerprints).size, fingerprints.length, "fingerprints are unique");
  });

  test("related locations point at the constructor argument that set the expectation", async () => {
    const log = json<SarifLog>((await cli(["check", "input-size.ts", "--format", "sarif"])).stdout);
    const res = log.runs[0]?.results[0];
    assert.ok(res?.relatedLocations && res.relatedLocations.length > 0);
    const rel = res.relatedLocations[0];
    assert.ok(rel);
    assert.equal(rel.physicalLocation.artifactLocation.uri, "input-size.ts");
    const src = readFileSync(join(PROJECT, "input-size.ts"), "utf8").split("\n");
    const reg = rel.physicalLocation.region;
    assert.equal(src[reg.startLine - 1]?.slice(reg.startColumn - 1, reg.endColumn - 1), "10");
    assert.match(rel.message.text, /input_size/);
  });

  test("skipped files are tool execution notifications; the log still validates", async () => {
    const dir = join(tmp, "sarif-skipped");
    mkdirSync(dir);
    writeFileSync(join(dir, "blob.ts"), Buffer.from([0x00, 0x01, 0x02]));
    cpSync(join(PROJECT, "input-size.ts"), join(dir, "input-size.ts"));
    const r = await cli(["check", "--format", "sarif"], { cwd: dir });
    assert.equal(r.code, 1);
    const log = json<SarifLog & { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string } }[] }[] }[] }>(r.stdout);
    assert.deepEqual(validator()(log), []);
    const invocation = log.runs[0]?.invocations[0];
    assert.equal(invocation?.executionSuccessful, true);
    assert.deepEqual(
      invocation?.toolExecutionNotifications.map((n) => [n.level, n.message.text]),
      [["warning", "skipped blob.ts: binary file (not text)"]],
    );
    assert.equal(log.runs[0]?.results.length, 1);
  });

  test("fingerprints are stable: same on every run, and when lines move", async () => {
    const dir = join(tmp, "fingerprints");
    cpSync(PROJECT, dir, { recursive: true });
    const before_ = json<SarifLog>((await cli(["check", "--format", "sarif"], { cwd: dir })).stdout).runs[0]?.results ?? [];
    const again = json<SarifLog>((await spawnCli(["check", "--format", "sarif"], { cwd: dir })).stdout).runs[0]?.results ?? [];
    assert.deepEqual(
      again.map((r) => r.partialFingerprints),
      before_.map((r) => r.partialFingerprints),
    );
    const file = join(dir, "models", "bigru.ts");
    writeFileSync(file, `// a new comment\n\n${readFileSync(file, "utf8")}`);
    const moved = json<SarifLog>((await spawnCli(["check", "--format", "sarif"], { cwd: dir })).stdout).runs[0]?.results ?? [];
    assert.equal(moved.length, before_.length);
    moved.forEach((r, i) => {
      assert.deepEqual(r.partialFingerprints, before_[i]?.partialFingerprints);
    });
    const bigru = (rs: SarifResult[]) => rs.find((r) => r.locations[0]?.physicalLocation.artifactLocation.uri === "models/bigru.ts");
    assert.equal(bigru(moved)?.locations[0]?.physicalLocation.region.startLine, (bigru(before_)?.locations[0]?.physicalLocation.region.startLine ?? 0) + 2);
  });
});

describe("worker threads", { concurrency: 4 }, () => {
  /** More than 8 files, with cross-file imports, some clean and some not. */
  function generate(): string {
    const dir = join(tmp, "many");
    mkdirSync(join(dir, "sub"), { recursive: true });
    cpSync(PROJECT, join(dir, "project"), { recursive: true });
    writeFileSync(join(dir, "consts.ts"), "export const FEATURES = 10;\nexport const HIDDEN = 20;\n");
    for (let i = 0; i < 14; i++) {
      const extra = i % 3 === 0 ? 1 : 0;
      const folder = i % 2 === 0 ? dir : join(dir, "sub");
      const from = i % 2 === 0 ? "./consts" : "../consts";
      writeFileSync(
        join(folder, `gen${String(i).padStart(2, "0")}.ts`),
        [
          'import { nn, torch } from "rnnlens";',
          `import { FEATURES, HIDDEN } from "${from}";`,
          `const lstm = new nn.LSTM(FEATURES + ${i}, HIDDEN, ${1 + (i % 2)});`,
          `const x = torch.randn(5, 3, ${10 + i + extra});`,
          `const h0 = torch.randn(${1 + (i % 2) + (i % 5 === 0 ? 1 : 0)}, 3, 20);`,
          "const [out, [hn, cn]] = lstm.forward(x, [h0, h0]);",
          "",
        ].join("\n"),
      );
    }
    return dir;
  }

  function threads(stderr: string): number[] {
    const m = /files per thread, main first: ([\d ]+)\)/.exec(stderr);
    assert.ok(m, `no pool report in:\n${stderr}`);
    return (m[1] as string).trim().split(" ").map(Number);
  }

  test("more than 8 files: workers give the same results as one thread, built and from source", async () => {
    const dir = generate();
    const debug = { RNNLENS_DEBUG: "1" };
    const [single, singleText, built, builtText, fromSource, auto, sarifSingle, sarifPool] = await Promise.all([
      cli(["check", "--format", "json"], { cwd: dir, env: { RNNLENS_WORKERS: "0", ...debug } }),
      cli(["check"], { cwd: dir, env: { RNNLENS_WORKERS: "0" } }),
      cli(["check", "--format", "json"], { cwd: dir, env: { RNNLENS_WORKERS: "2", ...debug } }),
      cli(["check"], { cwd: dir, env: { RNNLENS_WORKERS: "2" } }),
      cli(["check", "--format", "json"], { cwd: dir, fromSource: true, env: { RNNLENS_WORKERS: "2", ...debug } }),
      // The default plan for > 8 files: the main thread and workers share the queue.
      cli(["check", "--format", "json"], { cwd: dir, env: debug }),
      cli(["check", "--format", "sarif"], { cwd: dir, env: { RNNLENS_WORKERS: "0" } }),
      cli(["check", "--format", "sarif"], { cwd: dir, env: { RNNLENS_WORKERS: "3" } }),
    ]);
    assert.equal(single.code, 1, single.stderr);
    const expected = json<JsonCheck>(single.stdout);
    assert.deepEqual(threads(single.stderr), [expected.files]);
    assert.equal(expected.files, 20);
    assert.ok(expected.diagnostics.length >= 8, `${expected.diagnostics.length} diagnostics`);

    for (const [name, pool] of [["built", built], ["from source", fromSource]] as const) {
      assert.equal(pool.code, 1, `${name}: ${pool.stderr}`);
      // Only the workers check files: each of them must have had some.
      const counts = threads(pool.stderr);
      assert.equal(counts.length, 3, name);
      assert.equal(counts[0], 0, `${name}: the main thread only hands out files`);
      // How the 20 files split between the two workers depends on which one finishes loading
      // first (one may take them all): only the total is certain.
      assert.equal((counts[1] ?? 0) + (counts[2] ?? 0), 20, `${name}: files per worker: ${counts}`);
      assert.deepEqual(json<JsonCheck>(pool.stdout), expected, name);
    }
    assert.equal(builtText.code, 1);
    assert.equal(builtText.stdout, singleText.stdout);
    assert.deepEqual(json<JsonCheck>(auto.stdout), expected);
    assert.ok(threads(auto.stderr).length >= 2, "at least one worker is started");
    assert.equal(sarifPool.stdout, sarifSingle.stdout);
  });

  test("8 files or fewer stay on the main thread", async () => {
    const r = await cli(["check"], { env: { RNNLENS_DEBUG: "1" } });
    assert.deepEqual(threads(r.stderr), [5]);
  });
});

describe("rnnlens shapes", { concurrency: 4 }, () => {
  test("text: line:col name: text, 1-based, by position", async () => {
    const r = await cli(["shapes", "model.ts"], { cwd: RUN_DIR });
    assert.equal(r.code, 0, r.stderr);
    const lines = r.stdout.trim().split("\n");
    for (const line of lines) assert.match(line, /^\d+:\d+ \S.*: .+$/);
    for (const expected of [
      "4:9 gru: GRU(10, hidden, num_layers=1, bidirectional=true)",
      "8:7 lstm: LSTM(10, 20, num_layers=2)",
      "11:9 x: Tensor[steps, n, 10]",
      "14:10 out: Tensor[steps, n, 20]",
      "14:27 lstm.forward: (Tensor[steps, n, 20], (Tensor[layers=2, n, 20], Tensor[layers=2, n, 20]))",
    ]) {
      assert.ok(lines.includes(expected), `missing: ${expected}\n${r.stdout}`);
    }
    const positions = lines.map((l) => l.split(" ")[0]?.split(":").map(Number) as [number, number]);
    for (let i = 1; i < positions.length; i++) {
      const [a, b] = [positions[i - 1] as [number, number], positions[i] as [number, number]];
      assert.ok(a[0] < b[0] || (a[0] === b[0] && a[1] <= b[1]), "sorted by position");
    }
  });

  test("json: { file, shapes: [{ range, name, kind, text }] } with 0-based ranges", async () => {
    const r = await cli(["shapes", "run/model.ts", "--format", "json"], { cwd: FIXTURES });
    assert.equal(r.code, 0);
    const out = json<{ file: string; shapes: { range: { start: Pos; end: Pos }; name: string; kind: string; text: string }[] }>(r.stdout);
    assert.deepEqual(Object.keys(out).sort(), ["file", "shapes"]);
    assert.equal(out.file, "run/model.ts");
    const src = readFileSync(join(RUN_DIR, "model.ts"), "utf8").split("\n");
    for (const s of out.shapes) {
      assert.deepEqual(Object.keys(s).sort(), ["kind", "name", "range", "text"]);
      assert.ok(["tensor", "module", "call"].includes(s.kind));
      if (s.range.start.line === s.range.end.line) {
        const covered = src[s.range.start.line]?.slice(s.range.start.character, s.range.end.character) ?? "";
        assert.ok(covered.startsWith(s.name.split(".")[0] as string), `${s.name} at ${JSON.stringify(s.range)}: '${covered}'`);
      }
    }
    const call = out.shapes.find((s) => s.kind === "call" && s.range.start.line === 13);
    assert.ok(call);
    assert.equal(call.name, "lstm.forward");
    assert.deepEqual(call.range.start, { line: 13, character: 26 });
    assert.ok(out.shapes.some((s) => s.kind === "module" && s.name === "gru"));
    assert.ok(out.shapes.some((s) => s.kind === "tensor" && s.name === "h0" && s.text === "Tensor[2, n, 20]"));
  });

  test("a file with nothing to show prints nothing and exits 0", async () => {
    const file = join(tmp, "plain.ts");
    writeFileSync(file, "export const answer = 42;\n");
    const r = await cli(["shapes", file]);
    assert.equal(r.code, 0);
    assert.equal(r.stdout, "");
  });
});

describe("rnnlens run", { concurrency: 4 }, () => {
  interface RunJson {
    ok: boolean;
    module: { kind: string; config: string; parameterCount: number | null };
    dims: Record<string, number>;
    seed: number;
    inputs: { name: string; shape: number[] }[];
    results: { name: string; shape: number[]; meaning: string | null; inferred: string | null; values: number[] }[];
    timeMs: number;
    shapesMatchInferred: boolean | null;
    error: { pytorchType: string; message: string } | null;
    missingDims: string[];
  }
  const run = (args: string[]) => cli(["run", "model.ts", ...args], { cwd: RUN_DIR });

  test("a module: readable report with config, inputs, result shapes and meanings, values, time, match; exit 0", async () => {
    const r = await run(["--line", "8"]);
    assert.equal(r.code, 0, r.stderr);
    const out = r.stdout;
    assert.match(out, /^module at model\.ts:8:7: lstm$/m);
    assert.match(out, /^module: LSTM\(10, 20, num_layers=2\), 5920 parameters$/m);
    assert.match(out, /^dims: seq=5, batch=3 {3}seed: 0$/m);
    assert.match(out, /^ {2}input {2}\[5, 3, 10\]$/m);
    assert.match(out, /^ {2}output {2}\[5, 3, 20\] {2}\(seq_len, batch, num_directions \* hidden_size\)$/m);
    assert.match(out, /^ {2}h_n {5}\[2, 3, 20\] {2}\(num_layers \* num_directions, batch, hidden_size\)$/m);
    assert.match(out, /^ {2}c_n {5}\[2, 3, 20\]/m);
    assert.match(out, /inferred: \[seq, batch, 20\]/);
    assert.match(out, /first values: -?\d\.\d{4}, -?\d\.\d{4}, .*\(300 values\)/);
    assert.match(out, /^time: \d+\.\d\d ms$/m);
    assert.match(out, /^shapes match the inferred ones: yes$/m);
  });

  test("json: the RunCellResult", async () => {
    const r = await run(["--line", "8", "--format", "json"]);
    assert.equal(r.code, 0);
    const res = json<RunJson>(r.stdout);
    assert.equal(res.ok, true);
    assert.equal(res.module.kind, "LSTM");
    assert.equal(res.module.parameterCount, 5920);
    assert.deepEqual(res.dims, { seq: 5, batch: 3 });
    assert.deepEqual(
      res.results.map((x) => [x.name, x.shape]),
      [
        ["output", [5, 3, 20]],
        ["h_n", [2, 3, 20]],
        ["c_n", [2, 3, 20]],
      ],
    );
    assert.equal(res.results[0]?.values.length, 300);
    assert.equal(res.shapesMatchInferred, true);
    assert.equal(res.error, null);
    assert.deepEqual(res.missingDims, []);
  });

  test("the same seed gives the same numbers, another seed others", async () => {
    const values = async (seed: string) => json<RunJson>((await run(["--line", "8", "--format", "json", "--seed", seed])).stdout).results[0]?.values;
    const again = json<RunJson>((await spawnCli(["run", "model.ts", "--line", "8", "--format", "json", "--seed", "7"], { cwd: RUN_DIR })).stdout).results[0]?.values;
    assert.deepEqual(await values("7"), again);
    assert.notDeepEqual(await values("7"), await values("0"));
    assert.equal(json<RunJson>((await run(["--line", "8", "--format", "json", "--seed", "7"])).stdout).seed, 7);
  });

  test("a forward call with --dims: the call's argument shapes with the sizes bound", async () => {
    const r = await run(["--line", "14", "--dims", "steps=7,n=2"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^forward call at model\.ts:14:27: lstm\.forward\(x, \[h0, c0\]\)$/m);
    assert.match(r.stdout, /^ {2}h0 {5}\[2, 2, 20\]$/m);
    assert.match(r.stdout, /^ {2}output {2}\[7, 2, 20\]/m);
    assert.match(r.stdout, /inferred: \[steps, n, 20\]/);
    assert.match(r.stdout, /^shapes match the inferred ones: yes$/m);
    const res = json<RunJson>((await run(["--line", "14", "--dims", "steps=7", "--dims", "n=2", "--format", "json"])).stdout);
    assert.deepEqual(
      res.inputs.map((i) => i.shape),
      [
        [7, 2, 10],
        [2, 2, 20],
        [2, 2, 20],
      ],
    );
  });

  test("--column picks exactly that position: the module on `lstm`, the call on `.forward`", async () => {
    const onModule = json<RunJson>((await run(["--line", "14", "--column", "27", "--format", "json"])).stdout);
    assert.deepEqual(
      onModule.inputs.map((i) => i.name),
      ["input"],
    );
    const onCall = await run(["--line", "14", "--column", "32", "--dims", "steps=4,n=1", "--format", "json"]);
    assert.equal(onCall.code, 0);
    assert.deepEqual(
      json<RunJson>(onCall.stdout).inputs.map((i) => i.name),
      ["input", "h0", "c0"],
    );
  });

  test("a symbolic constructor size needs --dims", async () => {
    const r = await run(["--line", "4"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "rnnlens: missing sizes for: hidden (use --dims hidden=N)\n");
    assert.equal(r.stdout, "");
    const ok = await run(["--line", "4", "--dims", "hidden=6"]);
    assert.equal(ok.code, 0, ok.stderr);
    assert.match(ok.stdout, /^ {2}output {2}\[5, 3, 12\]/m);
    assert.match(ok.stdout, /inferred: \[seq, batch, 2\*hidden\]/);
  });

  test("missing sizes of a call are all named", async () => {
    const r = await run(["--line", "14"]);
    assert.equal(r.code, 2);
    assert.equal(r.stderr, "rnnlens: missing sizes for: n, steps (use --dims n=N,steps=N)\n");
    const j = await run(["--line", "14", "--format", "json"]);
    assert.equal(j.code, 2);
    assert.deepEqual(json<RunJson>(j.stdout).missingDims, ["n", "steps"]);
  });

  test("nothing runnable at the position: exit 2", async () => {
    for (const args of [["--line", "18"], ["--line", "2"], ["--line", "11", "--column", "3"]]) {
      const r = await run(args);
      assert.equal(r.code, 2, args.join(" "));
      assert.match(r.stderr, /^rnnlens: nothing runnable (at|on) model\.ts:\d+/);
      assert.equal(r.stdout, "");
      assertNoStack(r);
    }
  });

  test("the size guard: a run estimated over --max-memory-mb (default 512) is refused with the estimate, exit 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "rnnlens-cli-size-"));
    try {
      writeFileSync(join(dir, "big.ts"), 'import { nn } from "rnnlens";\nconst huge = new nn.LSTM(20000, 20000);\nconst medium = new nn.LSTM(256, 256);\n');
      // 3.2e9 parameters: allocating them is 12 GB; the guard answers before any allocation.
      const huge = await spawnCli(["run", "big.ts", "--line", "2", "--format", "json"], { cwd: dir });
      assert.equal(huge.code, 2, huge.stderr);
      assert.match(huge.stderr, /^rnnlens: cannot run: This run would need about 23\.9 GB \(parameters 11\.9 GB, activations 11\.9 GB\), more than the 512 MB Run Cell allows; .*FLOPs\)\. Use smaller sample sizes, or pass a larger --max-memory-mb\.\n$/);
      assertNoStack(huge);
      const res = json<RunJson & { tooLarge: { limitMB: number; estimate: { parameters: number; totalBytes: number; flops: number } } }>(huge.stdout);
      assert.equal(res.ok, false);
      assert.deepEqual(res.inputs, []);
      assert.equal(res.tooLarge.limitMB, 512);
      assert.equal(res.tooLarge.estimate.parameters, 4 * 20000 * (20000 + 20000) + 2 * 4 * 20000);
      assert.ok(res.tooLarge.estimate.flops > 0);
      // About 4 MB: runs at the default limit, refused at 1 MB.
      assert.equal((await spawnCli(["run", "big.ts", "--line", "3"], { cwd: dir })).code, 0);
      const refused = await spawnCli(["run", "big.ts", "--line", "3", "--max-memory-mb", "1"], { cwd: dir });
      assert.equal(refused.code, 2);
      assert.match(refused.stderr, /more than the 1 MB Run Cell allows/);
      const bad = await spawnCli(["run", "big.ts", "--line", "3", "--max-memory-mb", "0"], { cwd: dir });
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /^rnnlens: --max-memory-mb /);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test("the engine raises: PyTorch's message, exit 1", async () => {
    const r = await run(["--line", "19"]);
    assert.equal(r.code, 1);
    assert.match(r.stdout, /^forward call at model\.ts:19:16: /m);
    assert.match(r.stdout, /^ {2}h0 {5}\[1, 3, 20\]$/m);
    assert.match(r.stdout, /^PyTorch raised RuntimeError: Expected hidden\[0\] size \(2, 3, 20\), got \[1, 3, 20\]$/m);
    const j = await run(["--line", "19", "--format", "json"]);
    assert.equal(j.code, 1);
    const res = json<RunJson>(j.stdout);
    assert.equal(res.ok, false);
    assert.deepEqual(res.error, { pytorchType: "RuntimeError", message: "Expected hidden[0] size (2, 3, 20), got [1, 3, 20]" });
  });
});
