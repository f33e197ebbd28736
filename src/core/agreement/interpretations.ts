/**
 * The interpretation register: every point where the agreement's words admit
 * more than one computation, the reading this add-in takes by default, the
 * alternatives it can compute instead, and why the default was chosen.
 *
 * Functions that depend on a choice take it as an argument: either a
 * dedicated one (`method` of CONSULT_DISCOUNTED) or the last argument,
 * `choices`, which is text such as "accrual-basis=actual-365; pay-lag=3" or
 * a two-column range of (id, choice). `=BTU.INTERPRETATIONS()` spills this
 * register; every trace names the ids in force.
 */
import { d, iso, parseIso, Serial } from "../dates";
import { echo, valueError } from "../errors";

export interface Alternative {
  readonly value: string;
  readonly meaning: string;
}

/**
 * What a switchable choice bears on: the fee ledgers ("fees"), the split of a
 * fee at a termination ("termination"), one scenario's own rule (its code),
 * the options, the financial-duress delay, the split-dollar buy-out, how
 * the Excel functions read and write date serials ("dates"), the
 * comparison of payouts at one date ("comparison"), or what is owed and
 * unpaid at a date (OUTSTANDING, ROLLFORWARD: "ledger").
 */
export type Topic =
  | "fees"
  | "termination"
  | "options"
  | "duress"
  | "split-dollar"
  | "dates"
  | "comparison"
  | "ledger"
  | "tax"
  | "4a"
  | "4b-i"
  | "4b-ii"
  | "4c-i"
  | "4c-ii"
  | "4d"
  | "4e"
  | "4f"
  | "4g"
  | "4h";

export interface Interpretation {
  readonly id: string;
  readonly clause: string;
  readonly question: string;
  /** The agreement's words, verbatim ("..." marks an omission); a test finds them in the cited clause. */
  readonly quote: string;
  readonly default: string;
  /** Readings the add-in can compute when asked (the default among them). Empty for a fixed decision. */
  readonly alternatives: readonly Alternative[];
  /** Readings considered and not offered, for fixed decisions. */
  readonly rejected?: string;
  readonly rationale: string;
  /** "free" entries take a value of a kind (a date, a whole number) rather than one of a list. */
  readonly free?: "date" | "days";
  /** Switchable entries: the field of {@link Choices} that holds the choice. */
  readonly field?: string;
  /** Switchable entries: the figures the choice bears on. */
  readonly bearsOn?: readonly Topic[];
  /**
   * Free entries: the other readings SENSITIVITY prices beside the one in
   * force (a date or a day count has no closed list, so the register names
   * the ones worth comparing).
   */
  readonly compare?: readonly Alternative[];
}

const ENTRIES = [
  {
    id: "accrual-basis",
    field: "accrualBasis",
    bearsOn: ["fees"],
    clause: "3(a), 3(b)",
    question: "How does an annual fee become an amount for a span of days?",
    quote:
      "Two Hundred Four Thousand Dollars ($204,000) per year during the Consulting Period, payable bi-weekly ... per contract year (July 1 through June 30)",
    default: "contract-year",
    alternatives: [
      {
        value: "contract-year",
        meaning:
          "Each day accrues the annual fee divided by the days of its contract year (July 1 - June 30; 366 days in 2003-04), so each contract year pays exactly the annual fee.",
      },
      {
        value: "actual-365",
        meaning: "Each day accrues the annual fee / 365 (2003-04 pays 366/365 of the fee).",
      },
      {
        value: "biweekly-26",
        meaning:
          "Each full 14-day period pays the annual fee / 26 (payroll practice); each day accrues the annual fee / 364.",
      },
    ],
    rationale:
      "The agreement states the fees per year and defines the contract year as July 1 through June 30 (3(b)); dividing by the contract year's own length is the only reading under which every contract year pays exactly $204,000 and $100,000, as 'per year' says.",
  },
  {
    id: "rounding",
    field: "rounding",
    bearsOn: ["fees"],
    clause: "3(a)",
    question: "Where is an accrual rounded to cents?",
    quote: "payable bi-weekly",
    default: "cumulative",
    alternatives: [
      {
        value: "cumulative",
        meaning:
          "The amount for days a..b is round(cum(b)) - round(cum(a-1)), cum being the exact accrual from July 1, 2003; half-up to cents. Paid + earned-unpaid + remainder always equals the total to the cent.",
      },
      {
        value: "per-period",
        meaning:
          "Each pay period's (or partial period's) exact accrual is rounded half-up on its own; totals may differ from the annual fees by cents.",
      },
    ],
    rationale:
      "Cumulative rounding makes every split of the fee period (paid, earned but unpaid, remainder, lump sum) tie out to the cent, which is what a controller reconciling payments needs.",
  },
  {
    id: "pay-anchor",
    field: "payAnchor",
    bearsOn: ["fees"],
    clause: "3(a)",
    question: "On which day does the bi-weekly pay calendar start?",
    quote: "payable bi-weekly",
    default: "2003-07-01",
    alternatives: [],
    free: "date",
    compare: [
      { value: "2003-07-01", meaning: "Periods from July 1, 2003, when the fees start (3(a))." },
      {
        value: "2003-06-28",
        meaning:
          "Periods Saturday to Friday, paid on Fridays (a payroll Friday): the first period is a stub, 2003-07-01 to 2003-07-11.",
      },
    ],
    rationale:
      "The fees run from July 1, 2003; 14-day periods from that day give 104 full periods and a 5-day stub (2007-06-26 to 2007-06-30). Give another date (e.g. the Company's payroll Friday) to align the periods on it; the first and last periods become stubs.",
  },
  {
    id: "pay-lag",
    field: "payLag",
    bearsOn: ["fees"],
    clause: "3(a)",
    question: "How many days after a pay period ends is it paid?",
    quote: "payable bi-weekly",
    default: "0",
    alternatives: [],
    free: "days",
    compare: [
      { value: "0", meaning: "Each period paid on its last day." },
      {
        value: "3",
        meaning: "Each period paid three days after it ends (a payroll's processing days).",
      },
    ],
    rationale:
      "The agreement names no pay lag; each period is paid on its last day by default. A lag of n days moves every pay date n days later, which changes what is 'earned but unpaid' at a termination date and the 4(c) discounting.",
  },
  {
    id: "earned-unpaid",
    field: "earnedUnpaid",
    bearsOn: ["termination"],
    clause: "4(a)-4(h)",
    question: "Which fees are 'earned but unpaid prior to the termination date'?",
    quote:
      "in addition to any Consulting Fees that were earned but unpaid prior to the termination date",
    default: "before-termination",
    alternatives: [
      {
        value: "before-termination",
        meaning:
          "Fees for the days before the termination date T whose scheduled pay date is on or after T; the remainder runs from T through June 30, 2007.",
      },
      {
        value: "through-termination",
        meaning:
          "The termination date itself is also earned; the remainder runs from the day after T.",
      },
    ],
    rationale:
      "'Prior to the termination date' excludes the termination date itself; payments scheduled before T are taken as made on schedule. Under through-termination the first unearned day is the day after T, so a payment falling due on T itself counts as already paid: at T = 2004-10-04, the pay date of the period 2004-09-21 to 2004-10-04, nothing is earned but unpaid under through-termination, while before-termination leaves the period's days before T (2004-09-21 to 2004-10-03) earned but unpaid.",
  },
  {
    id: "cause-notice-day",
    field: "causeNoticeDay",
    bearsOn: ["4a"],
    clause: "4(a)",
    question: "Is the day notice of termination for Cause is given earned?",
    quote: "earned but not paid through the date of notice",
    default: "earned",
    alternatives: [
      {
        value: "earned",
        meaning:
          "'Through the date of notice' includes the notice day, as 'through' does elsewhere in the agreement (July 1, 2003 through June 30, 2007).",
      },
      {
        value: "not-earned",
        meaning:
          "Fees stop the day before notice, as under the other clauses ('prior to the termination date').",
      },
    ],
    rationale:
      "The agreement uses 'through' inclusively throughout (3(a), 3(b)); 4(a) uses it rather than 'prior to'. With the notice day earned, the first unearned day is the day after notice, so a payment falling due on the notice day counts as already paid: notice on 2004-10-04 (a pay date) leaves nothing of the period 2004-09-21 to 2004-10-04 unpaid.",
  },
  {
    id: "discount-method",
    field: "discountMethod",
    bearsOn: ["4c-i", "4c-ii"],
    clause: "4(c)(i), 4(c)(ii)",
    question:
      "What is 'a discount equal to three percent (3%) per year for each year (and at the same rate for any partial year) of such remaining payments'?",
    quote:
      "one lump sum in an amount representing the remainder of the Consulting Fees that would have been due had the Consulting Period continued through June 30, 2007, less a discount equal to three percent (3%) per year for each year (and at the same rate for any partial year) of such remaining payments",
    default: "simple",
    alternatives: [
      {
        value: "simple",
        meaning:
          "Each remaining scheduled payment (the first being the amount for T through the end of T's pay period, paid on that period's pay date) less 3% x its days after the termination date T / 365: a linear discount of 3% for each year, at the same rate for a partial year. The sum is rounded half-up to cents once. At 2004-10-01 the Consulting Lump Sum Payment is 537,199.64.",
      },
      {
        value: "xnpv",
        meaning:
          "Each remaining scheduled payment is discounted to T at 3% a year compounded, actual days / 365, exactly as Excel's XNPV; the sum is rounded half-up to cents once. At 2004-10-01: 538,158.33.",
      },
      {
        value: "flat",
        meaning:
          "The whole undiscounted remainder is discounted at once (not left undiscounted): multiplied by 1 - 3% x Y, Y being the remaining years (the remainder's days, from the first unearned day through June 30, 2007, inclusive, / 365: from T, or from T + 1 under earned-unpaid=through-termination); rounded once.",
      },
    ],
    rationale:
      "The words are a linear discount: 'three percent (3%) per year for each year (and at the same rate for any partial year)' of each remaining payment, so a payment due n days after the termination is reduced by 3% x n / 365, pro rata for a partial year. Where the drafters meant compounding present value they wrote it differently: 3(c)(iii)(B) has the cash value 'discounted by a rate of 3% over a period' of life expectancy. Tying the discount to each payment ('of such remaining payments') rather than to the whole remainder rules out 'flat'; XNPV (compounded) is the finance reader's present value and stays one argument away. Under 'flat' the years are those 'of such remaining payments': the days of the remainder being discounted, so they count from the first unearned day, T by default and T + 1 under earned-unpaid=through-termination (the termination day is then earned and paid, not a remaining payment).",
  },
  {
    id: "notice-window",
    field: "noticeWindow",
    bearsOn: ["4b-i", "4b-ii", "4c-i", "4c-ii"],
    clause: "4(b)(i), 4(b)(ii), 4(c)(i), 4(c)(ii)",
    question:
      "Does 'Beginning on July 1, 2004 ... upon three months' prior written notice' restrict the notice or the termination?",
    quote:
      "Beginning on July 1, 2004, you may elect to terminate the Consulting Period at any time upon three months' prior written notice",
    default: "notice-from",
    alternatives: [
      {
        value: "notice-from",
        meaning:
          "Notice may be given from July 1, 2004 (2005 for the Chairmanship Period); the earliest termination is three months later, October 1, 2004 (2005).",
      },
      {
        value: "effective-from",
        meaning:
          "The termination may take effect from July 1, 2004 (2005); notice may be given three months before, from April 1.",
      },
    ],
    rationale:
      "'Beginning on July 1, 2004, you may elect' dates the election, which is made by the notice.",
  },
  {
    id: "change-of-control-in-lieu",
    field: "changeOfControlInLieu",
    bearsOn: ["4e"],
    clause: "4(e)",
    question:
      "Does 'in lieu of any other payments due you under this Agreement' take away fees earned but unpaid?",
    quote:
      "then, in lieu of any other payments due you under this Agreement, the Company shall provide you, immediately prior to the Change of Control, ... one lump sum in an amount representing the remainder of the Consulting Fees and Chairman Fees through June 30, 2007",
    default: "earned-included",
    alternatives: [
      {
        value: "earned-included",
        meaning:
          "The lump sum replaces the future fees and every other lump sum or continuation; fees already earned for days before the Change of Control are still paid.",
      },
      {
        value: "earned-excluded",
        meaning:
          "Only the lump sum of the remainder from the Change of Control date is paid; earned but unpaid fees are forfeited.",
      },
    ],
    rationale:
      "Fees earned before the Change of Control are compensation for services already rendered; reading 'any other payments' as the other termination payments keeps 4(e) from paying less than every other no-fault clause.",
  },
  {
    id: "death-on-separation-date",
    field: "deathOnSeparationDate",
    bearsOn: ["4g"],
    clause: "4(g)",
    question:
      "Which branch of 4(g) applies to a death on June 30, 2003, which is neither 'prior to' nor 'subsequent to' June 30, 2003?",
    quote:
      "In the event of your death prior to June 30, 2003 ... In the event of your death subsequent to June 30, 2003",
    default: "pre-separation",
    alternatives: [
      {
        value: "pre-separation",
        meaning:
          "A death on June 30, 2003 gets the lump sum of all remaining fees, funded through the Key Man Policy (premiums were paid through June 30, 2003).",
      },
      {
        value: "post-separation",
        meaning: "A death on June 30, 2003 gets only fees earned but unpaid.",
      },
    ],
    rationale:
      "On June 30, 2003 the executive is still employed (the Transition Period runs through the Separation Date) and the Key Man Policy that funds the first branch is still in force (3(c)(vi)).",
  },
  {
    id: "option-window",
    field: "optionWindow",
    bearsOn: ["options"],
    clause: "3(c)(iv)(A)",
    question:
      "Is the day of termination (or vesting) the first day of 'one year from' / 'ninety (90) days from'?",
    quote:
      "will remain exercisable for one year from the date of termination ... exercisable for ninety (90) days from the respective date of vesting",
    default: "exclusive",
    alternatives: [
      {
        value: "exclusive",
        meaning:
          "Periods 'from' a day exclude that day: the last exercise day is EDATE(T, 12) or T + 90.",
      },
      {
        value: "inclusive",
        meaning: "The day itself counts: the last exercise day is EDATE(T, 12) - 1 or T + 89.",
      },
    ],
    rationale:
      "Massachusetts and general contract practice compute a period 'from' a day excluding that day; this also matches Excel's EDATE and date + 90.",
  },
  {
    id: "vesting-on-termination",
    field: "vestingOnTermination",
    bearsOn: ["options"],
    clause: "3(c)(iv)(A)",
    question: "Is a tranche vesting on the termination date 'vested on the date of termination'?",
    quote: "all of the outstanding Options in which you are vested on the date of termination",
    default: "vested",
    alternatives: [
      {
        value: "vested",
        meaning: "A tranche vesting on the termination date is vested on that date.",
      },
      {
        value: "unvested",
        meaning: "Only tranches vesting before the termination date count as vested.",
      },
    ],
    rationale:
      "Vesting occurs at the start of the vesting date; the executive holds the vested tranche on the date of termination.",
  },
  {
    id: "business-days",
    field: "businessDays",
    bearsOn: ["duress"],
    clause: "4(c)(i), 4(c)(i)(B), 8",
    question:
      "Which days are 'business days' for the 21-day election and the 10-day share transfer?",
    quote:
      "within twenty-one (21) business days of such notification ... This is a Massachusetts contract",
    default: "us-ma",
    alternatives: [
      {
        value: "us-ma",
        meaning:
          "Monday to Friday minus the Massachusetts legal holidays of M.G.L. c. 4, § 7, clause 18 (New Year's Day, Martin Luther King Jr. Day, Washington's Birthday, Patriots' Day, Memorial Day, Juneteenth from 2021, Independence Day, Labor Day, Columbus Day, Veterans Day, Thanksgiving Day, Christmas Day; a holiday on a Sunday is kept on the Monday after, one on a Saturday is not moved; Suffolk County's own days excluded), plus any holidays passed in. Example: ELECTION_DEADLINE(2006-10-25) is 2006-11-24 (Veterans Day 2006 fell on a Saturday; Thanksgiving 2006-11-23 is skipped); from 2004-12-20 it is 2005-01-19.",
      },
      {
        value: "weekdays",
        meaning:
          "Monday to Friday, minus any holidays passed in the holidays argument, exactly as Excel's WORKDAY without holidays; the notification day itself is not counted.",
      },
    ],
    rationale:
      "'This is a Massachusetts contract' governed by Massachusetts law (paragraph 8): a business day there is a day that is not a Saturday, a Sunday or a legal holiday of the Commonwealth, whose list and Sunday rule are M.G.L. c. 4, § 7, clause 18. The federal rule that moves a Saturday holiday to the Friday before (5 U.S.C. 6103(b)) does not apply. BTU's Billerica office is in Middlesex County, so Suffolk County's Evacuation Day and Bunker Hill Day are not included.",
  },
  {
    id: "duress-whole-shares",
    field: "duressWholeShares",
    bearsOn: ["duress"],
    clause: "4(c)(i)(B)",
    question:
      "How is 'the number of shares' computed from a dollar value and the fair market value?",
    quote:
      "the number of shares to be calculated using the fair market value of such shares on the date you choose to exercise the option",
    default: "round-down",
    alternatives: [
      {
        value: "round-down",
        meaning:
          "Whole shares, rounded down; the value of the fractional share is paid in cash with the bi-weekly balance.",
      },
      {
        value: "round-nearest",
        meaning:
          "Whole shares, rounded half-up, but never more than the whole Consulting Lump Sum Payment buys (at most its amount / fair market value, rounded down), so the cash balance is never negative. Example: all of 538,158.33 at $7 is 76,879.76 shares; 76,880 would be worth 538,160.00, so 76,879 shares and a balance of 5.33.",
      },
      {
        value: "fractional",
        meaning:
          "Fractional shares, rounded down at the sixth decimal (never more value than designated); the cents left by that rounding are paid in cash with the bi-weekly balance.",
      },
    ],
    rationale:
      "Common stock is transferred in whole shares; rounding down never delivers more value than designated, and 4(c)(i)(B) already routes any balance to bi-weekly cash payments ('the remaining balance ... will be paid to you in bi-weekly payments ... until such time as you have received the entire value'). Every reading therefore rounds toward fewer shares where rounding would otherwise deliver more than the value designated (round-nearest is capped at what the whole lump sum buys; fractional truncates at six decimals), and the cash balance is the value not delivered in shares.",
  },
  {
    id: "life-expectancy-age",
    field: "lifeExpectancyAge",
    bearsOn: ["split-dollar"],
    clause: "3(c)(iii)(B)",
    question:
      "At which age is the executive's life expectancy read from the table 'at the time you buy out the Company Interest'?",
    quote:
      "the number of remaining years in your life expectancy at the time you buy out the Company Interest, as set forth in trade publications for the life insurance industry",
    default: "last-birthday",
    alternatives: [
      {
        value: "last-birthday",
        meaning: "Age last birthday (completed years) on the buy-out date.",
      },
      {
        value: "nearest-birthday",
        meaning:
          "Age nearest birthday (insurance age): completed years, plus one from six months past the birthday.",
      },
      {
        value: "interpolated",
        meaning:
          "Linear interpolation between the table's values at the ages last and next birthday, by the fraction of the year elapsed.",
      },
    ],
    rationale:
      "'Your life expectancy at the time' reads most plainly as the table value for your age on that day; the alternatives follow insurance-age and actuarial practice. The same default holds for the built-in tables: the IRS and SSA tables give the expectancy at each whole age attained, and on the buy-out date the age attained is the age last birthday (the IRS tables are themselves read at the age attained). Example: born 1940-05-01, buying out on 2005-01-01, age 64: the IRS Single Life Table of 2002 gives 21.8 years.",
  },
  {
    id: "split-dollar-discount",
    field: "splitDollarDiscount",
    bearsOn: ["split-dollar"],
    clause: "3(c)(iii)(B)",
    question:
      "How is the buy-out amount 'discounted by a rate of 3% over a period equal to the number of remaining years in your life expectancy'?",
    quote:
      "discounted by a rate of 3% over a period equal to the number of remaining years in your life expectancy",
    default: "compound",
    alternatives: [
      {
        value: "compound",
        meaning:
          "Company Interest / 1.03^n, n the remaining years (fractional years compound pro rata).",
      },
      { value: "simple", meaning: "Company Interest x (1 - 3% x n)." },
    ],
    rationale:
      "'Discounted by a rate ... over a period' is the language of present value; compound discounting never turns negative for a long life expectancy.",
  },
  {
    id: "date-system",
    field: "dateSystem",
    bearsOn: ["dates"],
    clause: "3",
    question:
      "Which day is a date serial in the workbook (the agreement's dates, such as June 30, 2007, arrive from Excel as numbers)?",
    quote: "commencing as of the Separation Date and terminating on June 30, 2007",
    default: "1900",
    alternatives: [
      {
        value: "1900",
        meaning:
          "Excel's 1900 date system (Windows and current Mac default): serial 1 is 1900-01-01, 2004-10-01 is 38261.",
      },
      {
        value: "1904",
        meaning:
          "Excel's 1904 date system (File > Options > Advanced > 'Use 1904 date system'; older Mac workbooks): serial 0 is 1904-01-01, every serial 1,462 lower, 2004-10-01 is 36799. Date arguments and returned dates use it; text dates YYYY-MM-DD and money are unchanged.",
      },
    ],
    rationale:
      "Not a reading of the agreement but of the workbook: Excel numbers days in one of two date systems, set per workbook (Microsoft, 'Date systems in Excel'), and hands a custom function the serial without saying which. 1900 is Excel's default; in the shared runtime the add-in learns the workbook's own system and uses it unless a choice says otherwise. A date outside a clause's window that is inside it when read in the 1904 system says so in its message.",
  },
  {
    id: "split-dollar-growth",
    clause: "3(c)(iii)(A), 3(c)(iii)(B)",
    question: "How does the Company Interest grow with the policy's cash value?",
    quote:
      "The Company Interest and the Insured Interest will continue to grow pro rata ... such increase in the cash value shall be apportioned solely to the Insured Interest",
    default: "pro-rata-of-cash-value",
    alternatives: [],
    rejected:
      "Growing the Company Interest only by its share of premiums paid was considered; the clause ties growth to 'their respective percentages of the cash value'.",
    rationale:
      "Company Interest = (cash value - the part New York Life shows is attributable solely to the insured's own top-up payments, measured at the valuation date) x $232,000 / cash value on January 1, 2003.",
  },
  {
    id: "fee-start",
    clause: "3, 3(a)",
    question:
      "From which day do the fees accrue, given that the Consulting Period 'commenc[es] as of the Separation Date' (June 30, 2003)?",
    quote:
      "the Company shall pay you a fee at the rate of One Hundred Thousand Dollars ($100,000) per year from July 1, 2003",
    default: "2003-07-01",
    alternatives: [],
    rejected:
      "Accruing the Consulting Fee from June 30, 2003 was considered; the Separation Date is still paid at base salary under paragraph 1.",
    rationale:
      "The Chairman Fee runs 'from July 1, 2003'; the Consulting Fee is taken to run from the same day, as June 30, 2003 is the last day of salaried employment. Both periods run four contract years, 1,461 days.",
  },
  {
    id: "lump-sum-timing",
    clause: "4(b), 4(c), 4(d), 4(e), 4(f), 4(g)",
    question: "When is a lump sum due?",
    quote: "the Company shall pay you one lump sum",
    default: "termination-date",
    alternatives: [],
    rejected:
      "A payment date after the termination date (e.g. the next pay date) was considered; the agreement names none.",
    rationale:
      "The lump sums are shown as due on the termination date (for 4(e), immediately prior to the Change of Control on its date), and the 4(c) discount runs to that date.",
  },
  {
    id: "disability-continuation",
    clause: "4(h)",
    question: "What are '60% of the Consulting Fees through June 30, 2007' and when are they paid?",
    quote:
      "the Company shall continue to pay you sixty percent (60%) of the Consulting Fees through June 30, 2007",
    default: "bi-weekly-60",
    alternatives: [],
    rejected: "A lump sum was considered; 'continue to pay' keeps the bi-weekly schedule.",
    rationale:
      "60% of each day's accrual from the termination date through June 30, 2007, paid on the bi-weekly pay dates (the first for the rest of the termination date's period), rounded cumulatively on the 60% stream.",
  },
  {
    id: "disability-qualifying",
    clause: "4(h)",
    question:
      "When has the executive been unable to perform 'for one hundred twenty (120) consecutive calendar days'?",
    quote:
      "unable to perform substantially all of your duties ... for one hundred twenty (120) consecutive calendar days during any period of three hundred and sixty-five (365) consecutive calendar days",
    default: "notice-from-day-121",
    alternatives: [],
    rationale:
      "Counting the first day of disability as day 1, the 120th day ends at first day + 119; the Company may give notice from the next day (first day + 120).",
  },
  {
    id: "change-of-control-window",
    field: "changeOfControlWindow",
    bearsOn: ["4e"],
    clause: "4(e), 4(g)",
    question:
      "When does a Change of Control occur 'during the Chairmanship Period or the Consulting Period'?",
    quote:
      "If a Change of Control ... occurs during the Chairmanship Period or the Consulting Period ... In the event of your death prior to June 30, 2003: (A) the Chairmanship Period and the Transition Period shall immediately terminate",
    default: "agreement-date",
    alternatives: [
      {
        value: "agreement-date",
        meaning:
          "From the agreement's date, February 7, 2003, through June 30, 2007: the Chairmanship Period is already running. Example: a Change of Control on 2003-03-01 pays both remainders through June 30, 2007, 816,000.00 + 400,000.00 = 1,216,000.00, in lieu of any other payment, and every option vests.",
      },
      {
        value: "separation-date",
        meaning:
          "From the Separation Date, June 30, 2003, when the Consulting Period commences (3(i)); a Change of Control before it is not a 4(e) event.",
      },
    ],
    rationale:
      "4(e) applies to a Change of Control 'during the Chairmanship Period or the Consulting Period', and 4(g)(A) ends 'the Chairmanship Period and the Transition Period' on a death before June 30, 2003, so a Chairmanship Period runs alongside the Transition Period from the agreement's date. Reading the window from June 30, 2003 would leave a Change of Control in the Transition Period with no 4(e) protection although the Chairman the clause protects is already in office.",
  },
  {
    id: "chairmanship-after-consulting",
    clause: "4(b)(ii)",
    question:
      "How is 'the Board may not terminate the Chairmanship Period if it has not simultaneously or previously terminated the Consulting Period' checked?",
    quote:
      "provided that the Board may not terminate the Chairmanship Period if it has not simultaneously or previously terminated the Consulting Period",
    default: "require-consulting-end",
    alternatives: [],
    rationale:
      "With periods 'both' the Board ends both periods on the same date (4(b)(i) and 4(b)(ii) together); with periods 'chairman' the date the Consulting Period ended must be given and lie within the Consulting Period: from the Separation Date (when it commences, paragraph 3) to the termination date. The proviso limits the Board's termination of the Chairmanship Period, not how the Consulting Period ended: 'simultaneously or previously' fixes the Consulting end on or before the Chairmanship Period's termination date (a later one is refused), and the end itself is not limited to 4(b)(i)'s window, since the Consulting Period may already have ended another way (the executive's 4(c)(i), the Company's 4(h)); the proviso's purpose, that the Board not remove the Chairman while he still consults, is met whenever the Consulting Period is over.",
  },
  {
    id: "base-salary",
    clause: "1, 4(a), 4(d), 4(f), 4(g)",
    question: "How much is the base salary 'earned but unpaid'?",
    quote:
      "the Company (a) will continue to pay you your base salary, at your current base rate of pay",
    default: "daily-365",
    alternatives: [],
    rejected:
      "Inventing a rate or a payroll calendar was rejected: without the user's facts the component is listed without an amount.",
    rationale:
      "The agreement states neither the base rate of pay nor the payroll calendar. Given the annual base rate and the day salary has been paid through (optional arguments annualBaseSalary and salaryPaidThrough), each later day of the Transition Period before the first unearned day accrues the annual rate / 365, rounded half-up to cents once, and PAYOUT includes it in every payout whose clause pays it (4(a), 4(d), 4(f); 4(g) for a death before June 30, 2003), whatever the termination date: salary earned in the Transition Period and still unpaid stays owed after it. Example: 4(f) on 2003-07-05 with 300,000 a year paid through 2003-06-15 adds 300,000 x 15/365 = 12,328.77 (1,228,328.77 in all). Without the facts the component is listed without an amount (not computed) wherever the clause pays it, and left out of PAYOUT. 4(a) pays it whichever periods the notice ends, a Chairmanship Period alone included: its words ('no further obligation to you, other than for any base salary, Chairman Fees or Consulting Fees that were earned but not paid through the date of notice') keep owed the salary earned in the Transition Period, which no period's end takes away.",
  },
  {
    id: "cure-period",
    clause: "4(a)(i), 4(d)(i)",
    question:
      "When does a cure period of '30 days after written notice' (4(a)(i)) or 'within ten (10) days after the Company receives written notice' (4(d)(i)) end?",
    quote:
      "which breach, if susceptible to cure, remains uncured for thirty (30) days after written notice from the Company",
    default: "exclude-notice-day",
    alternatives: [],
    rejected:
      "Counting the notice day as day 1 was considered; 'after written notice' starts the count the next day.",
    rationale:
      "The days are counted from the day after the notice (or its receipt): the last day to cure is notice + 30 (receipt + 10), and the termination may rely on the uncured breach from the following day.",
  },
  {
    id: "life-table",
    clause: "3(c)(iii)(B)",
    question:
      "Which life table 'set forth in trade publications for the life insurance industry' gives the remaining years?",
    quote: "as set forth in trade publications for the life insurance industry",
    default: "named-by-the-user",
    alternatives: [],
    rejected:
      "A default table was rejected: the choice moves the buy-out price by thousands of dollars and belongs to the parties. The Society of Actuaries' 2001 CSO and 2017 CSO tables, closest to 'trade publications for the life insurance industry', come under terms that grant no right to redistribute: give them as a range.",
    rationale:
      "The agreement names no table. LIFE_EXPECTANCY takes a range of (age, remaining years) or one of the published U.S. government tables shipped with the add-in: irs-single-life-2002 (26 CFR 1.401(a)(9)-9, in force when the agreement was signed; unisex), irs-single-life-2022 (unisex), ssa-2003-male, ssa-2003-female, ssa-2017-male and ssa-2017-female (the Social Security Administration's period life tables). The user still decides: a unisex table or one for the executive's sex, which publication the industry would recognise (the IRS tables are a regulator's tables used throughout insurance and retirement practice; the SSA tables are population tables), and which edition (in force at the signing or at the buy-out).",
  },
  {
    id: "bonus-reference",
    clause: "6, 2(c)",
    question: "Which bonus is 'expressly provided under Paragraph 1(c) above'?",
    quote:
      "you will not be eligible to receive any bonus compensation other than that expressly provided under Paragraph 1(c) above",
    default: "2(c)",
    alternatives: [],
    rationale:
      "Paragraph 1(c) is about benefits; the only bonus in the agreement is paragraph 2(c)'s one lump sum of $100,000, already paid. Paragraph 6's 'Paragraph 1(c)' is read as 2(c). No figure depends on it.",
  },
  {
    id: "amounts-arise",
    field: "amountsArise",
    bearsOn: ["ledger"],
    clause: "1, 3(a), 4(b)(i), 4(c)(i), 4(h)",
    question: "When does an amount a termination pays become owed (OUTSTANDING, ROLLFORWARD)?",
    quote:
      "In the event of such termination, in addition to any Consulting Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum ... the number of shares to be calculated using the fair market value of such shares on the date you choose to exercise the option ... the Company shall continue to pay you sixty percent (60%) of the Consulting Fees through June 30, 2007",
    default: "termination",
    alternatives: [
      {
        value: "termination",
        meaning:
          "Fees and base salary as earned, day by day; what the termination makes due (lump sums, a delayed lump sum, the whole 4(h) continuation) on the termination date; shares elected before it (4(c)(i)(B)) on the election date.",
      },
      {
        value: "notice",
        meaning:
          "Fees and base salary as earned; what the termination makes due, shares included, on the notice: EDATE(T, -3) for 4(b) and 4(c), else the termination date.",
      },
    ],
    rationale:
      "Each clause pays 'in the event of such termination': the termination, not the notice, makes the amount due, counted from that date; until then the periods run on and a later event (4(a), 4(e), 4(g)) can change it. Fees and salary are owed for days served. Shares are fixed on 'the date you choose to exercise the option'. So on and after the termination date what is owed is the payments still scheduled after that day (a payment is made by the end of its day).",
  },
  {
    id: "later-event-after-earlier-end",
    clause: "4(a), 4(b)(ii), 4(c)(ii), 4(d), 4(e), 4(f), 4(g), 4(h)",
    question:
      "What does an event that ends the Chairmanship Period pay after the Consulting Period has already ended (under 4(b)(i), 4(c)(i) or 4(h))?",
    quote:
      "then, in lieu of any other payments due you under this Agreement, the Company shall provide you, immediately prior to the Change of Control, the following benefits",
    default: "periods-still-running",
    alternatives: [],
    rejected:
      "Paying the Consulting remainder again was rejected (an event can only end the periods still running). Reading 4(e)'s 'in lieu of any other payments' as cancelling the 4(h) 60% continuation already fixed by an earlier termination was rejected too: it would take away, without replacing it, a payment the agreement made due 'through June 30, 2007' before the Change of Control.",
    rationale:
      "An event ends only the periods still running: with periods 'chairman' and the date the Consulting Period ended, the clause pays its Chairman items alone (4(e) on 2006-03-17 after a Consulting end on 2005-01-01: Chairman Fees earned but unpaid 2,739.72 + the Chairman remainder 129,041.10 = 131,780.82). What the earlier termination fixed (its lump sum, the 4(h) continuation) belongs to that termination's payout and is not part of this figure.",
  },
  {
    id: "duress-delay",
    clause: "4(c)(i), 4(c)(i)(A), 4(c)(i)(B)",
    question:
      "When and how is a Consulting Lump Sum Payment paid once the Board delays it for financial duress?",
    quote:
      "receiving bi-weekly payments of the Consulting Fee, as described in Paragraph 3(a) hereof, until such time as the Company is no longer in a state of financial duress",
    default: "flows-from-termination",
    alternatives: [],
    rejected:
      "Showing the delayed lump sum as paid on the termination date was rejected: the Board's delay is exactly that it is not.",
    rationale:
      "(A), or no timely choice within 21 business days of the Board's notification: the Consulting Fee's bi-weekly payments from the termination date (the payments the Consulting Period would have made) go toward the lump sum until the Board finds the duress ended, and the remaining balance is paid that day. (B), chosen in time: the shares for the designated portion, valued at the fair market value on the election date, are due on the tenth business day after the election, and the cash balance is paid bi-weekly the same way until the whole value is received. PAYOUT is then cash plus shares at their value; PAYOUT_DETAIL and the pane show them apart. An election made during the three months' notice can make the shares due before the termination date itself. (B) chosen after the termination date (in time, within 21 business days of a notification near it) is scheduled the same way: the shares on the tenth business day after the election, and the cash balance bi-weekly from the termination date's pay period, the Consulting Fee's payments that were running while the choice was pending counting toward it ('bi-weekly payments as described in Paragraph 3(a)'), so the plan does not depend on the day the choice was made beyond the shares' date and value.",
  },
  {
    id: "base-salary-not-payable",
    clause: "1, 4(e), 4(b), 4(c), 4(g), 4(h)",
    question:
      "What happens to base salary facts given for a clause that does not pay base salary (4(e), 4(b), 4(c), 4(h), 4(g) after June 30, 2003)?",
    quote:
      "then, in lieu of any other payments due you under this Agreement, the Company shall provide you, immediately prior to the Change of Control, the following benefits",
    default: "refuse",
    alternatives: [],
    rejected:
      'Listing the salary as a row \'not payable under 4(e)\' was considered; a figure silently unchanged by an input the user typed (PAYOUT("4e","2003-05-15",,,,300000,"2003-04-30") gave 1,216,000.00 with no word about the salary) hides the point, so the input is refused as the date the Consulting Period ended and a delay are where they do not apply.',
    rationale:
      "annualBaseSalary and salaryPaidThrough are refused (#VALUE!, with the reason) where the clause names no base salary. 4(e) in the Transition Period pays fees earned but unpaid (register change-of-control-in-lieu: compensation for days already served, none before July 1, 2003 when the fees start) but not base salary: its benefits are the remainder of the Consulting Fees and Chairman Fees and the options, and it does not terminate the Transition Period, whose salary paragraph 1 ('will continue to pay you your base salary') keeps paying on payroll through the Separation Date, so no salary falls due in the 4(e) payout. 4(b), 4(c) and 4(h) end only the Consulting and Chairmanship Periods, which run after the Transition Period; 4(g) pays salary only for a death prior to June 30, 2003.",
  },
  {
    id: "duress-notification",
    clause: "4(c)(i)",
    question:
      "When may the Board's notification that it delays the Consulting Lump Sum Payment come?",
    quote:
      "if, at the time you provide notice of termination under this Paragraph 4(c)(i), the Company is in a state of financial duress as determined by the Board",
    default: "any-day-in-the-agreement",
    alternatives: [],
    rejected:
      "Refusing a notification outside the three months' notice was considered; the agreement sets the Board no deadline, and a refusal would hide a plan the parties may have lived.",
    rationale:
      "The duress is judged 'at the time you provide notice of termination', so the Board's delay follows the executive's notice and in practice comes during the three months' notice, before the lump sum falls due on the termination date (register lump-sum-timing). The agreement sets the Board no day by which to notify, so any notification within the agreement's span is accepted and the 21 business days of the election run from the day given (ELECTION_DEADLINE); an election date before the notification is refused.",
  },
  {
    id: "comparison-valuation",
    field: "comparisonValuation",
    bearsOn: ["comparison"],
    clause: "4(c)(i)(B)",
    question: "A payment before the comparison date is worth?",
    quote: "transferred to you within ten (10)",
    default: "carry-forward",
    alternatives: [
      { value: "carry-forward", meaning: "Carried forward at the rate, as XNPV discounts." },
      { value: "face-value-before", meaning: "At face value." },
    ],
    rationale: "An earlier payment earns the rate; face value understates it.",
  },
  {
    id: "schedule-window",
    clause: "3(a)",
    question: "Which rows does a fee schedule between two dates show?",
    quote: "payable bi-weekly",
    default: "clip-periods",
    alternatives: [],
    rationale:
      "FEE_SCHEDULE shows every pay period that overlaps [fromDate, toDate], clipped to it, so the rows sum to exactly the fees for those days (a schedule from T sums to the remainder).",
  },
  {
    id: "lump-sum-in-transition",
    field: "lumpSumInTransition",
    bearsOn: ["tax"],
    clause: "4(d), 4(e), 4(f), 4(g), 3(a), 5",
    question:
      "Is a lump sum paid on or before the Separation Date, while he is still an employee, wages or non-employee compensation?",
    quote:
      "Because you will be an independent contractor and not an employee after the Separation Date, the Consulting Fee and the Chairman Fee are not subject to withholding",
    default: "wages",
    alternatives: [
      {
        value: "wages",
        meaning:
          "Wages: withholding (paragraph 5), Form W-2. Example: 4(d) on 2003-05-15, its lump sum of 1,216,000.00.",
      },
      {
        value: "nonemployee",
        meaning: "Non-employee compensation (3(a)), Form 1099, as the fees it represents.",
      },
    ],
    rationale:
      "Paragraph 5 withholds from every payment 'except as otherwise provided herein'; 3(a)'s exception rests on its reason, that he is not an employee after the Separation Date. Paid to an employee, on the end of his employment, the lump sum falls under paragraph 5.",
  },
  {
    id: "payments-to-beneficiary",
    field: "paymentsToBeneficiary",
    bearsOn: ["tax"],
    clause: "4(g), 5",
    question: "How are 4(g)'s payments to the beneficiary or estate treated?",
    quote:
      "the Company shall pay to your designated beneficiary or, if no beneficiary has been designated, to your estate",
    default: "beneficiary",
    alternatives: [
      {
        value: "beneficiary",
        meaning:
          "By the recipient: no withholding, Form 1099; his base salary stays wages for Social Security and Medicare (Form W-2 too).",
      },
      {
        value: "as-earned",
        meaning: "As if paid to him: salary as wages, fees and lump sums as the other entries say.",
      },
    ],
    rationale:
      "4(g) names the payee, the beneficiary or estate; paragraph 5 withholds only what is 'legally required', and no income tax is withheld from what is paid after a death, while wages he earned stay his wages.",
  },
  {
    id: "duress-shares-tax",
    field: "duressSharesTax",
    bearsOn: ["tax"],
    clause: "4(c)(i)(B), 3(a)",
    question: "How are 4(c)(i)(B)'s shares treated, and at which value?",
    quote:
      "the number of shares to be calculated using the fair market value of such shares on the date you choose to exercise the option",
    default: "election-date-value",
    alternatives: [
      {
        value: "election-date-value",
        meaning:
          "Non-employee compensation (3(a)), Form 1099, at the election day's fair market value, the value PAYOUT counts.",
      },
      {
        value: "transfer-date-value",
        meaning:
          "The same at the value on the transfer day, unknown to the add-in: the shares are totalled apart.",
      },
    ],
    rationale:
      "The shares pay the Consulting Lump Sum Payment, fees of an independent contractor, at the value the agreement fixes; property is income when received, so the transfer day's value is one choice away.",
  },
] as const satisfies readonly Interpretation[];

/** The register, in the order `=BTU.INTERPRETATIONS()` spills it. */
export const REGISTER: readonly Interpretation[] = ENTRIES;

type Entry = (typeof ENTRIES)[number];
type SwitchableEntry = Extract<Entry, { readonly field: string }>;
type ValueOf<E> = E extends { readonly free: "date" }
  ? Serial
  : E extends { readonly free: "days" }
    ? number
    : E extends { readonly alternatives: readonly (infer A)[] }
      ? A extends { readonly value: infer V }
        ? V
        : never
      : never;

/**
 * The choices in force for one computation: one field per switchable register
 * entry, typed by that entry's alternatives (derived from the register, never
 * declared twice).
 */
export type Choices = { readonly [E in SwitchableEntry as E["field"]]: ValueOf<E> };
export type ChoiceField = keyof Choices;
export type Rounding = Choices["rounding"];

const BY_ID = new Map<string, Interpretation>(REGISTER.map((r) => [r.id, r]));
const SWITCHABLE_ENTRIES: readonly Interpretation[] = REGISTER.filter((r) => r.field !== undefined);
const ID_OF_FIELD = new Map<string, string>(
  SWITCHABLE_ENTRIES.map((r) => [r.field as string, r.id])
);

/** Ids of the entries a user can switch, in register order. */
export const SWITCHABLE_IDS: readonly string[] = SWITCHABLE_ENTRIES.map((r) => r.id);

/** The register entry of a known id. */
export function interpretation(id: string): Interpretation {
  const r = BY_ID.get(id);
  if (!r)
    throw valueError({
      argument: "id",
      allowed: "an id of the interpretation register",
      given: id,
      message: `unknown register id ${echo(id)}`,
    });
  return r;
}

/** Reads a choice's text as the register entry's kind of value (a serial, a day count or one of its values). */
function readValue(entry: Interpretation, text: string, raw: string): string | number {
  if (entry.free === "date") {
    const s = parseIso(text);
    if (s === undefined)
      throw valueError({
        argument: entry.id,
        allowed: "an ISO date YYYY-MM-DD",
        given: raw,
        message: `choices: ${entry.id} must be an ISO date YYYY-MM-DD, got ${echo(raw)}`,
      });
    return s;
  }
  if (entry.free === "days") {
    if (!/^\d{1,2}$/.test(text) || Number(text) > 31)
      throw valueError({
        argument: entry.id,
        allowed: "a whole number of days from 0 to 31",
        given: raw,
        limits: { low: 0, lowIncluded: true, high: 31, highIncluded: true },
        message: `choices: ${entry.id} must be a whole number of days from 0 to 31, got ${echo(raw)}`,
      });
    return Number(text);
  }
  const allowed = entry.alternatives.map((a) => a.value);
  if (!allowed.includes(text))
    throw valueError({
      argument: entry.id,
      allowed: `one of ${allowed.join(", ")}`,
      given: raw,
      message: `choices: ${entry.id} must be one of ${allowed.join(", ")}, got ${echo(raw)}`,
    });
  return text;
}

function defaults(): Choices {
  const out: Record<string, string | number> = {};
  for (const e of SWITCHABLE_ENTRIES)
    out[e.field as string] = e.free === "date" ? d(e.default) : readValue(e, e.default, e.default);
  return Object.freeze(out) as unknown as Choices;
}

/** Every switchable entry at its register default (one frozen object: caches key on its identity). */
export const DEFAULT_CHOICES: Choices = defaults();

/** The register id whose choice sets a field (for traces). */
export function idOfField(field: ChoiceField): string {
  const id = ID_OF_FIELD.get(field);
  if (id === undefined) throw new Error(`no register id for ${String(field)}`);
  return id;
}

/** The choice fields bearing on any of the topics, in register order. */
export function fieldsBearingOn(topics: readonly Topic[]): ChoiceField[] {
  return SWITCHABLE_ENTRIES.filter((e) => e.bearsOn?.some((t) => topics.includes(t))).map(
    (e) => e.field as ChoiceField
  );
}

/** The switchable register entries bearing on any of the topics, in register order. */
export function entriesBearingOn(topics: readonly Topic[]): Interpretation[] {
  return SWITCHABLE_ENTRIES.filter((e) => e.bearsOn?.some((t) => topics.includes(t)));
}

/** The text of a choice's value as the register writes it ("2003-07-01" for a date). */
export function choiceText(c: Choices, field: ChoiceField): string {
  const entry = interpretation(idOfField(field));
  const v = c[field];
  return entry.free === "date" ? iso(v as Serial) : String(v);
}

/** "accrual-basis=contract-year" for the fields named, as the trace shows them. */
export function describeChoices(c: Choices, fields: readonly ChoiceField[]): string[] {
  return fields.map((f) => `${idOfField(f)}=${choiceText(c, f)}`);
}

const norm = (s: string) => s.trim().toLowerCase();

/**
 * Applies (id, value) pairs over the defaults. Ids and values are matched
 * case-insensitively and trimmed; an unknown id or value is a #VALUE! error
 * naming what is allowed.
 */
export function withChoices(
  pairs: ReadonlyArray<readonly [string, string]>,
  base: Choices = DEFAULT_CHOICES
): Choices {
  if (pairs.length === 0) return base;
  const out: Record<string, unknown> = { ...base };
  const seen = new Set<string>();
  for (const [rawId, rawValue] of pairs) {
    const entry = switchableEntry(rawId);
    if (seen.has(entry.id))
      throw valueError({
        argument: entry.id,
        rule: "given twice; give each interpretation id once",
        message: `choices: ${entry.id} is given twice; give each interpretation id once (BTU.INTERPRETATIONS() lists them)`,
      });
    seen.add(entry.id);
    out[entry.field as string] = readValue(entry, norm(rawValue), rawValue);
  }
  return Object.freeze(out) as unknown as Choices;
}

/**
 * The switchable register entry of an id (case-insensitive, trimmed): a
 * #VALUE! error naming the id, with the nearest id when one is close, for
 * any other text (`constructor`, `__proto__` and the like included: the
 * register is a Map, never a plain object).
 */
export function switchableEntry(rawId: string): Interpretation {
  const id = norm(rawId);
  const entry = BY_ID.get(id);
  if (entry && entry.field !== undefined) return entry;
  const near = nearest(id, SWITCHABLE_IDS);
  throw valueError({
    argument: "choices",
    allowed: `interpretation ids among ${SWITCHABLE_IDS.join(", ")}`,
    given: rawId,
    message: `choices: unknown interpretation id ${echo(rawId)}${near ? `; did you mean ${near}?` : ""} BTU.INTERPRETATIONS() lists them: ${SWITCHABLE_IDS.join(", ")}`,
  });
}

/** The longest text {@link nearest} compares: a longer word is not a misspelling of a short name. */
const NEAREST_MAX = 64;

/**
 * The closest word by edit distance, if it is close (at most a third of its
 * letters differ). Bounded: a word longer than {@link NEAREST_MAX} is not
 * compared at all, and only words of similar length are.
 */
export function nearest(word: string, words: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > NEAREST_MAX) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const w of words) {
    // Only words of similar length can be within a third of their letters: skip the rest unread.
    if (Math.abs(w.length - word.length) > Math.ceil(w.length / 3)) continue;
    const dp = Array.from({ length: w.length + 1 }, (_, j) => j);
    for (let i = 1; i <= word.length; i++) {
      let prev = dp[0];
      dp[0] = i;
      for (let j = 1; j <= w.length; j++) {
        const t = dp[j];
        dp[j] = Math.min(dp[j] + 1, dp[j - 1] + 1, prev + (word[i - 1] === w[j - 1] ? 0 : 1));
        prev = t;
      }
    }
    if (dp[w.length] < bestD) [best, bestD] = [w, dp[w.length]];
  }
  return best !== undefined && bestD <= Math.ceil(best.length / 3) ? best : undefined;
}

/** Parses "id=value; id=value" (also separated by commas or new lines). */
export function parseChoicesText(text: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = [];
  for (const part of text.split(/[;,\n]/)) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    if (eq < 0)
      throw valueError({
        argument: "choices",
        allowed: '"id=value" pairs separated by ";"',
        given: part,
        message: `choices: expected id=value, got ${echo(part)}`,
      });
    pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
  }
  return pairs;
}

/** A stable key of the choices that shape the fee ledgers (for caches). */
export function ledgerKey(c: Choices): string {
  return FEE_FIELDS.map((f) => String(c[f])).join("|");
}

/** The choices that shape a fee ledger (3(a)): accrual basis, rounding, pay calendar. */
export const FEE_FIELDS: readonly ChoiceField[] = fieldsBearingOn(["fees"]);
