/**
 * Issue 19 item 9, the pane's first screen (src/taskpane/runtime/first-screen.ts): with nothing
 * stored, the page shows the pane's first render as the build made it (scripts/first-screen.tsx),
 * stand-alone as soon as the page is parsed, before the pane's own code runs, in Excel once the
 * workbook's settings are read; the pane then takes it over element for element (hydrateRoot) and
 * only then answers input. Anywhere else (something stored, a dark Office, office.js missing) it is
 * never shown. The figures are the hand-worked ones of test/e2e/figures.ts, not the code's.
 */
import fs from "fs";
import path from "path";
import { Page } from "playwright-core";
import { CASES } from "./figures";
import {
  describeInChromium,
  DIST,
  Pane,
  paneOnDemand,
  paneShown,
  sharedPane,
  shownTotal,
} from "./support";

/** The defaults' case: 4(c)(i), notice 2004-07-01 (state/settings.ts DEFAULT_SETTINGS). */
const DEFAULTS = CASES[0];
/** A stored case that is not the defaults: 4(b)(i), notice 2004-07-01. */
const STORED = CASES[1];
const STORED_SETTINGS = { scenario: STORED.scenario, date: STORED.date, periods: "consulting" };

interface Seen {
  /** The template id #root named when a first screen was first put in it. */
  readonly placed: string;
  /** #root was inert then. */
  readonly inert: boolean;
  /** The pane's chunk had already started (performance mark btu-pane-start). */
  readonly paneStarted: boolean;
  /** The headline total's text on the first screen. */
  readonly total: string | null;
}

/** Watches #root from the page's start: when a first screen is put in it, records what it held. */
async function watchFirstScreen(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __firstScreen?: unknown; __firstTotal?: Element | null };
    new MutationObserver((_, observer) => {
      const root = document.getElementById("root");
      const placed = root?.getAttribute("data-first-screen");
      if (!root || !placed) return;
      observer.disconnect();
      w.__firstTotal = root.querySelector('[data-testid="payout-total"]');
      w.__firstScreen = {
        placed,
        inert: root.hasAttribute("inert"),
        paneStarted: performance.getEntriesByName("btu-pane-start").length > 0,
        total: w.__firstTotal?.textContent ?? null,
      };
    }).observe(document, { subtree: true, childList: true, attributes: true });
  });
}

const seen = (page: Page) =>
  page.evaluate(() => (window as unknown as { __firstScreen?: Seen }).__firstScreen ?? null);

/** Whether the total now on screen is the very element the first screen had (taken over, not rebuilt), and #root answers input. */
const takenOver = (page: Page) =>
  page.evaluate(() => {
    const first = (window as unknown as { __firstTotal?: Element | null }).__firstTotal;
    const root = document.getElementById("root");
    return {
      sameElement: !!first && first === document.querySelector('[data-testid="payout-total"]'),
      inert: !!root?.hasAttribute("inert"),
    };
  });

/**
 * The first screen `templateId` was put in #root, inert, with the defaults' total, the pane's chunk
 * having started or not; the pane then took it over (the same total element, #root no longer inert)
 * in the mode its text names.
 */
async function expectTakenOver(
  page: Page,
  templateId: string,
  paneStarted: boolean,
  mode: string
): Promise<void> {
  expect(await seen(page)).toEqual({
    placed: templateId,
    inert: true,
    paneStarted,
    total: `$${DEFAULTS.total}`,
  });
  expect(await takenOver(page)).toEqual({ sameElement: true, inert: false });
  await expect(page.getByTestId("mode").textContent()).resolves.toContain(mode);
}

describeInChromium("the pane's first screen (issue 19 item 9)", () => {
  const open = paneOnDemand();

  test("the built page holds one first screen per host, each with the defaults' figures worked by hand (4(c)(i), notice 2004-07-01)", () => {
    const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
    for (const id of ["btu-first-screen-standalone", "btu-first-screen-excel"]) {
      const m = html.match(new RegExp(`<template id="${id}">([\\s\\S]*?)</template>`));
      expect(m).not.toBeNull();
      const screen = m![1];
      expect(screen).toContain(`$${DEFAULTS.total}`);
      for (const amount of DEFAULTS.amounts) expect(screen).toContain(amount);
      expect(screen).toContain(DEFAULTS.termination);
      expect(screen).toContain('data-testid="payout-total"');
    }
  });

  test("stand-alone, nothing stored: the first screen is on the page before the pane's chunk runs, inert, then taken over element for element and answering input", async () => {
    const page = await open({ beforeLoad: watchFirstScreen, folded: true });
    // Put on the page by the boot script, before the pane's chunk started.
    await expectTakenOver(page, "btu-first-screen-standalone", false, "Stand-alone");
    // The taken-over form answers: a change recomputes (4(b)(i), the same notice date).
    await page.getByTestId("scenario").selectOption(STORED.scenario);
    await page.getByTestId("payout-total").filter({ hasText: STORED.total }).waitFor();
  });

  test("stand-alone, settings stored: no first screen; the stored case's figures", async () => {
    const page = await open({ folded: true });
    await page.evaluate(
      (s) => localStorage.setItem("btu.taskpane", JSON.stringify(s)),
      STORED_SETTINGS
    );
    await watchFirstScreen(page);
    await page.reload();
    await paneShown(page);
    expect(await seen(page)).toBeNull();
    expect(await shownTotal(page)).toBe(`$${STORED.total}`);
  });

  test("stand-alone, only saved scenarios stored: no first screen (the list is not the first screen's); the list is shown", async () => {
    const page = await open({ folded: true });
    await page.evaluate(() =>
      localStorage.setItem(
        "btu.scenarios",
        JSON.stringify({
          version: 1,
          items: [{ name: "Kept", settings: { scenario: "4c-i", date: "2004-07-01" } }],
        })
      )
    );
    await watchFirstScreen(page);
    await page.reload();
    await paneShown(page);
    expect(await seen(page)).toBeNull();
    expect(await shownTotal(page)).toBe(`$${DEFAULTS.total}`);
    await page.getByText("Kept").first().waitFor();
  });

  test("stand-alone with office.js missing: no first screen (only a page where office.js loaded has the stand-alone one)", async () => {
    const page = await open({
      // office.js answered with nothing (a blocked script): no Office at all, and no network error logged.
      beforeLoad: async (p) => {
        await p.route("https://appsforoffice.microsoft.com/**", (route) =>
          route.fulfill({ contentType: "text/javascript", body: "/* blocked */" })
        );
        await watchFirstScreen(p);
      },
      folded: true,
    });
    expect(await seen(page)).toBeNull();
    expect(await shownTotal(page)).toBe(`$${DEFAULTS.total}`);
    await expect(page.getByTestId("mode").textContent()).resolves.toContain("Stand-alone");
  });

  test("in Excel, nothing stored in the workbook: the Excel first screen, placed once the settings are read, taken over element for element", async () => {
    const page = await open({ excel: {}, beforeLoad: watchFirstScreen, folded: true });
    // Put on the page by the pane, once it had read the workbook's settings.
    await expectTakenOver(page, "btu-first-screen-excel", true, "in Excel");
  });

  test("in Excel, settings stored in the workbook: no first screen; the stored case's figures", async () => {
    const page = await open({
      excel: { workbookSettings: { "btu.taskpane": STORED_SETTINGS } },
      beforeLoad: watchFirstScreen,
      folded: true,
    });
    expect(await seen(page)).toBeNull();
    expect(await shownTotal(page)).toBe(`$${STORED.total}`);
  });

  test("in a dark Office: no first screen (it is drawn in the light theme)", async () => {
    const page = await open({
      excel: { officeBackground: "#262626" },
      beforeLoad: watchFirstScreen,
      folded: true,
    });
    expect(await seen(page)).toBeNull();
    expect(await shownTotal(page)).toBe(`$${DEFAULTS.total}`);
  });
});

describeInChromium("a first screen that is not what the pane renders (issue 19 item 9)", () => {
  const shared = sharedPane();
  let pane: Pane | undefined;
  afterEach(async () => {
    await pane?.close();
    pane = undefined;
  });

  test("is not kept: React reports the mismatch and the pane renders its own figures in its place", async () => {
    pane = await shared.open({
      folded: true,
      beforeLoad: async (page) => {
        // The page as served, with the stand-alone first screen's total altered (a stale build).
        await page.route("**/taskpane.html", async (route) => {
          const html = fs.readFileSync(path.join(DIST, "taskpane.html"), "utf8");
          const altered = html.replace(`$${DEFAULTS.total}`, "$1.00");
          expect(altered).not.toBe(html);
          await route.fulfill({ contentType: "text/html", body: altered });
        });
        await watchFirstScreen(page);
      },
    });
    const { page, problems } = pane;
    expect(await seen(page)).toMatchObject({
      placed: "btu-first-screen-standalone",
      total: "$1.00",
    });
    expect(await shownTotal(page)).toBe(`$${DEFAULTS.total}`);
    expect(await takenOver(page)).toEqual({ sameElement: false, inert: false });
    // React's recoverable hydration errors (minified #418, #423, #425), and nothing else.
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p).toMatch(/Minified React error #(418|423|425)/);
  });
});
