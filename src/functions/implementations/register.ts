/** The register bodies: TERMS and INTERPRETATIONS. */
import { iso, LIFE_TABLES, REGISTER, registerInForce, TERM_LIST } from "../../core";
import { callDateSystem, choicesArg } from "../adapter";
import { Body } from "./types";

export const REGISTER_BODIES: Record<string, Body> = {
  TERMS: (_args, trace) => {
    trace?.add(
      "The agreement's terms as embedded in the add-in",
      "Exhibit 10.50 and Exhibit 1",
      `terms=${TERM_LIST.length}`,
      [],
      TERM_LIST.length
    );
    return [
      ["Term", "Value", "Unit", "Clause", "Agreement text"],
      ...TERM_LIST.map((t) => [
        t.label,
        t.unit === "date" ? iso(t.value) : t.value,
        t.unit,
        t.clause,
        t.quote,
      ]),
      // 3(c)(iii)(B) names no table: the built-in ones are named here with their sources (register life-table).
      ...LIFE_TABLES.map((t) => [
        `Built-in life table: ${t.title}, ${t.sex}`,
        t.id,
        "table",
        "3(c)(iii)(B); register life-table",
        `Not in the agreement: ${t.citation}`,
      ]),
    ];
  },

  INTERPRETATIONS: ([choices], trace) => {
    const c = choicesArg(choices);
    trace?.add(
      "The interpretation register, with the choice in force for each switchable entry",
      "register",
      `entries=${REGISTER.length}`,
      [],
      REGISTER.length
    );
    return [
      [
        "Id",
        "Clause",
        "Question",
        "Default",
        "In force",
        "Alternatives",
        "Why the default",
        "Agreement text",
      ],
      ...registerInForce(c).map(({ entry: r, inForce }) => [
        r.id,
        r.clause,
        r.question,
        r.default,
        // The date system in force is the workbook's unless the choices name one.
        r.id === "date-system" ? callDateSystem() : inForce,
        r.alternatives.length
          ? r.alternatives.map((a) => `${a.value}: ${a.meaning}`).join(" | ")
          : r.free
            ? `any ${r.free === "date" ? "date YYYY-MM-DD" : "whole number of days 0-31"}`
            : `fixed${r.rejected ? `; considered: ${r.rejected}` : ""}`,
        r.rationale,
        r.quote,
      ]),
    ];
  },
};
