/**
 * Fluent's calendar (react-datepicker-compat's DatePicker) for a date field,
 * opened by the field's calendar button and loaded only then (a chunk of its
 * own, outside the pane's first paint). Its own text box is hidden: the field
 * keeps the typed text, and a picked day is written into it as YYYY-MM-DD.
 */
import { RefObject } from "react";
import { DatePicker } from "@fluentui/react-datepicker-compat";
import { iso, serial, Serial, ymd } from "../../core";

interface Props {
  /** The button the calendar opens from (and hands focus back to). */
  readonly target: RefObject<HTMLButtonElement | null>;
  /** The field's date, where its text reads as one: the calendar opens on it. */
  readonly value?: Serial;
  readonly onPick: (isoDate: string) => void;
  readonly onClose: () => void;
}

const toDate = (s: Serial) => {
  const { year, month, day } = ymd(s);
  const d = new Date(year, month - 1, day);
  d.setFullYear(year); // years before 100 are not shifted to 19xx
  return d;
};
const toIso = (d: Date) => iso(serial(d.getFullYear(), d.getMonth() + 1, d.getDate()));

export default function DatePopup({ target, value, onPick, onClose }: Props) {
  const date = value !== undefined ? toDate(value) : null;
  return (
    <DatePicker
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      value={date}
      formatDate={(d) => (d ? toIso(d) : "")}
      onSelectDate={(d) => {
        if (d) onPick(toIso(d));
        onClose();
      }}
      positioning={{ target: target.current ?? undefined }}
      root={{ style: { display: "none" }, "aria-hidden": true }}
      data-testid="date-picker"
    />
  );
}
