/**
 * btu-calc's input and output as streams: `--batch` computes each line as
 * it arrives and writes the answers before reading on, so a run of any
 * length holds one input chunk and at most 64 KB of answers at a time (issue
 * 19: 130,000 FEE_SCHEDULE lines once filled 2.1 GB and printed nothing).
 * Output waits for the stream's 'drain' when write returns false; a reader that stops reading (`btu-calc --batch | head -1`,
 * EPIPE) ends the run quietly; any other read or write error is an I/O
 * failure, exit status 3, as is a fault of btu-calc itself.
 */
import { StringDecoder } from "string_decoder";

/** The exit statuses (README's btu-calc section and --help). */
export const EXIT = {
  /** Every result is a value. */
  values: 0,
  /** Some result is an error value (#VALUE!, #NUM!, #N/A...). */
  errorValue: 1,
  /** The command line is wrong: an unknown function or option, too many arguments, an argument no cell can hold. */
  usage: 2,
  /** btu-calc could not do its work: a read or write error (a full disk, stdin a directory), or an internal fault. */
  failure: 3,
} as const;

/** Reading the input or writing the output failed (exit status 3). */
export class IoFailure extends Error {
  constructor(
    readonly what: "read" | "write",
    readonly cause: unknown
  ) {
    super(
      `cannot ${what === "read" ? "read standard input" : "write standard output"}: ${
        cause instanceof Error ? cause.message : String(cause)
      }`
    );
    this.name = "IoFailure";
  }
}

const isEpipe = (e: unknown) => (e as NodeJS.ErrnoException | undefined)?.code === "EPIPE";

/**
 * A writable stream written line by line. Lines are gathered into one write
 * of up to `chunk` characters (one system call for many short lines), handed
 * over when that is full or on `flush` (before the input is read again, so
 * an answer never waits for more input); each write waits for 'drain' when
 * the stream's buffer is full, so at most one chunk waits in memory. After
 * EPIPE (the reader went away) `closed` is true and further lines are
 * dropped; any other error is thrown as an {@link IoFailure} from the next
 * `line`, `flush` or `end`.
 */
export class LineOutput {
  private failure: unknown;
  private epipe = false;
  private wake: (() => void) | undefined;
  private pending = "";

  constructor(
    private readonly stream: NodeJS.WritableStream,
    private readonly chunk = 64 * 1024
  ) {
    stream.on("error", (e: unknown) => {
      if (isEpipe(e)) this.epipe = true;
      else if (this.failure === undefined) this.failure = e;
      this.wake?.();
    });
  }

  /** The reader stopped reading (EPIPE): nothing more can be written, and that is no failure. */
  get closed(): boolean {
    return this.epipe;
  }

  private check(): void {
    if (this.failure !== undefined) throw new IoFailure("write", this.failure);
  }

  /** Adds `text` and a newline; writes when a chunk is full, resolving when the stream can take more. */
  async line(text: string): Promise<void> {
    this.check();
    if (this.epipe) return;
    this.pending += text + "\n";
    if (this.pending.length >= this.chunk) await this.flush();
  }

  /** Writes the lines gathered so far; resolves when the stream can take more. */
  async flush(): Promise<void> {
    this.check();
    if (this.epipe || this.pending === "") return;
    const text = this.pending;
    this.pending = "";
    if (!this.stream.write(text)) {
      await new Promise<void>((resolve) => {
        const done = () => {
          this.stream.removeListener("drain", done);
          this.wake = undefined;
          resolve();
        };
        this.wake = done;
        this.stream.once("drain", done);
      });
    }
    this.check();
  }

  /** Resolves once everything written has been handed to the system; throws an {@link IoFailure} if any of it failed. */
  async end(): Promise<void> {
    await this.flush();
    if (this.epipe) return;
    await new Promise<void>((resolve) => {
      this.wake = resolve;
      this.stream.write("", () => resolve());
    });
    this.wake = undefined;
    this.check();
  }
}

/**
 * The lines of a stream as they arrive, split at "\n" (a "\r" before it
 * dropped, a lone "\r" kept inside the line, as a batch line may hold one);
 * a last line without "\n" counts. UTF-8 across chunk boundaries is kept
 * whole. A read error is thrown as an {@link IoFailure}. `beforeRead` runs
 * each time the lines at hand are used up, before waiting for more input.
 */
export async function* lines(
  input: AsyncIterable<Buffer | string>,
  beforeRead?: () => Promise<void>
): AsyncGenerator<string> {
  const decoder = new StringDecoder("utf8");
  let rest = "";
  const iterator = input[Symbol.asyncIterator]();
  try {
    for (;;) {
      let next: IteratorResult<Buffer | string>;
      await beforeRead?.();
      try {
        next = await iterator.next();
      } catch (e) {
        throw new IoFailure("read", e);
      }
      if (next.done) break;
      rest += typeof next.value === "string" ? next.value : decoder.write(next.value);
      let start = 0;
      let nl = rest.indexOf("\n");
      while (nl >= 0) {
        const line = rest.slice(start, nl);
        yield line.endsWith("\r") ? line.slice(0, -1) : line;
        start = nl + 1;
        nl = rest.indexOf("\n", start);
      }
      rest = rest.slice(start);
    }
  } finally {
    // Stopped early (the reader went away): let go of the input, so the process can end.
    await iterator.return?.();
  }
  rest += decoder.end();
  if (rest !== "") yield rest.endsWith("\r") ? rest.slice(0, -1) : rest;
}

/** What one batch line gave: its output line and whether it was an error value or a usage error. */
export interface LineResult {
  readonly text: string;
  readonly error: boolean;
  readonly usage: boolean;
}

/**
 * `--batch`: each line computed and written before the next is read. A blank
 * line gives a blank line. Returns the exit status of the lines computed
 * (2 if any was a usage error, else 1 if any was an error value, else 0);
 * stops quietly when the reader goes away. A read or write error is thrown
 * as an {@link IoFailure}; an exception of `compute` propagates (btu-calc
 * reports both with exit status 3).
 */
export async function runBatch(
  input: AsyncIterable<Buffer | string>,
  output: LineOutput,
  compute: (line: string) => LineResult
): Promise<number> {
  let error = false;
  let usage = false;
  // The answers so far are written before waiting for more input: a line in, a line out.
  for await (const line of lines(input, () => output.flush())) {
    if (line.trim() === "") await output.line("");
    else {
      const r = compute(line);
      error ||= r.error;
      usage ||= r.usage;
      await output.line(r.text);
    }
    if (output.closed) break;
  }
  await output.end();
  return usage ? EXIT.usage : error ? EXIT.errorValue : EXIT.values;
}
