/**
 * The agreement's terms as data, each with the clause that states it.
 *
 * Source: BTU International, Inc. letter agreement with Paul van der Wansem
 * dated February 7, 2003 (Exhibit 10.50) and its Exhibit 1, the Collateral
 * Assignment Agreement. Every figure the add-in produces is computed from
 * these values; `=BTU.TERMS()` spills this table so an auditor sees each one.
 */
import { d, Serial } from "../dates";

export interface Term<T extends number | Serial = number> {
  /** Stable identifier, used in traces. */
  readonly id: string;
  readonly label: string;
  readonly value: T;
  readonly unit:
    "USD" | "date" | "rate" | "days" | "months" | "shares" | "USD/share" | "hours" | "count";
  readonly clause: string;
  /** The words of the agreement the value comes from. */
  readonly quote: string;
}

const term = <T extends number>(t: Term<T>): Term<T> => Object.freeze(t);

export const TERMS = {
  agreementDate: term({
    id: "agreementDate",
    label: "Date of the letter agreement (start of the Transition Period)",
    value: d("2003-02-07"),
    unit: "date",
    clause: "1",
    quote:
      'the Company will continue your employment from the date of this letter [February 7, 2003] through the Separation Date (the "Transition Period")',
  }),
  separationDate: term({
    id: "separationDate",
    label: "Separation Date (end of employment; the Consulting Period commences)",
    value: d("2003-06-30"),
    unit: "date",
    clause: "Preamble; 3(i)",
    quote: 'your employment with the Company will end on June 30, 2003 (the "Separation Date")',
  }),
  feeStart: term({
    id: "feeStart",
    label: "First day the Consulting Fee and Chairman Fee accrue",
    value: d("2003-07-01"),
    unit: "date",
    clause: "3(a)",
    quote:
      "a fee at the rate of One Hundred Thousand Dollars ($100,000) per year from July 1, 2003",
  }),
  periodEnd: term({
    id: "periodEnd",
    label: "Last day of the Consulting Period and the Chairmanship Period",
    value: d("2007-06-30"),
    unit: "date",
    clause: "3",
    quote: "for the period commencing as of the Separation Date and terminating on June 30, 2007",
  }),
  consultingFee: term({
    id: "consultingFee",
    label: "Consulting Fee per year",
    value: 204_000,
    unit: "USD",
    clause: "3(a)",
    quote:
      "a consulting fee of Two Hundred Four Thousand Dollars ($204,000) per year during the Consulting Period, payable bi-weekly",
  }),
  chairmanFee: term({
    id: "chairmanFee",
    label: "Chairman Fee per year",
    value: 100_000,
    unit: "USD",
    clause: "3(a)",
    quote:
      'a fee at the rate of One Hundred Thousand Dollars ($100,000) per year ... payable bi-weekly (the "Chairman Fee")',
  }),
  payPeriodDays: term({
    id: "payPeriodDays",
    label: 'Pay period ("payable bi-weekly")',
    value: 14,
    unit: "days",
    clause: "3(a)",
    quote: "payable bi-weekly",
  }),
  contractYearStartMonth: term({
    id: "contractYearStartMonth",
    label: "Contract year runs July 1 through June 30 (start month)",
    value: 7,
    unit: "months",
    clause: "3(b)",
    quote: "up to six hundred (600) hours per contract year (July 1 through June 30)",
  }),
  consultingHoursPerYear: term({
    id: "consultingHoursPerYear",
    label: "Consulting availability per contract year",
    value: 600,
    unit: "hours",
    clause: "3(b)",
    quote: "you shall make yourself available for up to six hundred (600) hours per contract year",
  }),
  lumpSumDiscountRate: term({
    id: "lumpSumDiscountRate",
    label: "Discount on the 4(c) lump sums, per year",
    value: 0.03,
    unit: "rate",
    clause: "4(c)(i), 4(c)(ii)",
    quote:
      "less a discount equal to three percent (3%) per year for each year (and at the same rate for any partial year) of such remaining payments",
  }),
  noticeMonths: term({
    id: "noticeMonths",
    label: "Prior written notice for 4(b) and 4(c) terminations",
    value: 3,
    unit: "months",
    clause: "4(b)(i), 4(b)(ii), 4(c)(i), 4(c)(ii)",
    quote: "at any time upon three months' prior written notice",
  }),
  consultingNoticeFrom: term({
    id: "consultingNoticeFrom",
    label: "Earliest notice ending the Consulting Period under 4(b)(i)/4(c)(i)",
    value: d("2004-07-01"),
    unit: "date",
    clause: "4(b)(i), 4(c)(i)",
    quote:
      "Beginning on July 1, 2004, [the Board / you] may elect to terminate the Consulting Period at any time upon three months' prior written notice",
  }),
  chairmanNoticeFrom: term({
    id: "chairmanNoticeFrom",
    label: "Earliest notice ending the Chairmanship Period under 4(b)(ii)/4(c)(ii)",
    value: d("2005-07-01"),
    unit: "date",
    clause: "4(b)(ii), 4(c)(ii)",
    quote:
      "Beginning on July 1, 2005, [the Board / you] may elect to terminate the Chairmanship Period at any time upon three months' prior written notice",
  }),
  goodReasonTransitionBefore: term({
    id: "goodReasonTransitionBefore",
    label: "Good Reason termination of the Transition Period: before",
    value: d("2003-06-30"),
    unit: "date",
    clause: "4(d)",
    quote: "You may terminate the Transition Period (at any time before June 30, 2003)",
  }),
  goodReasonConsultingBefore: term({
    id: "goodReasonConsultingBefore",
    label: "Good Reason termination of the Consulting Period: before",
    value: d("2004-07-01"),
    unit: "date",
    clause: "4(d)",
    quote: "the Consulting Period (at any time before July 1, 2004)",
  }),
  goodReasonChairmanBefore: term({
    id: "goodReasonChairmanBefore",
    label: "Good Reason termination of the Chairmanship Period: before",
    value: d("2005-07-01"),
    unit: "date",
    clause: "4(d)",
    quote: "and/or the Chairmanship Period (at any time before July 1, 2005)",
  }),
  goodReasonCureDays: term({
    id: "goodReasonCureDays",
    label: "Cure period for a compensation failure (Good Reason)",
    value: 10,
    unit: "days",
    clause: "4(d)(i)",
    quote:
      "which is not cured within ten (10) days after the Company receives written notice from you",
  }),
  causeCureDays: term({
    id: "causeCureDays",
    label: "Cure period for a curable material breach (Cause)",
    value: 30,
    unit: "days",
    clause: "4(a)(i)",
    quote: "remains uncured for thirty (30) days after written notice from the Company",
  }),
  notElectedBefore: term({
    id: "notElectedBefore",
    label: "Failure to be elected terminates the periods if it happens before",
    value: d("2007-06-30"),
    unit: "date",
    clause: "4(f)",
    quote:
      "at any time before June 30, 2007, the shareholders of the Company fail to elect you to the Board",
  }),
  deathSeparationDate: term({
    id: "deathSeparationDate",
    label: "Death before this date: lump sum of all remaining fees (Key Man Policy)",
    value: d("2003-06-30"),
    unit: "date",
    clause: "4(g)",
    quote:
      "In the event of your death prior to June 30, 2003 ... one lump sum ... the remainder of the Consulting Fees and Chairman Fees through June 30, 2007",
  }),
  disabilityDays: term({
    id: "disabilityDays",
    label: "Disability: consecutive calendar days unable to perform",
    value: 120,
    unit: "days",
    clause: "4(h)",
    quote:
      "unable to perform substantially all of your duties and responsibilities hereunder for one hundred twenty (120) consecutive calendar days",
  }),
  disabilityWindowDays: term({
    id: "disabilityWindowDays",
    label: "Disability: within any period of consecutive calendar days",
    value: 365,
    unit: "days",
    clause: "4(h)",
    quote: "during any period of three hundred and sixty-five (365) consecutive calendar days",
  }),
  disabilityShare: term({
    id: "disabilityShare",
    label: "Disability continuation: share of the Consulting Fees",
    value: 0.6,
    unit: "rate",
    clause: "4(h)",
    quote:
      "the Company shall continue to pay you sixty percent (60%) of the Consulting Fees through June 30, 2007",
  }),
  duressElectionBusinessDays: term({
    id: "duressElectionBusinessDays",
    label: "Financial duress: days to choose 4(c)(i)(A) or (B)",
    value: 21,
    unit: "days",
    clause: "4(c)(i)",
    quote:
      "you must inform the Board in writing whether you choose to proceed under Paragraph 4(c)(i)(A) or Paragraph 4(c)(i)(B) within twenty-one (21) business days of such notification",
  }),
  duressShareTransferBusinessDays: term({
    id: "duressShareTransferBusinessDays",
    label: "Financial duress (B): shares transferred within",
    value: 10,
    unit: "days",
    clause: "4(c)(i)(B)",
    quote:
      "such shares to be transferred to you within ten (10) business days of the date you make the election",
  }),
  optionAcceleratedMonths: term({
    id: "optionAcceleratedMonths",
    label: "Options after 4(d)/4(e): all vest, exercisable for",
    value: 12,
    unit: "months",
    clause: "3(c)(iv)(A)(i)",
    quote:
      "all of the outstanding Options will immediately vest and become exercisable, and will remain exercisable for one year from the date of termination",
  }),
  optionVestedMonths: term({
    id: "optionVestedMonths",
    label: "Options after 4(b)/4(f)/4(g)/4(h): vested options exercisable for",
    value: 12,
    unit: "months",
    clause: "3(c)(iv)(A)(ii)",
    quote:
      "all of the outstanding Options in which you are vested on the date of termination will remain exercisable for one year from the date of termination",
  }),
  optionUnvestedDays: term({
    id: "optionUnvestedDays",
    label: "Options after 4(b)/4(f)/4(g)/4(h): unvested options exercisable after vesting for",
    value: 90,
    unit: "days",
    clause: "3(c)(iv)(A)(ii)",
    quote:
      "will continue to vest ... and will be exercisable for ninety (90) days from the respective date of vesting",
  }),
  optionCauseDays: term({
    id: "optionCauseDays",
    label: "Options after 4(a)/4(c): vested options exercisable for",
    value: 90,
    unit: "days",
    clause: "3(c)(iv)(A)(iii)",
    quote:
      "you shall have ninety (90) days to exercise any of the Options in which you were vested as of the date of termination, and all unvested Options shall be forfeited",
  }),
  companyInterestJan2003: term({
    id: "companyInterestJan2003",
    label: "Company Interest in the Split Dollar Policy on 2003-01-01",
    value: 232_000,
    unit: "USD",
    clause: "3(c)(iii)(B)",
    quote:
      "the Company Interest as of January 1, 2003 (Two Hundred Thirty Two Thousand Dollars ($232,000))",
  }),
  companyInterestDate: term({
    id: "companyInterestDate",
    label: "Valuation date of the $232,000 Company Interest",
    value: d("2003-01-01"),
    unit: "date",
    clause: "3(c)(iii)(B)",
    quote: "the Company Interest as of January 1, 2003",
  }),
  splitDollarDiscountRate: term({
    id: "splitDollarDiscountRate",
    label: "Buy-out discount rate per year of remaining life expectancy",
    value: 0.03,
    unit: "rate",
    clause: "3(c)(iii)(B)",
    quote:
      "discounted by a rate of 3% over a period equal to the number of remaining years in your life expectancy at the time you buy out the Company Interest",
  }),
  keyManPremiumsThrough: term({
    id: "keyManPremiumsThrough",
    label: "Company pays Key Man Policy premiums through",
    value: d("2003-06-30"),
    unit: "date",
    clause: "3(c)(vi)",
    quote:
      "the Company ... will continue to pay the premiums due on the key man term life insurance policy ... through June 30, 2003",
  }),
  officeThrough: term({
    id: "officeThrough",
    label: "Present office and executive assistant through",
    value: d("2004-06-30"),
    unit: "date",
    clause: "3(c)(v)(A)",
    quote:
      "through June 30, 2004, the Company will continue to provide you with your present office",
  }),
  stockGrantShares: term({
    id: "stockGrantShares",
    label: "Unrestricted stock granted on 2002-12-17",
    value: 75_000,
    unit: "shares",
    clause: "2(a)",
    quote: "seventy five thousand (75,000) shares of unrestricted common stock",
  }),
  optionGrantShares: term({
    id: "optionGrantShares",
    label: "December 17, 2002 Options: shares",
    value: 50_000,
    unit: "shares",
    clause: "2(b)",
    quote: "an option to purchase fifty thousand (50,000) shares of unrestricted common stock",
  }),
  optionGrantPrice: term({
    id: "optionGrantPrice",
    label: "December 17, 2002 Options: exercise price",
    value: 1.86,
    unit: "USD/share",
    clause: "2(b)",
    quote: "at a price per share of $1.86",
  }),
  bonusPaid: term({
    id: "bonusPaid",
    label: "Bonus already paid (lump sum)",
    value: 100_000,
    unit: "USD",
    clause: "2(c)",
    quote: "one lump sum payment in the amount of One Hundred Thousand Dollars ($100,000)",
  }),
} as const;

export const TERM_LIST: readonly Term[] = Object.values(TERMS);
