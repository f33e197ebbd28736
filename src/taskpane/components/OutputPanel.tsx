/**
 * Getting the figures out: in Excel, insert the live summary block or a
 * schedule table (to a new sheet or the selected cell, asking before writing
 * over anything); everywhere, download a schedule as .xlsx or CSV.
 */
import { useRef, useState } from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Spinner,
  useRestoreFocusTarget,
} from "@fluentui/react-components";
import { toCsv } from "../download/csv";
import { saveFile } from "../download/save";
import { toXlsx, XLSX_TYPE } from "../download/xlsx";
import {
  Insertion,
  scheduleInsertion,
  splitDollarInsertion,
  summaryInsertion,
} from "../excel/blocks";
import { insert, Target, writerSupported } from "../excel/writer";
import { selfTestInsertion } from "../excel/selftest";
import { Evaluation } from "../model/evaluate";
import { scheduleTable } from "../model/schedules";
import { SplitDollarEvaluation } from "../model/splitDollar";
import { ScheduleKind } from "../state/settings";
import { SelectField } from "./fields";
import { useLayout } from "./styles";
import { dollars } from "../model/words";

type Status =
  { readonly intent: "success" | "error" | "info" | "warning"; readonly text: string } | undefined;

interface Pending {
  readonly address: string;
  readonly count: number;
  readonly what: string;
  readonly answer: (ok: boolean) => void;
}

const SCHEDULES: Record<ScheduleKind, string> = {
  consulting: "Consulting Fee, bi-weekly (FEE_SCHEDULE)",
  chairman: "Chairman Fee, bi-weekly (FEE_SCHEDULE)",
  payout: "This termination's payments (PAYOUT_SCHEDULE)",
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

interface Props {
  readonly inExcel: boolean;
  readonly evaluation: Evaluation;
  /** 3(c)(iii): inserted as its own block once complete. */
  readonly splitDollar?: SplitDollarEvaluation;
  readonly schedule: ScheduleKind;
  readonly onSchedule: (kind: ScheduleKind) => void;
}

export function OutputPanel({ inExcel, evaluation, splitDollar, schedule, onSchedule }: Props) {
  const layout = useLayout();
  const [target, setTarget] = useState<Target>("new-sheet");
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>();
  const [pending, setPending] = useState<Pending>();
  const answered = useRef(false);
  const restoreFocus = useRestoreFocusTarget(); // the confirmation dialog gives focus back to the insert button
  const table = scheduleTable(schedule, evaluation);
  const supported = inExcel && writerSupported();

  const run = async (what: string, job: () => Promise<Status>) => {
    setBusy(true);
    setStatus({ intent: "info", text: `${what}…` });
    try {
      setStatus(await job());
    } catch (e) {
      setStatus({ intent: "error", text: `${what} failed: ${message(e)}` });
    } finally {
      setBusy(false);
    }
  };

  const confirm = (address: string, count: number, what: string) =>
    new Promise<boolean>((resolve) => {
      answered.current = false;
      setPending({ address, count, what, answer: resolve });
    });
  const answer = (ok: boolean) => {
    if (!pending || answered.current) return;
    answered.current = true;
    pending.answer(ok);
    setPending(undefined);
  };

  const insertInto = (ins: Insertion) =>
    run(`Inserting ${ins.what}`, async () => {
      const out = await insert(ins, target, confirm);
      if (out.status === "cancelled")
        return { intent: "info", text: "Cancelled: nothing was written." };
      if (out.status === "refused")
        return { intent: "warning", text: `Not written: ${out.reason}.` };
      return { intent: "success", text: `Inserted ${ins.what} in '${out.sheet}'!${out.address}.` };
    });

  // Always a new sheet with a name no other sheet has: never over a user's cells.
  const selfTest = () =>
    run("Writing the self-test", async () => {
      const ins = selfTestInsertion();
      const out = await insert(ins, "new-sheet", confirm);
      if (out.status !== "written")
        return { intent: "warning", text: "Not written: the self-test goes on a new sheet." };
      return {
        intent: "success",
        text: `Wrote ${ins.what} to '${out.sheet}'!${out.address}: cell B1 says PASS when every check passes.`,
      };
    });

  const download = (kind: "xlsx" | "csv") =>
    table &&
    run(`Preparing the ${kind === "xlsx" ? ".xlsx" : "CSV"} file`, async () => {
      if (kind === "xlsx") saveFile(await toXlsx(table), XLSX_TYPE, `${table.fileName}.xlsx`);
      else saveFile(toCsv(table), "text/csv;charset=utf-8", `${table.fileName}.csv`);
      return {
        intent: "success",
        text: `Downloaded ${table.fileName}.${kind} (${table.rows.length} rows).`,
      };
    });

  const downloadAudit = () =>
    evaluation.result &&
    evaluation.choices &&
    run("Preparing the audit workbook", async () => {
      const result = evaluation.result as NonNullable<Evaluation["result"]>;
      const { auditWorkbook, auditFileName } = await import(
        /* webpackChunkName: "audit" */ "../download/audit"
      );
      const { data, figures } = await auditWorkbook(
        evaluation,
        result,
        evaluation.choices as NonNullable<Evaluation["choices"]>
      );
      saveFile(data, XLSX_TYPE, `${auditFileName(result)}.xlsx`);
      return {
        intent: "success",
        text: `Downloaded ${auditFileName(result)}.xlsx: ${figures} figures rebuilt with native Excel formulas beside the add-in's.`,
      };
    });

  const result = evaluation.result;
  return (
    <div className={layout.stack}>
      {inExcel && !supported && (
        <MessageBar intent="warning">
          <MessageBarBody>
            This version of Excel lacks the API the pane writes with (ExcelApi 1.7); use the
            downloads below.
          </MessageBarBody>
        </MessageBar>
      )}
      {supported && (
        <>
          <Field label="Write to">
            <RadioGroup value={target} onChange={(_, d) => setTarget(d.value as Target)}>
              <Radio value="new-sheet" label="A new sheet" />
              <Radio
                value="selection"
                label="The selected cell (asks before writing over anything)"
              />
            </RadioGroup>
          </Field>
          <div className={layout.row}>
            <Button
              {...restoreFocus}
              appearance="primary"
              disabled={busy || !result}
              onClick={() => result && insertInto(summaryInsertion(evaluation, result))}
            >
              Insert the summary (live formulas)
            </Button>
            {splitDollar?.started && (
              <Button
                {...restoreFocus}
                disabled={busy || !splitDollar.buyouts}
                onClick={() => splitDollar.buyouts && insertInto(splitDollarInsertion(splitDollar))}
              >
                Insert the split-dollar buy-out (live formulas)
              </Button>
            )}
          </div>
          {!result && (
            <p className={layout.note}>Correct the scenario above to insert its summary.</p>
          )}
          <div className={layout.row}>
            <Button
              {...restoreFocus}
              disabled={busy}
              onClick={selfTest}
              aria-describedby="btu-selftest-hint"
            >
              Check this add-in in this workbook
            </Button>
          </div>
          <p id="btu-selftest-hint" className={layout.note}>
            Writes a new sheet of =BTU. formulas beside figures worked by hand from the agreement,
            each with a PASS/FAIL cell Excel computes.
          </p>
        </>
      )}
      <SelectField
        label="Payment schedule"
        hint={
          table
            ? `${table.rows.length} rows, total ${dollars(table.total)}.`
            : "Needs a valid scenario and choices."
        }
        value={schedule}
        onChange={(k) => onSchedule(k as ScheduleKind)}
        options={(Object.keys(SCHEDULES) as ScheduleKind[]).map((k) => ({
          value: k,
          text: SCHEDULES[k],
        }))}
      />
      <div className={layout.row}>
        {supported && (
          <Button
            {...restoreFocus}
            disabled={busy || !table || table.rows.length === 0}
            onClick={() => table && insertInto(scheduleInsertion(table))}
          >
            Insert as a table
          </Button>
        )}
        <Button disabled={busy || !table} onClick={() => download("xlsx")}>
          Download .xlsx
        </Button>
        <Button disabled={busy || !table} onClick={() => download("csv")}>
          Download CSV
        </Button>
      </div>
      <div className={layout.row}>
        <Button
          disabled={busy || !result || !evaluation.choices}
          onClick={downloadAudit}
          aria-describedby="btu-audit-hint"
          data-testid="download-audit"
        >
          Download the audit workbook
        </Button>
      </div>
      <p id="btu-audit-hint" className={layout.note}>
        The audit workbook rebuilds this scenario with native Excel formulas only (the pay calendar,
        ROUND, XNPV, SUMPRODUCT, EDATE, WORKDAY) beside the add-in&apos;s figures and a difference
        cell, so the figures can be verified without the add-in.
      </p>
      {busy && <Spinner size="tiny" label="Working…" />}
      {status && !busy && (
        <MessageBar intent={status.intent} data-testid="output-status">
          <MessageBarBody>{status.text}</MessageBarBody>
        </MessageBar>
      )}
      <Dialog
        modalType="alert"
        open={pending !== undefined}
        onOpenChange={(_, d) => !d.open && answer(false)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Write over existing cells?</DialogTitle>
            <DialogContent>
              {pending &&
                `${pending.address} is not empty: ${pending.what}. Writing replaces them; Excel's Undo may not restore them.`}
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => answer(true)}>
                Write over them
              </Button>
              <Button onClick={() => answer(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
