/**
 * btu-calc --batch streams (issue 19): a line in, a line out, in constant
 * memory, waiting for the reader when the output is full; exit status 3 for
 * a read, write or internal failure (0/1/2 keep their meaning: values, an
 * error value, a usage error); a reader that stops reading (`| head -1`)
 * ends the run quietly.
 */
import { spawn, spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { Writable } from "stream";
import { EXIT, IoFailure, LineOutput, lines, runBatch } from "../../src/cli/stream";
import { FULL } from "../helpers/sweep";

const ROOT = path.join(__dirname, "..", "..");
const BIN = path.join(ROOT, "bin", "btu-calc.js");
const BUNDLE = path.join(ROOT, "dist", "cli", "btu-calc.js");

async function* chunks(...parts: Array<string | Buffer>): AsyncGenerator<Buffer | string> {
  for (const p of parts) yield p;
}
const collect = async (it: AsyncIterable<string>) => {
  const out: string[] = [];
  for await (const l of it) out.push(l);
  return out;
};

describe("lines(): the batch input split as it arrives", () => {
  test("split at \\n, a \\r before it dropped, a lone \\r kept, a last line without \\n counted, UTF-8 whole across chunks", async () => {
    const euro = Buffer.from("€", "utf8"); // 3 bytes, cut between chunks
    expect(
      await collect(
        lines(
          chunks(
            "a\r\nb",
            "c\n\nx\ry\n",
            Buffer.concat([Buffer.from("d"), euro.subarray(0, 1)]),
            euro.subarray(1),
            "\nlast"
          )
        )
      )
    ).toEqual(["a", "bc", "", "x\ry", "d€", "last"]);
  });
  test("a read error is an IoFailure (exit status 3), not an error value", async () => {
    async function* failing(): AsyncGenerator<string> {
      yield "TERMS\n";
      throw Object.assign(new Error("EIO: i/o error, read"), { code: "EIO" });
    }
    await expect(collect(lines(failing()))).rejects.toThrow(
      /cannot read standard input: EIO: i\/o error/
    );
  });
});

/** A writable that holds every write until released: a reader that does not read yet. */
function heldWritable() {
  const held: Array<() => void> = [];
  const written: string[] = [];
  const w = new Writable({
    highWaterMark: 16,
    write(chunk: Buffer, _enc, cb) {
      written.push(chunk.toString());
      held.push(cb);
    },
  });
  const releaseAll = () => held.splice(0).forEach((cb) => cb());
  return { w, written, releaseAll };
}

const settle = () => new Promise((r) => setImmediate(r));

describe("runBatch(): each line computed and written before the next is read", () => {
  const value = (line: string) => ({ text: `=${line}`, error: false, usage: false });

  test("waits for 'drain' when the output is full: no more than a chunk is computed ahead of a reader that does not read", async () => {
    const { w, written, releaseAll } = heldWritable();
    let computed = 0;
    const input = chunks(Array.from({ length: 1000 }, (_, i) => `L${i}`).join("\n") + "\n");
    // Chunks of 16 characters (the default gathers 64 KB): the stream's buffer fills after a few lines.
    const run = runBatch(input, new LineOutput(w, 16), (line) => {
      computed += 1;
      return value(line);
    });
    for (let i = 0; i < 5; i++) await settle();
    // Only the lines that fill the stream's 16-byte buffer ("=L0\n" is 4 bytes) were computed: the rest wait.
    expect(computed).toBeGreaterThanOrEqual(1);
    expect(computed).toBeLessThanOrEqual(5);
    // Released step by step, every line comes out, in order.
    let finished = false;
    void run.finally(() => (finished = true));
    for (let i = 0; i < 5000 && !finished; i++) {
      releaseAll();
      await settle();
    }
    await expect(run).resolves.toBe(EXIT.values);
    expect(written.join("")).toBe(Array.from({ length: 1000 }, (_, i) => `=L${i}\n`).join(""));
  });

  test("short answers are gathered into few writes, and written before more input is awaited", async () => {
    const writes: string[] = [];
    const w = new Writable({
      write(c: Buffer, _e, cb) {
        writes.push(c.toString());
        cb();
      },
    });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    async function* slowInput(): AsyncGenerator<string> {
      yield Array.from({ length: 1000 }, (_, i) => `L${i}`).join("\n") + "\n";
      await gate; // the writer of the input pauses
      yield "last\n";
    }
    const run = runBatch(slowInput(), new LineOutput(w), value);
    for (let i = 0; i < 5; i++) await settle();
    // All 1,000 answers are out while the input waits, in one write.
    expect(writes).toHaveLength(1);
    expect(writes[0].split("\n")).toHaveLength(1001);
    release();
    await expect(run).resolves.toBe(EXIT.values);
    expect(writes.join("").endsWith("=L999\n=last\n")).toBe(true);
  });

  test("status: 0 for values, 1 for an error value, 2 for a usage error; a blank line gives a blank line", async () => {
    const sink = () => {
      const out: string[] = [];
      return {
        out,
        w: new Writable({
          write(c: Buffer, _e, cb) {
            out.push(c.toString());
            cb();
          },
        }),
      };
    };
    const s = sink();
    expect(await runBatch(chunks("a\n\nb\n"), new LineOutput(s.w), value)).toBe(0);
    expect(s.out.join("")).toBe("=a\n\n=b\n");
    const e = (line: string) => ({ text: line, error: line === "bad", usage: line === "usage" });
    expect(await runBatch(chunks("a\nbad\n"), new LineOutput(sink().w), e)).toBe(1);
    expect(await runBatch(chunks("usage\nbad\n"), new LineOutput(sink().w), e)).toBe(2);
  });

  test("a write error is an IoFailure; a fault of the computation propagates (btu-calc: exit status 3)", async () => {
    const broken = new Writable({
      write(_c, _e, cb) {
        cb(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" }));
      },
    });
    const failure = runBatch(chunks("a\nb\nc\n"), new LineOutput(broken), value);
    await expect(failure).rejects.toBeInstanceOf(IoFailure);
    await expect(failure).rejects.toThrow(/cannot write standard output: ENOSPC/);
    const fault = runBatch(
      chunks("a\nb\n"),
      new LineOutput(new Writable({ write: (_c, _e, cb) => cb() })),
      (l) => {
        if (l === "b") throw new TypeError("injected fault");
        return value(l);
      }
    );
    await expect(fault).rejects.toThrow("injected fault");
  });

  test("EPIPE (the reader went away) stops the run quietly with the status so far", async () => {
    let n = 0;
    const closing = new Writable({
      write(_c, _e, cb) {
        n += 1;
        if (n === 2) cb(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
        else cb();
      },
    });
    let computed = 0;
    const status = await runBatch(
      chunks(Array.from({ length: 100 }, () => "x").join("\n")),
      new LineOutput(closing, 1), // a write per line: the second one meets EPIPE
      (l) => {
        computed += 1;
        return { text: l, error: computed === 1, usage: false };
      }
    );
    expect(status).toBe(EXIT.errorValue);
    expect(computed).toBeLessThan(100);
  });
});

/** Runs btu-calc with the given stdio; its status and stderr. */
const runWith = (args: string[], stdio: Array<"pipe" | number>, input?: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { stdio, input, encoding: "utf8" });
  return { status: r.status, err: r.stderr ?? "", out: r.stdout ?? "" };
};

describe("btu-calc: exit status 3 for an I/O or internal failure (README, --help)", () => {
  test("--help names all four statuses", () => {
    const help = runWith(["--help"], ["pipe", "pipe", "pipe"]).out;
    expect(help).toMatch(
      /Exit status: 0 when every result is a value, 1 when any result is an error value/
    );
    expect(help).toMatch(/2 for a usage error/);
    expect(help).toMatch(
      /3 when btu-calc could not do its work: a read or write error .* or an internal failure/s
    );
  });

  test("a write error (stdout on a full device, /dev/full): 3 with a message, in a single call and in --batch", () => {
    const full = fs.openSync("/dev/full", "w");
    try {
      const one = runWith(["CONSULT_DISCOUNTED", "2004-10-01"], ["pipe", full, "pipe"]);
      expect(one.status).toBe(3);
      expect(one.err).toMatch(/^btu-calc: cannot write standard output: ENOSPC/);
      const batch = runWith(
        ["--batch"],
        ["pipe", full, "pipe"],
        "FEE_SCHEDULE\tconsulting\n".repeat(500)
      );
      expect(batch.status).toBe(3);
      expect(batch.err).toMatch(/cannot write standard output: ENOSPC/);
    } finally {
      fs.closeSync(full);
    }
  });

  test("a read error (stdin a directory): 3, not an empty run with status 0", () => {
    const dir = fs.openSync(os.tmpdir(), "r");
    try {
      const r = runWith(["--batch"], [dir, "pipe", "pipe"]);
      expect(r.status).toBe(3);
      expect(r.err).toMatch(/cannot read standard input: EISDIR/);
      expect(r.out).toBe("");
    } finally {
      fs.closeSync(dir);
    }
  });

  test("an internal failure: 3 when the bundle's functions.json is missing, 3 when a module it needs is (ExcelJS, for --audit-workbook)", () => {
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "btu-calc-fault-"));
    try {
      fs.mkdirSync(path.join(tmp, "bin"));
      fs.mkdirSync(path.join(tmp, "dist", "cli"), { recursive: true });
      fs.copyFileSync(BIN, path.join(tmp, "bin", "btu-calc.js"));
      fs.copyFileSync(BUNDLE, path.join(tmp, "dist", "cli", "btu-calc.js"));
      const start = () =>
        spawnSync(process.execPath, [path.join(tmp, "bin", "btu-calc.js"), "TERMS"], {
          encoding: "utf8",
        });
      // No node_modules beside it: the bundle cannot load ExcelJS, which only --audit-workbook
      // loads (a function answers without it).
      const meta = path.join(tmp, "dist", "cli", "functions.json");
      fs.copyFileSync(path.join(path.dirname(BUNDLE), "functions.json"), meta);
      const terms = start();
      expect([terms.status, terms.stderr]).toEqual([0, ""]);
      const noModule = spawnSync(
        process.execPath,
        [
          path.join(tmp, "bin", "btu-calc.js"),
          "--audit-workbook",
          path.join(tmp, "a.xlsx"),
          "4h",
          "2005-03-15",
        ],
        { encoding: "utf8" }
      );
      expect(noModule.status).toBe(3);
      expect(noModule.stderr).toMatch(/^btu-calc: internal error: .*Cannot find module 'exceljs'/);
      expect(fs.existsSync(path.join(tmp, "a.xlsx"))).toBe(false);
      // With them but without functions.json: main fails reading its metadata.
      fs.symlinkSync(path.join(ROOT, "node_modules"), path.join(tmp, "node_modules"), "dir");
      fs.rmSync(meta);
      const noMeta = start();
      expect(noMeta.status).toBe(3);
      expect(noMeta.stderr).toMatch(/^btu-calc: internal error: .*functions\.json/);
      expect(noMeta.stdout).toBe("");
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  test("`btu-calc --batch | head -1` exits quietly: one line, no message, the status of what was computed", () => {
    const pipeline = (first: string) =>
      spawnSync(
        "bash",
        [
          "-c",
          `{ printf '${first}\\n'; yes $'FEE_SCHEDULE\\tconsulting'; } | "${process.execPath}" "${BIN}" --batch | head -1; echo "status=\${PIPESTATUS[1]}" >&2`,
        ],
        { encoding: "utf8", timeout: 60_000 }
      );
    const ok = pipeline("CONSULT_DISCOUNTED\\t2004-10-01");
    expect(ok.stdout).toBe("537199.64\n");
    expect(ok.stderr).toBe("status=0\n");
    const bad = pipeline("CONSULT_DISCOUNTED\\t2004-09-30");
    expect(bad.stdout).toMatch(/^#VALUE! terminationDate 2004-09-30 is outside/);
    expect(bad.stderr).toBe("status=1\n");
  });
});

/** 125,000 lines in a 256 MB heap in a full run (BTU_FULL=1, npm run test:full); a fifth of both otherwise: in both, more output than the heap holds. */
const AT_SCALE = FULL ? { lines: 125_000, heapMb: 256 } : { lines: 25_000, heapMb: 51 };

describe("btu-calc --batch at scale (issue 19: 130,000 FEE_SCHEDULE lines once failed after 2.1 GB)", () => {
  test(`${AT_SCALE.lines.toLocaleString("en-US")} FEE_SCHEDULE lines in a ${AT_SCALE.heapMb} MB heap: the first answer before the input ends, every line printed`, async () => {
    const N = AT_SCALE.lines;
    const child = spawn(
      process.execPath,
      [`--max-old-space-size=${AT_SCALE.heapMb}`, BIN, "--batch"],
      {
        stdio: ["pipe", "pipe", "pipe"],
      }
    );
    let err = "";
    child.stderr.on("data", (d) => (err += d));
    let count = 0;
    let bytes = 0;
    let first = "";
    let last = "";
    let partial = "";
    let firstSeen: () => void = () => undefined;
    const firstLine = new Promise<void>((r) => (firstSeen = r));
    // Counted as it arrives: the test holds one line at a time too.
    child.stdout.on("data", (d: Buffer) => {
      bytes += d.length;
      const text = partial + d.toString("utf8");
      const parts = text.split("\n");
      partial = parts.pop() as string;
      for (const p of parts) {
        if (count === 0) {
          first = p;
          firstSeen();
        }
        count += 1;
        if (!p.startsWith('[["Pay date","Period start","Period end","Days","Amount","Cumulative"]'))
          last = `line ${count}: ${p.slice(0, 200)}`;
      }
    });
    const exit = new Promise<number | null>((r) => child.on("close", (code) => r(code)));
    // A line in, a line out: the first answer comes while stdin is still open.
    child.stdin.write("FEE_SCHEDULE\tconsulting\n");
    await firstLine;
    // The 3(a) schedules from the agreement's start, consulting and chairman alternately.
    const line = (i: number) => `FEE_SCHEDULE\t${i % 2 ? "chairman" : "consulting"}\n`;
    for (let i = 1; i < N; i++)
      if (!child.stdin.write(line(i))) await new Promise((r) => child.stdin.once("drain", r));
    child.stdin.end();
    const code = await exit;
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(partial).toBe("");
    expect(count).toBe(N);
    expect(last).toBe(""); // every line is a schedule with its header
    expect(JSON.parse(first)[0]).toEqual([
      "Pay date",
      "Period start",
      "Period end",
      "Days",
      "Amount",
      "Cumulative",
    ]);
    // More output than the heap could hold at once: it was streamed.
    expect(bytes).toBeGreaterThan(AT_SCALE.heapMb * 1024 * 1024);
  }, 300_000);
});
