/**
 * Lump sums, through the registered functions, for every fee, ledger choice,
 * notice-window reading and discount method:
 * - CONSULT_LUMPSUM / CHAIR_LUMPSUM are non-negative whole cents and never
 *   rise as the termination date moves later;
 * - CONSULT_DISCOUNTED / CHAIR_DISCOUNTED are non-negative, never exceed the
 *   undiscounted remainder, and never rise as the date moves later;
 * - a higher rate never raises the discounted figure, and once a rate is too
 *   high to discount (a simple or flat discount above 100%: #NUM!) every
 *   higher rate is refused too; at 0% it is the undiscounted remainder.
 *
 * "Never rise as the date moves later" holds for rates up to 15% a year (five
 * times the agreement's 3%): a day later loses a day's fee but discounts the
 * rest one day less, and with a flat discount the second outgrows the first
 * above a rate of about 1 / (2 x the remaining years): 18% from 2004-10-01,
 * 17% from 2004-07-01 under notice-window=effective-from (22% flat there does
 * rise, by $178.52 from 2004-07-01 to 07-02). That is arithmetic, not a
 * defect; the property's rates stop at 15%.
 */
import fc from "fast-check";
import { loadRegistered } from "../helpers/registered";
import { AGREEMENT_START, choicesText, D, datesIn, FEE_END, ledgerChoices } from "./arbitraries";
import { reportCalls, runs } from "./budget";
import { callBy, dec, isCents, valueOf } from "./calling";
import { show } from "../hardening/calls";

reportCalls(__filename);
const reg = loadRegistered();

const FEES = ["consulting", "chairman"] as const;
const METHODS = ["xnpv", "simple", "flat"] as const;
/** First 4(c)(i) / 4(c)(ii) termination date under each notice-window reading. */
const WINDOW_FROM = {
  consulting: { "notice-from": D("2004-10-01"), "effective-from": D("2004-07-01") },
  chairman: { "notice-from": D("2005-10-01"), "effective-from": D("2005-07-01") },
} as const;
const LUMP = { consulting: "CONSULT_LUMPSUM", chairman: "CHAIR_LUMPSUM" } as const;
const DISC = { consulting: "CONSULT_DISCOUNTED", chairman: "CHAIR_DISCOUNTED" } as const;

/** A rate on a grid of `step` from 0 to `max` (a grid keeps the discount tables' caches useful). */
const rateUpTo = (max: number, step: number) =>
  fc.integer({ min: 0, max: Math.round(max / step) }).map((k) => Number((k * step).toFixed(4)));

const nonIncreasing = (xs: number[]) => xs.every((x, i) => i === 0 || dec(x).lte(dec(xs[i - 1])));

describe("lump sums", () => {
  test("undiscounted: non-negative whole cents, never rising as the termination date moves later", () => {
    fc.assert(
      fc.property(
        ledgerChoices(),
        fc.constantFrom(...FEES),
        datesIn(AGREEMENT_START, FEE_END, 2, 14),
        (c, fee, dates) => {
          const choices = choicesText(c);
          const sums = dates.map((T) =>
            valueOf<number>(reg, LUMP[fee], { terminationDate: T, choices })
          );
          for (const s of sums) {
            expect(s).toBeGreaterThanOrEqual(0);
            expect(isCents(s)).toBe(true);
          }
          if (!nonIncreasing(sums))
            throw new Error(
              `${LUMP[fee]} rose: ${dates.map((d, i) => `${d}:${sums[i]}`).join(" ")}`
            );
        }
      ),
      runs("lumpSums", 7.5, 0.3)
    );
  });

  test("discounted: non-negative, at most the undiscounted remainder, never rising as the date moves later (rates up to 15%)", () => {
    const input = fc
      .record({
        c: ledgerChoices(),
        fee: fc.constantFrom(...FEES),
        window: fc.constantFrom("notice-from" as const, "effective-from" as const),
        rate: rateUpTo(0.15, 0.005),
        method: fc.constantFrom(...METHODS),
      })
      .chain((x) =>
        datesIn(WINDOW_FROM[x.fee][x.window], FEE_END, 2, 10).map((dates) => ({ ...x, dates }))
      );
    fc.assert(
      fc.property(input, ({ c, fee, window, rate, method, dates }) => {
        const choices = choicesText(c, { "notice-window": window });
        const disc = dates.map((T) =>
          valueOf<number>(reg, DISC[fee], { terminationDate: T, rate, method, choices })
        );
        dates.forEach((T, i) => {
          const lump = valueOf<number>(reg, LUMP[fee], { terminationDate: T, choices });
          expect(disc[i]).toBeGreaterThanOrEqual(0);
          expect(isCents(disc[i])).toBe(true);
          if (dec(disc[i]).gt(dec(lump)))
            throw new Error(
              `${DISC[fee]}(${T}, ${rate}, ${method}) = ${disc[i]} exceeds ${LUMP[fee]} = ${lump}`
            );
        });
        if (!nonIncreasing(disc))
          throw new Error(
            `${DISC[fee]} at ${rate} ${method} rose: ${dates.map((d, i) => `${d}:${disc[i]}`).join(" ")}`
          );
      }),
      runs("lumpSums", 11, 0.45)
    );
  });

  test("a higher rate never raises the discounted figure; past the rate a method can discount, every higher rate is refused", () => {
    const input = fc
      .record({
        c: ledgerChoices(),
        fee: fc.constantFrom(...FEES),
        method: fc.constantFrom(...METHODS),
        rates: fc
          .uniqueArray(rateUpTo(0.99, 0.01), { minLength: 2, maxLength: 5 })
          .map((r) => [...r].sort((a, b) => a - b)),
      })
      .chain((x) =>
        datesIn(WINDOW_FROM[x.fee]["notice-from"], FEE_END, 1, 3).map((dates) => ({ ...x, dates }))
      );
    fc.assert(
      fc.property(input, ({ c, fee, method, rates, dates }) => {
        const choices = choicesText(c);
        for (const T of dates) {
          const lump = valueOf<number>(reg, LUMP[fee], { terminationDate: T, choices });
          expect(valueOf(reg, DISC[fee], { terminationDate: T, rate: 0, method, choices })).toBe(
            lump
          );
          let previous: number | "refused" = lump;
          for (const rate of rates) {
            const o = callBy(reg, DISC[fee], { terminationDate: T, rate, method, choices });
            if (o.kind === "error") {
              expect(o.code).toBe("#NUM!");
              expect(o.message).toMatch(
                /^rate: a [\d.]+% (simple|flat) discount exceeds the remaining payments; use a lower rate$/
              );
              previous = "refused";
              continue;
            }
            if (previous === "refused")
              throw new Error(
                `${DISC[fee]}(${T}, ${method}) refused a lower rate but gave ${show(o)} at ${rate}`
              );
            if (dec(o.value).gt(dec(previous)))
              throw new Error(
                `${DISC[fee]}(${T}, ${method}) rose from ${previous} to ${String(o.value)} at rate ${rate}`
              );
            previous = o.value as number;
          }
        }
      }),
      runs("lumpSums", 9, 0.25)
    );
  });
});
