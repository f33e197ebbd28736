/**
 * The same inputs give the same outputs in Node and in the browser: batches
 * of generated calls of every registered function run through
 * dist/functions.js in headless Chromium (under the add-in's shipped
 * Content-Security-Policy, with a CustomFunctions shim, no office.js) and
 * through the same bundle in a Node VM, and every value, error code and
 * message must match. A mismatch is shrunk to the smallest batch (usually one
 * call with the simplest arguments) that still differs.
 *
 * Chromium missing: the test fails when CI=true and is skipped with a
 * message otherwise.
 */
import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import type { Browser } from "playwright-core";
import { loadRegistered } from "../helpers/registered";
import {
  ADDIN_ORIGIN,
  chromiumMissing,
  cspOf,
  launch,
  nodeOutcome,
  open,
  Opened,
  runInPage,
  serveHarness,
} from "../hardening/browser";
import { describeWhen } from "../hardening/prerequisites";
import { callArb } from "./arbitraries";
import { count, reportCalls, runs } from "./budget";

reportCalls(__filename);
const BATCH = 100;

describeWhen(chromiumMissing, "Node and the browser bundle agree", () => {
  const reg = loadRegistered();
  const shipped = cspOf(
    fs.readFileSync(path.join(__dirname, "..", "..", "dist", "functions.html"), "utf8")
  ) as string;
  let browser: Browser;
  let page: Opened;

  beforeAll(async () => {
    browser = await launch();
    page = await open(browser);
    serveHarness(page, shipped);
    await page.page.goto(`${ADDIN_ORIGIN}/__harness/index.html`, { waitUntil: "load" });
  });
  afterAll(async () => {
    await browser?.close();
  });

  test("every call gives the same value, or the same error code and message", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(callArb(reg.metadata.functions), {
          minLength: 1,
          maxLength: 2 * BATCH,
          size: "max",
        }),
        async (batch) => {
          count(2 * batch.length);
          const inBrowser = await runInPage(page, batch);
          batch.forEach((c, i) => {
            const inNode = nodeOutcome(reg, c.id, c.args);
            if (JSON.stringify(inBrowser[i]) !== JSON.stringify(inNode))
              throw new Error(
                `BTU.${c.id}(${JSON.stringify(c.args)}): browser ${JSON.stringify(inBrowser[i])}, Node ${JSON.stringify(inNode)}`
              );
          });
        }
      ),
      runs("browser", 150)
    );
    expect([...(await page.violations()), ...page.traffic.violations]).toEqual([]);
    expect(page.traffic.pageErrors).toEqual([]);
    expect(page.traffic.foreign).toEqual([]);
  });
});
