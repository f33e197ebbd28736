/**
 * The agreement's words, clause by clause, for the task pane's "clause text"
 * and for traces. Transcribed from the public filing (Exhibit 10.50: BTU
 * International, Inc. letter agreement of February 7, 2003 with Paul van der
 * Wansem, and Exhibit 1, the Collateral Assignment Agreement); whitespace
 * normalised, page numbers removed, wording unchanged.
 */

export interface ClauseText {
  readonly id: string;
  readonly title: string;
  readonly text: string;
}

export const CLAUSES: readonly ClauseText[] = [
  {
    id: "Preamble",
    title: "Preamble",
    text: 'Dear Paul: As we discussed, we have mutually agreed that it is appropriate for you to transition out of your employment relationship with BTU International, Inc. (the "Company"). As a result, your employment with the Company will end on June 30, 2003 (the "Separation Date"). In light of your knowledge and experience, however, and your potential to make significant contributions to the Company, the Company wishes to retain your services as a consultant and as Chairman of the Board of Directors (the "Board") for a period of time following the Separation Date. The purpose of this letter is to confirm the agreement between you and the Company:',
  },
  {
    id: "1",
    title: "Transition Period",
    text: '1. TRANSITION PERIOD. Provided that you continue to meet your obligations under this Agreement and under the Company\'s Corporate Code of Conduct (the "Code of Conduct"), the Company will continue your employment from the date of this letter through the Separation Date (the "Transition Period"). During the Transition Period, the Company (a) will continue to pay you your base salary, at your current base rate of pay; (b) will continue your participation in all benefit plans in which you were enrolled as of December 31, 2002; and (c) will continue to provide you with all other benefits you were receiving as of December 31, 2002.',
  },
  {
    id: "2",
    title: "Payments",
    text: "2. PAYMENTS. The Company has provided you the following:",
  },
  {
    id: "2(a)",
    title: "Unrestricted stock grant",
    text: '(a) UNRESTRICTED STOCK GRANT. On December 17, 2002, the Compensation Committee of the Board granted you seventy five thousand (75,000) shares of unrestricted common stock of the Company pursuant to the 1993 Equity Incentive Plan (the "Equity Incentive Plan").',
  },
  {
    id: "2(b)",
    title: "Stock options",
    text: '(b) STOCK OPTIONS. On December 17, 2002, the Compensation Committee of the Board granted you an option to purchase fifty thousand (50,000) shares of unrestricted common stock of the Company at a price per share of $1.86 (the "December 17, 2002 Options"). The December 17, 2002 Options are not intended to qualify as incentive stock options under Section 422 of the Internal Revenue Code of 1986, as amended. The December 17, 2002 Options shall vest and become exercisable as set forth in the Equity Incentive Plan and the applicable option certificate. The December 17, 2002 Options shall be subject to the Equity Incentive Plan.',
  },
  {
    id: "2(c)",
    title: "Bonus payment",
    text: "(c) BONUS PAYMENT. The Company provided you with one lump sum payment in the amount of One Hundred Thousand Dollars ($100,000).",
  },
  {
    id: "3",
    title: "Consulting and Chairmanship Periods",
    text: '3. CONSULTING AND CHAIRMANSHIP PERIODS. Provided that you continue to meet your obligations under this Agreement and under the Code of Conduct, (i) the Company hereby engages your services as a consultant to the Company for the period commencing as of the Separation Date and terminating on June 30, 2007, unless earlier terminated as provided in Paragraph 4 hereof (the "Consulting Period"), and (ii) the Company will nominate you to serve as a Director of the Company and, if you are elected by the Company\'s shareholders to serve as a Director of the Company, you will serve as Chairman of the Board for the period terminating June 30, 2007, unless earlier terminated as provided in Paragraph 4 hereof (the "Chairmanship Period"); provided that if the Chairmanship Period terminates prior to June 30, 2007 pursuant to Paragraphs 4(b), 4(c), 4(d) or 4(f) hereof, the Company will continue to nominate you to serve as a Director of the Company at each applicable shareholders\' meeting until June 30, 2007. If the Company chooses to nominate you to serve as a Director of the Company after June 30, 2007, and if you are so elected by the Company\'s shareholders, you will serve as a Director of the Company for the term to which you were elected, and you will receive compensation equal to the stipend provided annually to other members of the Board.',
  },
  {
    id: "3(a)",
    title: "Fees",
    text: '(a) FEES. As compensation for your services as Chairman of the Board during the Chairmanship Period, the Company shall pay you a fee at the rate of One Hundred Thousand Dollars ($100,000) per year from July 1, 2003 through the remainder of the Chairmanship Period, payable bi-weekly (the "Chairman Fee"). As compensation for your making yourself available to provide consulting services during the Consulting Period, regardless of whether the Company chooses to utilize your services, the Company shall pay you a consulting fee of Two Hundred Four Thousand Dollars ($204,000) per year during the Consulting Period, payable bi-weekly (the "Consulting Fee"). Because you will be an independent contractor and not an employee after the Separation Date, the Consulting Fee and the Chairman Fee are not subject to withholding for Social Security, unemployment, Medicare, federal, state or local income or other taxes, and all taxes and other legally required payments shall be your sole responsibility.',
  },
  {
    id: "3(b)",
    title: "Services",
    text: "(b) SERVICES. During the Chairmanship Period, you shall devote as much business time as is necessary to discharge your duties and responsibilities as Chairman. In addition, during the Consulting Period, you shall make yourself available for up to six hundred (600) hours per contract year (July 1 through June 30) to provide such advice and consulting services, reasonably related to your skills and experience and consistent with your former duties as Chief Executive Officer, that the Company may, through its Chief Executive Officer or Board, from time to time request, including but not limited to advice relating to transition issues and special projects. You agree to advise the Company of any periods of your unavailability due to vacations or other reasonable absences, and the Company agrees to coordinate with you any periods during which your availability will be required, so as to continue to meet your needs and those of the Company throughout the Consulting Period and Chairmanship Period.",
  },
  {
    id: "3(c)",
    title: "Other terms",
    text: "(c) OTHER TERMS. The following terms and conditions shall apply to your relationship with the Company:",
  },
  {
    id: "3(c)(i)",
    title: "No other plans; COBRA",
    text: "(i) After the Separation Date, you will not participate in, or receive benefits under, any bonus or other compensation plan, any stock option plan, any employee benefit plan or other employee plan, program or arrangement of the Company, except as expressly provided in this Agreement or as expressly provided by the Board; nor will you be eligible to earn paid time off. You may elect to continue your participation and that of your eligible dependents in the Company's group health plan or other eligible plans under the federal law known as COBRA by paying the full premium cost, with no additional administrative fee.",
  },
  {
    id: "3(c)(ii)",
    title: "Business expenses",
    text: "(ii) The Company will reimburse you, in accordance with Company policies regarding reimbursement of business expenses as amended from time to time, for all business expenses which you necessarily and reasonably incur in performing your duties hereunder.",
  },
  {
    id: "3(c)(iii)",
    title: "Split-dollar life insurance",
    text: '(iii) You and the Company will execute, no later than the date you sign this Agreement, a Collateral Assignment Agreement in the form attached hereto as EXHIBIT 1 (the "Collateral Assignment Agreement") regarding the split-dollar life insurance policy issued by New York Life Insurance Company, identified as Policy Number 40-572-487 (the "Split Dollar Policy"). Further, you agree to execute promptly any documents requested by New York Life Insurance Company in connection with the Collateral Assignment Agreement.',
  },
  {
    id: "3(c)(iii)(A)",
    title: "Company Interest and Insured Interest",
    text: '(A) The Collateral Assignment Agreement is expressly intended to supersede any collateral assignment agreements or other agreements regarding the Company\'s rights with respect to Policy Number 40-572-487 that have been executed previously by you, by the Company, or by you and the Company. Under the Collateral Assignment Agreement, which is expressly incorporated herein, you assign to the Company an amount of the cash value of the Split Dollar Policy equal to the amount of the Company contribution to payment of the premiums of the Split Dollar Policy (the "Company Interest") and you retain all ownership of the remaining cash value of the Split Dollar Policy (the "Insured Interest"). The premiums on the Split Dollar Policy will continue to be paid using the dividends on the Split Dollar Policy, provided that you will be responsible for payment of the premiums in the event that the dividends are insufficient to pay the premiums. The Company Interest and the Insured Interest will continue to grow pro rata (based on their respective percentages of the cash value of the Split Dollar Policy) as additional premiums are paid on the Split Dollar Policy, provided that if, in the event that dividends on the Split Dollar Policy are insufficient to pay the premiums, you pay the balance of any premium due yourself, and New York Life Insurance Company demonstrates that any increase in the cash value of the Split Dollar Policy is solely attributable to a payment made by you to cover the difference between the premium due and the dividend on the Split Dollar Policy, such increase in the cash value shall be apportioned solely to the Insured Interest.',
  },
  {
    id: "3(c)(iii)(B)",
    title: "Death benefit and buy-out",
    text: "(B) In the event of your death at any time prior to your buy-out of the Company Interest as described below, the Company will receive a benefit equal to the sum of the Company Interest as of January 1, 2003 (Two Hundred Thirty Two Thousand Dollars ($232,000)) and any amount of cash build-up that accumulated in the Company Interest subsequent to January 1, 2003 as a result of the pro rata growth formula set forth in Paragraph 3(c)(iii)(A) above. You will continue to maintain the Split Dollar Policy at least until such time as you buy out the Company Interest. To buy out the Company Interest, you must pay to the Company an amount equal to the sum of the Company Interest as of January 1, 2003 (Two Hundred Thirty Two Thousand Dollars ($232,000)) and any amount of cash build-up that accumulated in the Company Interest subsequent to January 1, 2003 as a result of the pro rata growth formula set forth in Paragraph 3(c)(iii)(A) above, discounted by a rate of 3% over a period equal to the number of remaining years in your life expectancy at the time you buy out the Company Interest, as set forth in trade publications for the life insurance industry.",
  },
  {
    id: "3(c)(iii)(C)",
    title: "No borrowing",
    text: "(C) The Company agrees that it will not borrow against the Company Interest and/or any amount of cash build-up that accumulates in the Company Interest subsequent to January 1, 2003 as a result of the pro rata growth formula set forth in Paragraph 3(c)(iii)(A) above, at any time following the effective date of this Agreement.",
  },
  {
    id: "3(c)(iv)",
    title: "Options",
    text: '(iv) All options to purchase the common stock of the Company that have been granted to you, whether pursuant to Paragraph 2(b) hereof or otherwise (the "Options"), will continue to vest and become exercisable in accordance with the vesting schedules set forth in the Equity Incentive Plan and the applicable option certificates, provided this is consistent with applicable law.',
  },
  {
    id: "3(c)(iv)(A)",
    title: "Options on termination",
    text: "(A) Notwithstanding any provision to the contrary in the Equity Incentive Plan or the applicable option certificates: (i) upon termination of the Consulting Period or Chairmanship Period pursuant to Paragraphs 4(d) or 4(e) hereof, all of the outstanding Options will immediately vest and become exercisable, and will remain exercisable for one year from the date of termination of the Consulting Period or the Chairmanship Period, as appropriate; (ii) upon termination pursuant to Paragraphs 4(b), 4(f), 4(g) or 4(h) hereof, all of the outstanding Options in which you are vested on the date of termination will remain exercisable for one year from the date of termination, and all of the outstanding Options in which you are not vested on the date of termination will continue to vest in accordance with the Equity Incentive Plan and applicable option certificates, and will be exercisable for ninety (90) days from the respective date of vesting; and (iii) in the event of termination pursuant to Paragraphs 4(a) or 4(c) hereof, you shall have ninety (90) days to exercise any of the Options in which you were vested as of the date of termination, and all unvested Options shall be forfeited.",
  },
  {
    id: "3(c)(iv)(B)",
    title: "Options on a merger",
    text: "(B) In the event of a consolidation or merger in which the Company is not the surviving entity, the Company will, if so requested by you, exercise reasonable efforts to obtain for you a replacement stock option award from the surviving entity, equivalent in value to the value of the outstanding Options on the date the consolidation or merger becomes effective. If the Company is unable to secure a replacement stock option award for you, all of the outstanding Options will vest and become exercisable immediately prior to the consolidation or merger. Except as otherwise expressly provided in this Paragraph 3(c)(iv), the terms and conditions of the Options shall remain unchanged and shall be governed by the terms of the Equity Incentive Plan and any other applicable stock option grant certificate.",
  },
  {
    id: "3(c)(v)",
    title: "Office and assistant",
    text: "(v) In connection with your services to the Company under this Agreement: (A) through June 30, 2004, the Company will continue to provide you with your present office at the Company and will continue to allow you to utilize the services of the individual currently employed as your executive assistant, or a replacement for your current assistant; and (B) after June 30, 2004, the Company will provide you with appropriate office space and secretarial support at the Company's Billerica, Massachusetts location or elsewhere, as agreed to by you and the Company.",
  },
  {
    id: "3(c)(vi)",
    title: "Key Man Policy",
    text: '(vi) The Company will continue as the beneficiary and will continue to pay the premiums due on the key man term life insurance policy that is maintained by First Colony Life Insurance Company, identified as Policy Number 2692639 (the "Key Man Policy"), if any such premiums are due, through June 30, 2003. On July 1, 2003, the Company will discontinue payment of the premiums, at which time you shall have the option of assuming ownership, and becoming the beneficiary, of the Key Man Policy and continuing payment of the premiums yourself.',
  },
  {
    id: "4",
    title: "Termination",
    text: "4. TERMINATION OF THE TRANSITION PERIOD, CONSULTING PERIOD AND CHAIRMANSHIP PERIOD. Notwithstanding the provisions of Paragraphs 1 and 3 hereof, the Transition Period, Consulting Period and/or Chairmanship Period will terminate under the following circumstances:",
  },
  {
    id: "4(a)",
    title: "By the Company for Cause",
    text: "(a) BY THE COMPANY FOR CAUSE. The Company may terminate the Transition Period, Consulting Period and/or the Chairmanship Period for Cause at any time upon notice to you setting forth in reasonable detail such Cause. The following, as determined by the Board in its reasonable judgment, shall constitute Cause: (i) material breach by you of any provision of this Agreement, which breach, if susceptible to cure, remains uncured for thirty (30) days after written notice from the Company specifying the nature of such breach; (ii) fraud, embezzlement or other material dishonesty with respect to the Company or any of its Affiliates; or (iii) conviction of, or plea of nolo contendre or guilty to, a felony or other crime involving moral turpitude. Upon the giving of notice of termination for Cause, the Company shall have no further obligation to you, other than for any base salary, Chairman Fees or Consulting Fees that were earned but not paid through the date of notice, or as expressly set forth in this Agreement.",
  },
  {
    id: "4(b)",
    title: "By the Company other than for Cause",
    text: "(b) BY THE COMPANY OTHER THAN FOR CAUSE. The Company may terminate the Consulting Period and/or the Chairmanship Period other than for Cause under the following circumstances:",
  },
  {
    id: "4(b)(i)",
    title: "Board ends the Consulting Period",
    text: "(i) Beginning on July 1, 2004, the Board may elect to terminate the Consulting Period at any time upon three months' prior written notice. In the event of such termination, in addition to any Consulting Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum in an amount representing the remainder of the Consulting Fees that would have been due had the Consulting Period continued through June 30, 2007.",
  },
  {
    id: "4(b)(ii)",
    title: "Board ends the Chairmanship Period",
    text: "(ii) Beginning on July 1, 2005, the Board may elect to terminate the Chairmanship Period at any time upon three months' prior written notice, provided that the Board may not terminate the Chairmanship Period if it has not simultaneously or previously terminated the Consulting Period. In the event of such termination, in addition to any Chairman Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum in an amount representing the remainder of the Chairman Fees that would have been due had the Chairmanship Period continued through June 30, 2007. If the Board elects to terminate the Chairmanship Period pursuant to this paragraph 4(b)(ii), you will have the option of remaining on the Board as a Member with the title of Chairman Emeritus until June 30, 2007, without any additional compensation.",
  },
  {
    id: "4(c)",
    title: "By you other than for Good Reason",
    text: "(c) BY YOU OTHER THAN FOR GOOD REASON. You may terminate the Consulting Period and/or the Chairmanship Period under the following circumstances:",
  },
  {
    id: "4(c)(i)",
    title: "You end the Consulting Period",
    text: "(i) Beginning on July 1, 2004, you may elect to terminate the Consulting Period at any time upon three months' prior written notice. In the event of such termination, in addition to any Consulting Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum in an amount representing the remainder of the Consulting Fees that would have been due had the Consulting Period continued through June 30, 2007, less a discount equal to three percent (3%) per year for each year (and at the same rate for any partial year) of such remaining payments (the \"Consulting Lump Sum Payment\"); provided that if, at the time you provide notice of termination under this Paragraph 4(c)(i), the Company is in a state of financial duress as determined by the Board, in good faith after consultation with you, the Board may choose to delay the Consulting Lump Sum Payment, in which case you will have the option of either (A) receiving bi-weekly payments of the Consulting Fee, as described in Paragraph 3(a) hereof, until such time as the Company is no longer in a state of financial duress, as determined by the Board, in good faith after consultation with you, at which time the Company will pay you the remaining balance due on the Consulting Lump Sum Payment; or (B) receiving the entire value of the Consulting Lump Sum Payment, or a portion of such value to be designated by you, in shares of the Company's unrestricted common stock, the number of shares to be calculated using the fair market value of such shares on the date you choose to exercise the option set forth in this Paragraph 4(c)(i)(B), such shares to be transferred to you within ten (10) business days of the date you make the election. If you elect the option described in Paragraph 4(c)(i)(B) and elect to receive any portion less than 100% of the Consulting Lump Sum Payment in shares of unrestricted common stock, the remaining balance of the Consulting Lump Sum Payment will be paid to you in bi-weekly payments as described in Paragraph 3(a) hereof, until such time as you have received the entire value of the Consulting Lump Sum Payment through the combination of unrestricted common stock and bi- weekly payments. If the Board notifies you that it has elected to delay the Consulting Lump Sum Payment due to financial duress, you must inform the Board in writing whether you choose to proceed under Paragraph 4(c)(i)(A) or Paragraph 4(c)(i)(B) within twenty-one (21) business days of such notification. If you do not inform the Board of your choice in a timely manner, you will receive bi-weekly payments in accordance with Paragraph 4(c)(i)(A).",
  },
  {
    id: "4(c)(ii)",
    title: "You end the Chairmanship Period",
    text: '(ii) Beginning on July 1, 2005, you may elect to terminate the Chairmanship Period at any time upon three months\' prior written notice. If you elect to terminate the Chairmanship Period pursuant to this Paragraph 4(c)(ii), you will have the option of remaining on the Board as a Member with the title of Chairman Emeritus until June 30, 2007, without any additional compensation. In the event of such termination pursuant to this Paragraph 4(c)(ii), in addition to any Chairman Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum in an amount representing the remainder of the Chairman Fees that would have been due had the Chairmanship Period continued through June 30, 2007, less a discount equal to three percent (3%) per year for each year (and at the same rate for any partial year) of such remaining payments (the "Chairmanship Lump Sum Payment").',
  },
  {
    id: "4(d)",
    title: "By you for Good Reason",
    text: "(d) BY YOU FOR GOOD REASON. You may terminate the Transition Period (at any time before June 30, 2003), the Consulting Period (at any time before July 1, 2004) and/or the Chairmanship Period (at any time before July 1, 2005), for Good Reason upon notice to the Company setting forth in reasonable detail such Good Reason. The following shall constitute Good Reason to terminate the Transition Period, the Chairmanship Period and/or the Consulting Period: (i) a material failure of the Company to provide you with compensation and benefits in accordance with the terms this Agreement which is not cured within ten (10) days after the Company receives written notice from you describing such material failure; or (ii) a material breach of this Agreement by the Company which breach causes harm to you. In the event of termination of the Transition Period, Consulting Period and/or Chairmanship Period pursuant to this Paragraph 4(d), in addition to any amounts earned but unpaid prior to the termination date, the Company shall pay you a lump sum in the amount representing the remainder of the Consulting Fees and/or Chairman Fees, as applicable, through June 30, 2007.",
  },
  {
    id: "4(e)",
    title: "Upon a Change of Control",
    text: "(e) UPON A CHANGE OF CONTROL. If a Change of Control, as defined in Paragraph 7(b) hereof, occurs during the Chairmanship Period or the Consulting Period, then, in lieu of any other payments due you under this Agreement, the Company shall provide you, immediately prior to the Change of Control, the following benefits: (i) the Company shall pay you one lump sum in an amount representing the remainder of the Consulting Fees and Chairman Fees through June 30, 2007; and (ii) all of the outstanding Options described in Paragraph 3(c)(iv) hereof shall vest and become exercisable.",
  },
  {
    id: "4(f)",
    title: "Upon failure to be elected to the Board",
    text: "(f) UPON FAILURE TO BE ELECTED TO THE BOARD. In the event that, at any time before June 30, 2007, the shareholders of the Company fail to elect you to the Board, the Chairmanship Period and the Consulting Period shall immediately terminate. In the event of such termination, in addition to any base salary, Consulting Fees and Chairman Fees that were earned but unpaid prior to the termination date, the Company shall pay you one lump sum in an amount representing the remainder of the Consulting Fees and Chairman Fees through June 30, 2007.",
  },
  {
    id: "4(g)",
    title: "Death",
    text: "(g) DEATH. In the event of your death prior to June 30, 2003: (A) the Chairmanship Period and the Transition Period shall immediately terminate, and (B) in addition to any base salary that was earned but unpaid prior to the termination date, the Company shall pay to your designated beneficiary or, if no beneficiary has been designated, to your estate, one lump sum in an amount representing the remainder of the Consulting Fees and Chairman Fees through June 30, 2007, such lump sum to be funded through the Key Man Policy referenced in Paragraph 3(c)(vi) above. In the event of your death subsequent to June 30, 2003, the Chairmanship Period and the Consulting Period shall immediately terminate, and the Company shall pay to your designated beneficiary or, if no beneficiary has been designated, to your estate, any Consulting Fees and Chairman Fees that were earned but unpaid prior to the termination date.",
  },
  {
    id: "4(h)",
    title: "Disability",
    text: "(h) DISABILITY. The Company may terminate the Consulting Period upon notice to you, in the event that you become disabled through any illness, injury, accident or condition of either a physical or psychological nature and, as a result, are unable to perform substantially all of your duties and responsibilities hereunder for one hundred twenty (120) consecutive calendar days during any period of three hundred and sixty-five (365) consecutive calendar days. During any period of your disability, you shall continue to receive the Consulting Fees until termination of the Consulting Period pursuant to this Paragraph 4(h). In the event of such termination, in addition to any Consulting Fees that were earned but unpaid prior to the termination date, the Company shall continue to pay you sixty percent (60%) of the Consulting Fees through June 30, 2007.",
  },
  {
    id: "5",
    title: "Taxation",
    text: "5. TAXATION. Except as otherwise provided herein, all payments by the Company under this Agreement shall be reduced by all taxes and other amounts which the Company is legally required to withhold and all other deductions authorized by you.",
  },
  {
    id: "6",
    title: "Acknowledgments",
    text: "6. ACKNOWLEDGMENTS. You agree that, except as expressly provided in this Agreement, no further compensation is owed to you. Without limiting the generality of the preceding sentence, you acknowledge that you will not be eligible to receive any bonus compensation other than that expressly provided under Paragraph 1(c) above. You will not continue to earn vacation or other paid time off after the Separation Date and, other than any right you may have to continue participation in the Company's group health and benefit plans at your cost under the federal law known as COBRA following the Separation Date, your participation in all Company employee benefit plans and programs will end as of the Separation Date, in accordance with the terms of those plans and programs. You will not receive any stock options, restricted stock, unrestricted stock, or other equity of the Company, whether under an equity incentive plan or otherwise, except as expressly provided in this Agreement or expressly provided by the Board of Directors.",
  },
  {
    id: "7",
    title: "Definitions",
    text: '7. DEFINITIONS. As used in this Agreement, (a) "Affiliates" means all persons and entities directly or indirectly controlling, controlled by or under common control with the Company, where control may be by equity interest or otherwise, but excluding the present or future management of the Company. (b) "Change of Control" means the occurrence of any of the following: (i) any Person or "group" (within the meaning of Section 13(d)(3) or 14(d)(2), as amended, of the Securities Exchange Act of 1934 (the "Exchange Act")), other than the Company or any of its Affiliates or any trustee or other fiduciary holding securities under an employee benefit plan of the Company or one of its Affiliates, becomes a beneficial owner (within the meaning of Rule 13d-3, as amended, as promulgated under the Securities Exchange Act of 1934), directly or indirectly, in one or a series of transactions, of securities representing more than fifty percent (50%) of the combined voting power of the then outstanding securities of the Company; (ii) there occurs a closing of a sale or other disposition by the Company of all or substantially all of the assets of the Company other than to one of more of the Company\'s Affiliates or any trustee or other fiduciary holding securities under an employee benefit plan of the Company or any of its Affiliates; or (iii) a merger or consolidation in which the Company is not the surviving corporation.',
  },
  {
    id: "8",
    title: "Miscellaneous provisions",
    text: "8. MISCELLANEOUS PROVISIONS. This letter and the Collateral Assignment Agreement attached as EXHIBIT 1 contain the entire agreement between you and the Company and replace all prior and contemporaneous agreements, communications and understandings, whether written or oral, with respect to your employment and its termination and all related matters, excluding only the Code of Conduct, the Equity Incentive Plan, and the stock option certificates applicable to the Options, which shall remain in full force and effect in accordance with their terms. This Agreement may not be modified or amended, and no breach shall be waived, unless agreed in writing, signed by you and an expressly authorized representative of the Company. This Agreement may not be assigned without the written consent of both parties. This Agreement shall be binding upon, and shall inure to the benefit of, the parties and their respective successors, heirs, executors, and permitted assigns. Provisions of this Agreement shall survive termination of this Agreement if so provided in this Agreement or if necessary for the enforcement of other surviving provisions. This Agreement may be executed in two or more counterparts, each of which shall be an original and all of which together shall constitute one and the same instrument. This is a Massachusetts contract and shall be governed by and construed in accordance with the laws of the Commonwealth of Massachusetts, without regard to the conflict of law principles thereof.",
  },
  {
    id: "9",
    title: "Representations",
    text: "9. REPRESENTATIONS. In signing this Agreement, you give the Company assurance that you have signed it voluntarily and with a full understanding of its terms; that you have had sufficient opportunity to consider this Agreement and to consult with anyone of your choosing before signing; and that, in signing this Agreement, you have not relied on any promises or representations, express or implied, that are not set forth here expressly.",
  },
  {
    id: "Exhibit 1",
    title: "Collateral Assignment Agreement",
    text: 'COLLATERAL ASSIGNMENT AGREEMENT For value received, I hereby assign unto BTU International, Inc., North Billerica, Massachusetts (the "Assignee"), the policy of Insurance known as 40-572-487 issued by new York Life Insurance Company (the "Policy") on the life of Paul J. van der Wansem (the "Owner"), as collateral security to the extent of the indebtedness of the Owner to the Assignee. This Collateral Assignment Agreement is expressly intended to supersede any collateral assignment agreements or other agreements regarding Policy Number 40-572-487 that have been executed previously by the Owner, by the Assignee, or by the Owner and the Assignee. Except as expressly herein granted to the Assignee, the Owner shall retain all incidents of ownership in the policy.',
  },
];

/** The clauses by id, built on the first look-up: a bundle that never looks one up (the custom functions) leaves the agreement's text out. */
let byId: Map<string, ClauseText> | undefined;
const BY_ID = {
  get: (id: string): ClauseText | undefined =>
    (byId = byId ?? new Map(CLAUSES.map((c) => [c.id, c]))).get(id),
};

/**
 * The text of a clause by its citation ("4(c)(i)"); a citation that names a
 * sub-clause without its own entry ("4(c)(i)(B)", "3(c)(iv)(A)(ii)") falls back
 * to the nearest enclosing clause.
 */
export function clauseText(citation: string): ClauseText | undefined {
  let id = citation.trim();
  for (;;) {
    const hit = BY_ID.get(id);
    if (hit) return hit;
    const shorter = id.replace(/\([^()]*\)$/, "");
    if (shorter === id) return undefined;
    id = shorter;
  }
}
