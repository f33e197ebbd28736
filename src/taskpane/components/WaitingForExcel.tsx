/**
 * Shown inside an Office frame when Office has not reported ready after a
 * few seconds (src/taskpane/office/host.ts): the pane is waiting for Excel,
 * not broken, and says what the user can do.
 */
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalM}`,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalM,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
});

export function WaitingForExcel() {
  const styles = useStyles();
  return (
    <div className={styles.page} role="status" data-testid="waiting-for-excel">
      <Spinner size="small" label="Waiting for Excel…" />
      <p className={styles.note}>
        Excel has not said the add-in is ready yet. The pane opens as soon as it does; if it stays
        like this, close the pane and open it again from Home &gt; BTU Agreement.
      </p>
    </div>
  );
}
