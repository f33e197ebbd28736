/**
 * The pane words the core's refusals from their fields (issue 20 item 4), never
 * from their messages: the field's label, what is allowed (a fraction's limits
 * in percent), the clause's condition and what was entered. Each expected text
 * is written here by hand from the clause the refusal cites.
 */
import { BtuError } from "../../src/core";
import { evaluate } from "../../src/taskpane/model/evaluate";
import { paneMessage } from "../../src/taskpane/model/words";
import { DEFAULT_SETTINGS, PaneSettings } from "../../src/taskpane/state/settings";

/** 4(c)(i): notice 2004-11-01; the Board notifies its delay 2004-11-15. */
const delayed = (duress: Partial<PaneSettings["duress"]>): PaneSettings => ({
  ...DEFAULT_SETTINGS,
  scenario: "4c-i",
  date: "2004-11-01",
  periods: "consulting",
  duress: { ...DEFAULT_SETTINGS.duress, delayed: true, notification: "2004-11-15", ...duress },
});

describe("paneMessage reads the fields, not the message", () => {
  test("a refusal whose message says something else is worded from its fields alone", () => {
    const e = new BtuError({
      code: "#NUM!",
      argument: "fairMarketValue",
      allowed: "a price per share above 0",
      given: "0",
      message: "portion electionDate duressEnd: a message the pane must not read",
    });
    expect(paneMessage(e)).toBe(
      "Fair market value per share must be a price per share above 0; you entered 0."
    );
    expect(paneMessage(e, "Price")).toBe("Price must be a price per share above 0; you entered 0.");
  });

  test("4(c)(i)(B)'s portion: the limits 0 (excluded) and 1 (included) said as 0% and 100%, 1.5 entered said as 150%", () => {
    const e = new BtuError({
      code: "#NUM!",
      argument: "portion",
      allowed: "above 0 and at most 1 (100%)",
      given: "1.5",
      limits: { low: 0, lowIncluded: false, high: 1, highIncluded: true, unit: "fraction" },
    });
    expect(paneMessage(e)).toBe(
      "Percentage of the lump sum taken in shares must be above 0% and at most 100%; you entered 150%."
    );
  });

  test("a clause's condition without a range follows the label and a colon; an empty field is said so", () => {
    const e = new BtuError({
      code: "#VALUE!",
      argument: "consultingEndDate",
      rule: "4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before",
      given: "",
    });
    expect(paneMessage(e)).toBe(
      "Date the Consulting Period ended: 4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; the field is empty."
    );
  });
});

describe("the pane's messages for the core's refusals, through evaluate", () => {
  test("4(c)(i)(B) at 150%: the portion's field says 0% and 100%, and what was typed", () => {
    const ev = evaluate(
      delayed({ option: "B", portion: "150%", fmv: "3.25", election: "2004-11-30" })
    );
    expect(ev.errors["duress:portion"]).toBe(
      "Percentage of the lump sum taken in shares must be above 0% and at most 100%; you entered 150%."
    );
  });

  test("4(c)(i): an election on 2004-11-10, before the Board's notification of 2004-11-15, is the election date's error (chosen by the refusal's argument)", () => {
    const ev = evaluate(
      delayed({ option: "B", portion: "40%", fmv: "3.25", election: "2004-11-10" })
    );
    expect(ev.errors).toEqual({
      "duress:election":
        "Election date must be on or after the Board's notification of 2004-11-15 (4(c)(i)); you entered 2004-11-10.",
    });
  });

  test("4(b)(ii) ending the Chairmanship Period alone on 2005-07-01 without the Consulting Period's end: the clause's condition at that field", () => {
    const ev = evaluate({
      ...DEFAULT_SETTINGS,
      scenario: "4b-ii",
      periods: "chairman",
      date: "2005-07-01",
      consultingEnd: "",
    });
    expect(ev.errors.consultingEnd).toBe(
      "Date the Consulting Period ended: 4(b)(ii) may end the Chairmanship Period alone only if the Consulting Period ended simultaneously or before; give the date it ended, or end both periods; the field is empty."
    );
  });

  test("4(c)(i) notice on 2004-06-01 is before notice may first be given, 2004-07-01 (three months before the 2004-10-01 window opens)", () => {
    const ev = evaluate({ ...DEFAULT_SETTINGS, scenario: "4c-i", date: "2004-06-01" });
    expect(ev.errors.date).toBe(
      "The notice date must be on or after 2004-07-01, when 4(c)(i) notice may first be given; you entered 2004-06-01."
    );
  });

  test("a register choice typed wrong (pay-lag abc) is named by its control's label", () => {
    const ev = evaluate({ ...DEFAULT_SETTINGS, choices: { "pay-lag": "abc" } });
    expect(ev.errors["choice:pay-lag"]).toBe(
      "Pay lag (pay-lag) must be a whole number of days from 0 to 31; you entered abc."
    );
  });
});
