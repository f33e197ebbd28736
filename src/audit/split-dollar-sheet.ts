/**
 * The split-dollar sheet of the audit workbook: the Company Interest, the
 * remaining life expectancy and the buy-out price of 3(c)(iii), rebuilt
 * with native formulas beside SPLITDOLLAR_INTEREST, LIFE_EXPECTANCY and
 * SPLITDOLLAR_BUYOUT.
 *
 * 3(c)(iii)(A) the Company Interest grows pro rata with the cash value,
 *   leaving out the increase attributable solely to the insured's payments:
 *   ROUND((cash value - insured-only increase) x $232,000 / cash value on
 *   2003-01-01, 2) ($232,000 is TERMS.companyInterestJan2003, 3(c)(iii)(B)).
 * 3(c)(iii)(B) the buy-out: the Company Interest "discounted by a rate of 3%
 *   over a period equal to the number of remaining years in your life
 *   expectancy", the years read from the life table at the age the register
 *   chooses (life-expectancy-age: last birthday, nearest birthday, or
 *   interpolated between birthdays with EDATE) and the discount compound or
 *   simple (register split-dollar-discount).
 */
import ExcelJS from "exceljs";
import Decimal from "decimal.js";
import {
  Choices,
  lifeExpectancyFrom,
  Serial,
  splitDollarBuyoutPrice,
  splitDollarInterest,
  SPLIT_DOLLAR_RATE,
  TERMS,
} from "../core";
import {
  auditColumns,
  CaseLayout,
  CheckTable,
  DATE_FMT,
  MONEY_FMT,
  RATE_FMT,
  SheetLayout,
  SheetWriter,
} from "./sheet-writer";

export interface SplitDollarCase {
  readonly kind: "split-dollar";
  readonly cashValueJan2003: Decimal;
  readonly cashValue: Decimal;
  readonly insuredOnlyIncrease: Decimal;
  readonly birth: Serial;
  readonly asOf: Serial;
  readonly table: ReadonlyArray<readonly [number, number]>;
  readonly choices: Choices;
  readonly title?: string;
}

export function splitDollarSheet(
  wb: ExcelJS.Workbook,
  name: string,
  c: SplitDollarCase,
  definedNames = true
): CaseLayout {
  const ws = wb.addWorksheet(name);
  ws.columns = auditColumns(6);
  const w = new SheetWriter(ws);
  w.put(
    "A1",
    c.title ?? "Audit: split-dollar Company Interest, life expectancy and buy-out (3(c)(iii))",
    undefined,
    true
  );
  w.put("A2", "Native Excel formulas only; column D holds the add-in's own figure.");
  w.put(
    "A3",
    "Inputs and terms (label, clause, value; each value is a named cell)",
    undefined,
    true
  );
  const L = new SheetLayout(w, wb, 4, definedNames);
  const cvJan = L.input(
    "cashValueJan2003",
    "Cash value on 2003-01-01",
    c.cashValueJan2003.toNumber(),
    MONEY_FMT,
    "3(c)(iii)(A)"
  );
  const cv = L.input(
    "cashValue",
    "Cash value at the buy-out",
    c.cashValue.toNumber(),
    MONEY_FMT,
    "3(c)(iii)(A)"
  );
  const own = L.input(
    "insuredOnly",
    "Increase attributable solely to the insured's payments",
    c.insuredOnlyIncrease.toNumber(),
    MONEY_FMT,
    "3(c)(iii)(A)"
  );
  const ci2003 = L.input(
    "companyInterest2003",
    TERMS.companyInterestJan2003.label,
    TERMS.companyInterestJan2003.value,
    MONEY_FMT,
    TERMS.companyInterestJan2003.clause
  );
  const birth = L.input(
    "birth",
    "Birth date",
    c.birth,
    DATE_FMT,
    "3(c)(iii)(B) 'your life expectancy'"
  );
  const asOf = L.input(
    "asOf",
    "Buy-out date",
    c.asOf,
    DATE_FMT,
    "3(c)(iii)(B) 'at the time you buy out'"
  );
  const rate = L.input(
    "rate",
    TERMS.splitDollarDiscountRate.label,
    TERMS.splitDollarDiscountRate.value,
    RATE_FMT,
    TERMS.splitDollarDiscountRate.clause
  );
  const months = L.input(
    "monthsPerYear",
    "Months in a year (for EDATE between birthdays)",
    12,
    undefined,
    "calendar; register life-expectancy-age"
  );
  L.skip();
  L.heading("Life table (age, remaining years)");
  const first = L.row;
  c.table.forEach(([age, years], i) => {
    w.put(`A${first + i}`, age);
    w.put(`B${first + i}`, years);
  });
  L.skip(c.table.length);
  const last = first + c.table.length - 1;
  const tableAge = L.name("tableAge", `$A$${first}:$A$${last}`);
  const tableYears = L.name("tableYears", `$B$${first}:$B$${last}`);
  L.skip();

  const ci = splitDollarInterest(c.cashValueJan2003, c.cashValue, c.insuredOnlyIncrease, undefined);
  const le = lifeExpectancyFrom(c.birth, c.asOf, c.table, c.choices.lifeExpectancyAge);
  const buy = splitDollarBuyoutPrice(ci, le, SPLIT_DOLLAR_RATE, c.choices.splitDollarDiscount);
  const age = `DATEDIF(${birth},${asOf},"y")`;
  const lookup = (a: string) => `INDEX(${tableYears},MATCH(${a},${tableAge},0))`;
  const birthday = (years: string) => `EDATE(${birth},${months}*(${years}))`;
  const leNative =
    c.choices.lifeExpectancyAge === "last-birthday"
      ? lookup(age)
      : c.choices.lifeExpectancyAge === "nearest-birthday"
        ? lookup(`${age}+IF(${asOf}>=EDATE(${birth},${months}*${age}+${months}/2),1,0)`)
        : `${lookup(age)}+(${lookup(`${age}+1`)}-${lookup(age)})*(${asOf}-${birthday(age)})/(${birthday(`${age}+1`)}-${birthday(age)})`;

  const checks = new CheckTable(w, L.row, 10);
  const ciRow = checks.money(
    "Company Interest (SPLITDOLLAR_INTEREST)",
    "3(c)(iii)(A)",
    `ROUND((${cv}-${own})*${ci2003}/${cvJan},2)`,
    ci.toNumber()
  );
  const leRow = checks.number(
    "Remaining years of life expectancy (LIFE_EXPECTANCY)",
    "3(c)(iii)(B); register life-expectancy-age",
    leNative,
    le.toNumber()
  );
  checks.money(
    "Buy-out price (SPLITDOLLAR_BUYOUT)",
    "3(c)(iii)(B); register split-dollar-discount",
    c.choices.splitDollarDiscount === "compound"
      ? `ROUND(${ciRow.cell}/(1+${rate})^${leRow.cell},2)`
      : `ROUND(${ciRow.cell}*(1-${rate}*${leRow.cell}),2)`,
    buy.toNumber()
  );
  return { sheet: name, checks: checks.rows() };
}
