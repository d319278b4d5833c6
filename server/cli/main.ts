/**
 * `rnnlens` (dist/cli.js): parses the command line, dispatches to check / shapes / run, prints
 * and sets the exit code (0 fine, 1 errors found or the engine raised, 2 usage or internal
 * failure, always with a message and never a stack trace). The same script is the check worker
 * when the pool starts it as a worker thread (see pool.ts).
 *
 * The analyzer (TypeScript's compiler included) is loaded only when a command needs it, so
 * `--help`, `--version` and usage errors answer at once.
 */
import { parseArgs, type Command } from "./args";
import type * as Commands from "./commands";
import { EXIT_FAILURE, EXIT_OK, InputError, UsageError, messageOf } from "./errors";
import { helpText, usageHint } from "./help";
import type * as Pool from "./pool";
import { VERSION } from "./rules";
import { isCheckWorker } from "./worker-tag";

const debug = Boolean(process.env["RNNLENS_DEBUG"]);

const io: Commands.Io = {
  out: (s) => {
    process.stdout.write(s);
  },
  err: (s) => {
    process.stderr.write(`rnnlens: ${s}\n`);
  },
  debug,
  entry: __filename,
};

function loadCommands(): typeof Commands {
  return require("./commands") as typeof Commands;
}

async function main(argv: readonly string[]): Promise<number> {
  let cmd: Command;
  try {
    cmd = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      if (argv.length === 0) process.stderr.write(`\n${usageHint()}\n`);
      return EXIT_FAILURE;
    }
    throw e;
  }
  switch (cmd.kind) {
    case "help":
      io.out(helpText(cmd.topic) + "\n");
      return EXIT_OK;
    case "version":
      io.out(`${VERSION}\n`);
      return EXIT_OK;
    case "check":
      return loadCommands().check(cmd, io);
    case "shapes":
      return loadCommands().shapes(cmd, io);
    case "run":
      return loadCommands().runAt(cmd, io);
  }
}

function fail(e: unknown): void {
  if (e instanceof UsageError || e instanceof InputError) io.err(e.message);
  else {
    io.err(`internal error: ${messageOf(e)}`);
    if (debug && e instanceof Error && e.stack) process.stderr.write(`${e.stack}\n`);
    else process.stderr.write("(set RNNLENS_DEBUG=1 for details)\n");
  }
  process.exitCode = EXIT_FAILURE;
}

if (isCheckWorker()) {
  // A rejection (the Python parser did not load) is unhandled, so it ends the worker with an
  // error event, which the pool reports as the run's failure.
  void (require("./pool") as typeof Pool).runCheckWorker();
} else {
  // `rnnlens check | head` closes the pipe early: stop quietly.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw e;
  });
  process.on("uncaughtException", (e) => {
    fail(e);
    process.exit(EXIT_FAILURE);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => fail(e),
  );
}
