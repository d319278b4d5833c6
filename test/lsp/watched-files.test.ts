// Files imported from disk that change while their importer is open (a `git checkout`, a code
// generator): the server asks the editor to watch them, and on `workspace/didChangeWatchedFiles`
// the open importers — direct or through other files — get fresh diagnostics, without a restart.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { after, before, describe, it } from "node:test";
import { FileChangeType, type Registration, type RegistrationParams } from "vscode-languageserver-protocol";
import { DEADLINE_MS, ensureServerBuilt, fileUri, LspClient, messageOf, WATCHING_CAPABILITIES } from "./client";

const MODEL = `import { torch, nn } from "rnnlens";
import { INPUT } from "./b";

const lstm = new nn.LSTM(10, 20);
const x = torch.randn(5, 3, INPUT);
const [out, [h, c]] = lstm.forward(x);
`;
const config = (input: number) => `export const INPUT = ${input};\n`;
const THROUGH = `import { BASE } from "./c";\nexport const INPUT = BASE;\n`;
const base = (n: number) => `export const BASE = ${n};\n`;

describe("LSP over stdio: imported files changed on disk", { timeout: 120_000 }, () => {
  let client: LspClient;
  let dir: string;

  before(async () => {
    ensureServerBuilt();
    dir = mkdtempSync(join(tmpdir(), "rnnlens-lsp-watch-"));
    client = new LspClient({ capabilities: WATCHING_CAPABILITIES });
    await client.initialize();
  });

  after(() => {
    client.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  const codes = (uri: string) => client.latest(uri)?.diagnostics.map((d) => `${d.code}: ${messageOf(d)}`).join("\n") ?? "(none)";
  const until = (uri: string, want: (codes: string) => boolean, what: string) => client.waitFor(() => want(codes(uri)), DEADLINE_MS, `${what}; last: ${codes(uri)}`);

  it("asks the editor to watch the files it analyzes", async () => {
    const registration = await client.waitFor(
      () => client.serverRequestParams.flatMap((r) => (r.method === "client/registerCapability" ? (r.params as RegistrationParams).registrations : [])).find((g: Registration) => g.method === "workspace/didChangeWatchedFiles"),
      DEADLINE_MS,
      "a workspace/didChangeWatchedFiles registration",
    );
    const globs = (registration.registerOptions as { watchers: { globPattern: string; kind?: number }[] }).watchers.map((w) => `${w.globPattern}${w.kind === undefined ? "" : ` kind ${w.kind}`}`);
    // The last: deletions of anything, for a deleted folder's one event (kind 4: Delete).
    assert.deepEqual(globs, ["**/*.{ts,tsx,js,jsx,mts,cts,mjs,cjs,py}", "**/{tsconfig,jsconfig}*.json", "**/package.json", "**/* kind 4"]);
  });

  it("a changed, deleted and re-created imported file updates the open importer", async () => {
    const sub = join(dir, "direct");
    mkdirSync(sub);
    const b = join(sub, "b.ts");
    writeFileSync(b, config(10));
    writeFileSync(join(sub, "a.ts"), MODEL);
    const a = fileUri(join(sub, "a.ts"));
    await client.open(a, MODEL);
    assert.deepEqual((await client.diagnostics(a, { version: 1 })).diagnostics, []);

    writeFileSync(b, config(7));
    await client.filesChanged([{ uri: fileUri(b), type: FileChangeType.Changed }]);
    await until(a, (c) => c === "input-size-mismatch: input.size(-1) must be equal to input_size. Expected 10, got 7", "the importer sees the new value on disk");

    rmSync(b);
    await client.filesChanged([{ uri: fileUri(b), type: FileChangeType.Deleted }]);
    // The import no longer resolves: the size is unknown, so nothing is reported.
    await until(a, (c) => c === "", "no stale error from a deleted file");

    writeFileSync(b, config(8));
    await client.filesChanged([{ uri: fileUri(b), type: FileChangeType.Created }]);
    await until(a, (c) => c.endsWith("Expected 10, got 8"), "the re-created file is read");
    await client.close(a);
  });

  it("a file imported through another file on disk updates the open importer", async () => {
    const sub = join(dir, "transitive");
    mkdirSync(sub);
    const c = join(sub, "c.ts");
    writeFileSync(c, base(10));
    writeFileSync(join(sub, "b.ts"), THROUGH);
    writeFileSync(join(sub, "a.ts"), MODEL);
    const a = fileUri(join(sub, "a.ts"));
    await client.open(a, MODEL);
    assert.deepEqual((await client.diagnostics(a, { version: 1 })).diagnostics, []);

    writeFileSync(c, base(6));
    await client.filesChanged([{ uri: fileUri(c), type: FileChangeType.Changed }]);
    await until(a, (x) => x.endsWith("Expected 10, got 6"), "the change two imports away reaches the importer");

    // A checkout reports many files in one notification.
    writeFileSync(c, base(10));
    writeFileSync(join(sub, "unrelated.ts"), base(1));
    await client.filesChanged([{ uri: fileUri(join(sub, "unrelated.ts")), type: FileChangeType.Created }, { uri: fileUri(c), type: FileChangeType.Changed }, { uri: fileUri(join(sub, "gone.ts")), type: FileChangeType.Deleted }]);
    await until(a, (x) => x === "", "and so does the fix");
    await client.close(a);
  });

  it("an open file's text wins over the disk", async () => {
    const sub = join(dir, "open");
    mkdirSync(sub);
    const b = join(sub, "b.ts");
    writeFileSync(b, config(10));
    const a = fileUri(join(sub, "a.ts"));
    const bUri = fileUri(b);
    await client.open(bUri, config(5));
    await client.open(a, MODEL);
    await until(a, (x) => x.endsWith("Expected 10, got 5"), "the editor's text of b");
    writeFileSync(b, config(10));
    await client.filesChanged([{ uri: bUri, type: FileChangeType.Changed }]);
    // A later edit of a is analyzed against b's editor text, not the disk's.
    const v = await client.replace(a, "const lstm", "const lstm2 = 1;\nconst lstm");
    const d = await client.diagnostics(a, { version: v });
    assert.match(d.diagnostics.map(messageOf).join("\n"), /Expected 10, got 5/);
    await client.close(a);
    await client.close(bUri);
  });

  it("shuts down cleanly", async () => {
    assert.equal(await client.shutdown(), 0);
  });
});
