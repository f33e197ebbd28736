/**
 * The two figure cells of one interpretation reading: the figure under it and
 * its difference from the reading in force, right-aligned; or, where the
 * figure does not exist under that reading, the core's error across both.
 * Used by the sensitivity table and the split-dollar buy-out readings.
 */
import { makeStyles, TableCell, tokens } from "@fluentui/react-components";
import Decimal from "decimal.js";
import { useLayout } from "./styles";
import { dollars } from "../model/words";

const useStyles = makeStyles({
  error: { color: tokens.colorPaletteRedForeground1, overflowWrap: "break-word" },
});

interface Props {
  readonly cellClassName: string;
  /** The core's message where the figure does not exist under this reading. */
  readonly error?: string;
  readonly figure?: Decimal;
  readonly difference?: Decimal;
  readonly testIds: {
    readonly error?: string;
    readonly figure: string;
    readonly difference: string;
  };
}

export function ReadingFigures({ cellClassName, error, figure, difference, testIds }: Props) {
  const styles = useStyles();
  const layout = useLayout();
  if (error !== undefined)
    return (
      <TableCell className={cellClassName} colSpan={2} data-testid={testIds.error}>
        <span className={styles.error}>{error}</span>
      </TableCell>
    );
  return (
    <>
      <TableCell className={cellClassName} data-testid={testIds.figure}>
        <span className={layout.figure}>{figure !== undefined ? dollars(figure) : ""}</span>
      </TableCell>
      <TableCell className={cellClassName} data-testid={testIds.difference}>
        <span className={layout.figure}>{difference !== undefined ? dollars(difference) : ""}</span>
      </TableCell>
    </>
  );
}
