/**
 * The verbatim text of one clause (clauseText from the core) in Fluent's dialog, for the citation
 * the pane's ClauseProvider (Clause.tsx) opened; a chunk of its own, loaded after the first
 * figures (Fluent's Dialog brings Tabster, its focus-trapping library, with it).
 */
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { clauseText } from "../../core";

const useStyles = makeStyles({
  text: {
    whiteSpace: "pre-wrap",
    lineHeight: tokens.lineHeightBase400,
    fontSize: tokens.fontSizeBase300,
  },
});

/** Open while `citation` is a citation; `onClose` when the user closes it (Close, Escape, outside). */
export default function ClauseDialog({
  citation,
  onClose,
}: {
  citation: string | null;
  onClose: () => void;
}) {
  const styles = useStyles();
  const clause = citation ? clauseText(citation) : undefined;
  return (
    <Dialog open={citation !== null} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface aria-describedby={undefined}>
        <DialogBody>
          <DialogTitle>
            {clause ? `Paragraph ${clause.id}: ${clause.title}` : `Paragraph ${citation}`}
          </DialogTitle>
          {/* Focusable so that a long clause can be scrolled with the keyboard. */}
          <DialogContent tabIndex={0} role="region" aria-label="Clause text">
            <p className={styles.text} data-testid="clause-text">
              {clause ? clause.text : "This citation has no stored text."}
            </p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
