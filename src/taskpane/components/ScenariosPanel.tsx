/**
 * Scenarios kept and compared: save the form under a name (in the workbook
 * inside Excel, in this browser stand-alone), reopen, rename or delete a
 * saved one; the comparison of saved scenarios is ComparePanel's.
 */
import { useState } from "react";
import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { SavedScenario } from "../state/scenarios";
import { PaneSettings } from "../state/settings";
import { ComparePanel } from "./ComparePanel";
import { TextField } from "./fields";
import { useLayout } from "./styles";

const useStyles = makeStyles({
  item: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  name: {
    flexGrow: 1,
    minWidth: "8em",
    overflowWrap: "anywhere",
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { margin: 0, padding: 0, listStyleType: "none" },
});

interface Props {
  readonly scenarios: readonly SavedScenario[];
  readonly saveAs: (name: string) => string | undefined;
  readonly rename: (from: string, to: string) => string | undefined;
  readonly remove: (name: string) => void;
  readonly open: (s: PaneSettings) => void;
  readonly where: string;
}

export function ScenariosPanel({ scenarios, saveAs, rename, remove, open, where }: Props) {
  const layout = useLayout();
  const styles = useStyles();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [status, setStatus] = useState<string>();
  const [renaming, setRenaming] = useState<string>();
  const [newName, setNewName] = useState("");
  return (
    <div className={layout.stack}>
      <p className={layout.note}>Kept in {where}. Saving under an existing name replaces it.</p>
      <form
        className={layout.row}
        onSubmit={(e) => {
          e.preventDefault();
          const err = saveAs(name);
          setError(err);
          setStatus(err ? undefined : `Saved "${name.trim()}".`);
          if (!err) setName("");
        }}
      >
        <TextField
          label="Name of the scenario on screen"
          value={name}
          onChange={setName}
          error={error}
          testId="scenario-name"
        />
        <Button type="submit" appearance="primary">
          Save the scenario
        </Button>
      </form>
      <p className={layout.note} role="status" aria-live="polite">
        {status}
      </p>
      {scenarios.length === 0 ? (
        <p className={layout.note}>No scenario saved yet.</p>
      ) : (
        <ul className={styles.list} aria-label="Saved scenarios" data-testid="saved-scenarios">
          {scenarios.map((s) => (
            <li key={s.name} className={styles.item} data-testid="saved-scenario">
              {renaming === s.name ? (
                <form
                  className={layout.row}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const err = rename(s.name, newName);
                    setError(err);
                    if (!err) {
                      setRenaming(undefined);
                      setStatus(`Renamed "${s.name}" to "${newName.trim()}".`);
                    }
                  }}
                >
                  <TextField
                    label={`New name for ${s.name}`}
                    value={newName}
                    onChange={setNewName}
                  />
                  <Button type="submit">Rename</Button>
                  <Button onClick={() => setRenaming(undefined)}>Cancel</Button>
                </form>
              ) : (
                <>
                  <span className={styles.name}>{s.name}</span>
                  <Button
                    size="small"
                    aria-label={`Open ${s.name}`}
                    onClick={() => {
                      open(s.settings);
                      setStatus(`Opened "${s.name}" (Undo puts back the form as it was).`);
                    }}
                  >
                    Open
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Rename ${s.name}`}
                    onClick={() => {
                      setRenaming(s.name);
                      setNewName(s.name);
                    }}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Delete ${s.name}`}
                    onClick={() => {
                      remove(s.name);
                      setStatus(`Deleted "${s.name}".`);
                    }}
                  >
                    Delete
                  </Button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      {scenarios.length >= 2 && <ComparePanel scenarios={scenarios} open={open} remove={remove} />}
    </div>
  );
}
