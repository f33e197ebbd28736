/**
 * scripts/audit.js (npm run audit:prod) decides from npm's JSON report, not
 * from npm's exit status: high or critical advisories fail (exit 1), lower
 * ones pass, and no report at all (the advisory service refused or was
 * unreachable) fails as UNVERIFIED (exit 2) unless BTU_AUDIT_ALLOW_UNREACHABLE
 * records the decision to go on without it. The reports below are synthetic
 * (fictional packages) in npm's format; the live audit runs in CI (see
 * docs/hardening.md), not here, because it needs the registry.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";

const { decide } = require("../../scripts/audit.js") as {
  decide(
    run: { stdout?: string; stderr?: string; status?: number | null; error?: Error },
    env?: Record<string, string | undefined>
  ): { exit: number; out: string[]; err: string[] };
};

const counts = (c: Partial<Record<"info" | "low" | "moderate" | "high" | "critical", number>>) => {
  const v = { info: 0, low: 0, moderate: 0, high: 0, critical: 0, ...c };
  return { ...v, total: Object.values(v).reduce((a, b) => a + b, 0) };
};
const report = (vulnerabilities: Record<string, unknown>, c: Parameters<typeof counts>[0]) =>
  JSON.stringify({
    auditReportVersion: 2,
    vulnerabilities,
    metadata: {
      vulnerabilities: counts(c),
      dependencies: { prod: 80, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 80 },
    },
  });

const HIGH = report(
  {
    "zip-fixture": {
      name: "zip-fixture",
      severity: "high",
      isDirect: false,
      range: "<1.2.0",
      nodes: ["node_modules/zip-fixture"],
      effects: ["sheet-fixture"],
      fixAvailable: true,
      via: [
        {
          source: 1,
          name: "zip-fixture",
          title: "Path traversal in a fictional unzipper",
          url: "https://example.invalid/advisory/1",
          severity: "high",
          range: "<1.2.0",
        },
      ],
    },
    "sheet-fixture": {
      name: "sheet-fixture",
      severity: "high",
      isDirect: true,
      range: "<=4.4.0",
      nodes: ["node_modules/sheet-fixture"],
      effects: [],
      via: ["zip-fixture"],
      fixAvailable: { name: "sheet-fixture", version: "5.0.0", isSemVerMajor: true },
    },
    "log-fixture": {
      name: "log-fixture",
      severity: "moderate",
      isDirect: false,
      range: "*",
      nodes: [],
      effects: [],
      via: [
        {
          title: "A moderate one",
          url: "https://example.invalid/advisory/2",
          severity: "moderate",
        },
      ],
      fixAvailable: false,
    },
  },
  { high: 2, moderate: 1 }
);
const CRITICAL = report(
  {
    "rce-fixture": {
      name: "rce-fixture",
      severity: "critical",
      range: "*",
      via: [
        { title: "Remote code execution", url: "https://example.invalid/3", severity: "critical" },
      ],
      fixAvailable: false,
    },
  },
  { critical: 1 }
);
const LOW_ONLY = report(
  {
    "x-fixture": {
      name: "x-fixture",
      severity: "low",
      range: "*",
      via: [{ title: "low", severity: "low" }],
      fixAvailable: true,
    },
  },
  { low: 1, moderate: 0 }
);
const CLEAN = report({}, {});
const REFUSED = JSON.stringify({
  message:
    "405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk",
  method: "POST",
  statusCode: 405,
  body: "",
});
const OFFLINE = JSON.stringify({
  error: {
    code: "ENOTFOUND",
    summary:
      "request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org",
    detail: "",
  },
});

describe("npm run audit:prod: the decision", () => {
  test("high advisories fail, each listed with its advisory and fix", () => {
    const d = decide({ stdout: HIGH, status: 1 }, {});
    expect(d.exit).toBe(1);
    expect(d.err[0]).toMatch(
      /2 high or critical advisories in the production dependencies \(2 high, 1 moderate\)/
    );
    expect(d.err).toContain(
      "  HIGH zip-fixture <1.2.0: Path traversal in a fictional unzipper (https://example.invalid/advisory/1); fix: npm audit fix"
    );
    expect(d.err).toContain(
      "  HIGH sheet-fixture <=4.4.0: via zip-fixture; fix: sheet-fixture@5.0.0 (semver-major)"
    );
    expect(d.err.join("\n")).not.toMatch(/log-fixture/);
  });
  test("a critical advisory fails", () =>
    expect(decide({ stdout: CRITICAL, status: 1 }, {}).exit).toBe(1));
  test("low and moderate advisories pass (npm's own exit status 1 notwithstanding)", () => {
    const d = decide({ stdout: LOW_ONLY, status: 1 }, {});
    expect(d).toEqual({
      exit: 0,
      out: [
        "npm audit --omit=dev: no high or critical advisory in the production dependencies (advisories: 1 low).",
      ],
      err: [],
    });
  });
  test("a clean report passes", () =>
    expect(decide({ stdout: CLEAN, status: 0 }, {}).out[0]).toMatch(/advisories: none/));
  test.each([
    [
      "the registry refuses the bulk advisory endpoint (405)",
      { stdout: REFUSED, status: 1 },
      /405 Method Not Allowed/,
    ],
    ["the registry is unreachable", { stdout: OFFLINE, status: 1 }, /ENOTFOUND/],
    [
      "npm prints no JSON",
      { stdout: "", stderr: "npm error something broke\n", status: 1 },
      /npm error something broke \(npm exit status 1\)/,
    ],
    [
      "npm times out",
      {
        stdout: "",
        status: null,
        error: Object.assign(new Error("spawnSync npm ETIMEDOUT"), { code: "ETIMEDOUT" }),
      },
      /timed out/,
    ],
    [
      "the output is JSON but not a report",
      { stdout: JSON.stringify({ auditReportVersion: 2 }), status: 0 },
      /exit status 0/,
    ],
  ])("no report: UNVERIFIED, exit 2, when %s", (_what, run, reason) => {
    const d = decide(run as never, {});
    expect(d.exit).toBe(2);
    expect(d.err[0]).toMatch(/^UNVERIFIED: .*NOT checked/);
    expect(d.err.join("\n")).toMatch(reason);
  });
  test("BTU_AUDIT_ALLOW_UNREACHABLE=1: no report passes, loudly; a report is still enforced", () => {
    const env = { BTU_AUDIT_ALLOW_UNREACHABLE: "1" };
    const d = decide({ stdout: REFUSED, status: 1 }, env);
    expect(d.exit).toBe(0);
    expect(d.err.join("\n")).toMatch(
      /UNVERIFIED[\s\S]*continuing WITHOUT a dependency audit[\s\S]*::warning title=npm audit not verified::405/
    );
    expect(decide({ stdout: HIGH, status: 1 }, env).exit).toBe(1);
  });
  test("the command line reads a saved report with --from and exits with the decision", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "btu-audit-"));
    try {
      const script = path.join(__dirname, "..", "..", "scripts", "audit.js");
      const env = { ...process.env, BTU_AUDIT_ALLOW_UNREACHABLE: "" };
      for (const [text, exit] of [
        [HIGH, 1],
        [LOW_ONLY, 0],
        [REFUSED, 2],
      ] as const) {
        const f = path.join(dir, `r${exit}.json`);
        fs.writeFileSync(f, text);
        expect(
          spawnSync(process.execPath, [script, "--from", f], { env, encoding: "utf8" }).status
        ).toBe(exit);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
