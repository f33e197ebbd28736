/**
 * Named scenarios the user keeps: the form's settings under a name, stored
 * beside the pane's settings (in the workbook inside Excel, in the browser
 * stand-alone). Read back from JSON of any shape, as settings are.
 */
import { PaneSettings, sanitizeSettings } from "./settings";

export interface SavedScenario {
  readonly name: string;
  readonly settings: PaneSettings;
}

/** Longest name kept, and most scenarios kept. */
export const NAME_MAX = 60;
export const SCENARIOS_MAX = 50;

/** A name as kept: trimmed, inner spaces collapsed, at most NAME_MAX characters. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, " ").slice(0, NAME_MAX);
}

export function sanitizeScenarios(raw: unknown): SavedScenario[] {
  if (!Array.isArray(raw)) return [];
  const out: SavedScenario[] = [];
  for (const item of raw.slice(0, SCENARIOS_MAX)) {
    if (!item || typeof item !== "object") continue;
    const r = item as Record<string, unknown>;
    const name = typeof r.name === "string" ? cleanName(r.name) : "";
    if (name === "" || out.some((x) => x.name === name)) continue;
    out.push({ name, settings: sanitizeSettings(r.settings) });
  }
  return out;
}
