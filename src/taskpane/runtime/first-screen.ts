/**
 * The pane's first screen, painted before the pane's own code has run (issue 19 item 9).
 *
 * With nothing stored, the pane's first screen is always the same: the form with its default
 * settings (state/settings.ts DEFAULT_SETTINGS) and their headline figures. The build renders it
 * once for each host below, with the pane's own components and the core (scripts/first-screen.tsx,
 * React's renderToString), and writes it into taskpane.html as one `<template>` per host. Then:
 *
 * - **stand-alone** (no sign of Office, office.js loaded): the boot script puts it in the page as
 *   soon as the page is parsed, when this browser holds neither the settings nor the saved
 *   scenarios ({@link showFirstScreenAtOnce}), so it is painted while the pane's chunks still load;
 * - **in Excel**: the pane puts it in the page once it has read the workbook's settings and found
 *   nothing stored ({@link placeFirstScreen}, pane.tsx);
 *
 * and the pane's React tree takes it over (`hydrateRoot`) instead of building the same elements
 * again. It is `inert` until then: nothing on it can be focused, typed into or pressed before the
 * pane runs. Anywhere else (something stored, a dark Office, another host, a build without it) the
 * pane clears it, if shown, and renders as before. The figures on it are the core's, for the
 * settings the form shows, so it never shows a figure the pane would not.
 *
 * Part of the ES5 boot script (src/taskpane/index.ts), so ES5 here: no imports but types and the
 * runtime folder's own.
 */
import type { Host } from "../office/host";
import { hostAtOnce, insideOffice, OUTSIDE_OFFICE } from "./office-signs";
import { IN_THE_WORKBOOK, IN_THIS_BROWSER, SCENARIOS_KEY, SETTINGS_KEY } from "./storage-keys";

/** A first screen the build renders: for which host, with the settings kept where, in which template. */
export interface FirstScreen {
  readonly templateId: string;
  readonly host: Host;
  /** The settings store's place (state/store.ts), which the screen names. */
  readonly where: string;
}

export const FIRST_SCREENS: readonly FirstScreen[] = [
  { templateId: "btu-first-screen-standalone", host: OUTSIDE_OFFICE, where: IN_THIS_BROWSER },
  { templateId: "btu-first-screen-excel", host: { kind: "excel" }, where: IN_THE_WORKBOOK },
];

/** The attribute on #root naming the template of the first screen it holds (it stays once the pane has taken it over). */
export const FIRST_SCREEN_ATTRIBUTE = "data-first-screen";

const sameHost = (a: Host, b: Host) =>
  a.kind === b.kind &&
  (a.kind === "excel" ||
    (b.kind === "standalone" &&
      a.reason === b.reason &&
      !!a.inOffice === !!b.inOffice &&
      !!a.unconfirmed === !!b.unconfirmed));

/** The first screen rendered for this host, if any. */
export function firstScreenFor(host: Host): FirstScreen | undefined {
  for (let i = 0; i < FIRST_SCREENS.length; i++)
    if (sameHost(FIRST_SCREENS[i].host, host)) return FIRST_SCREENS[i];
  return undefined;
}

/**
 * Puts the host's first screen in `root` (empty, or already holding it): true when it is there.
 * False, and `root` left as it was, where the page has no template for it.
 */
export function placeFirstScreen(root: Element, host: Host, doc: Document = document): boolean {
  const screen = firstScreenFor(host);
  if (!screen) return false;
  if (root.getAttribute(FIRST_SCREEN_ATTRIBUTE) === screen.templateId) return true;
  if (root.firstChild) return false;
  const template = doc.getElementById(screen.templateId) as HTMLTemplateElement | null;
  if (!template || !template.content) return false;
  root.appendChild(template.content.cloneNode(true));
  root.setAttribute(FIRST_SCREEN_ATTRIBUTE, screen.templateId);
  // Nothing on it is focused, typed into or pressed before the pane has taken it over (firstScreenTakenOver).
  root.setAttribute("inert", "");
  return true;
}

/** The pane has taken the first screen over (its React tree is on it): it answers the user from now on. */
export function firstScreenTakenOver(root: Element): void {
  root.removeAttribute("inert");
}

/** Takes a first screen out of `root` (before the pane renders there afresh). */
export function clearFirstScreen(root: Element): void {
  if (!root.hasAttribute(FIRST_SCREEN_ATTRIBUTE)) return;
  root.removeAttribute(FIRST_SCREEN_ATTRIBUTE);
  root.removeAttribute("inert");
  while (root.firstChild) root.removeChild(root.firstChild);
}

/** Whether this browser holds neither the settings nor the saved scenarios (false where it cannot tell). */
function nothingStoredInBrowser(w: Window): boolean {
  try {
    const storage = w.localStorage;
    return storage.getItem(SETTINGS_KEY) === null && storage.getItem(SCENARIOS_KEY) === null;
  } catch {
    return false;
  }
}

/**
 * The boot script's part, once the page is parsed: a page with no sign of Office and nothing stored
 * in this browser shows the stand-alone first screen at once. True when shown.
 */
export function showFirstScreenAtOnce(w: Window = window): boolean {
  const host = hostAtOnce(insideOffice(w));
  const root = w.document.getElementById("root");
  if (!host || !root || !nothingStoredInBrowser(w)) return false;
  return placeFirstScreen(root, host, w.document);
}
