/**
 * Scenarios kept and compared: save the form under a name (in the workbook
 * inside Excel, in this browser stand-alone), reopen, rename or delete a
 * saved one; the comparison of saved scenarios is ComparePanel's.
 */
import { useEffect, useRef, useState } from "react";
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { scenarioProblem } from "../state/safety";
import { Removed, SavedScenario } from "../state/scenarios";
import { PaneSettings } from "../state/settings";
import { KeyStatus } from "../state/store";
import { ListOutcome } from "../state/usePaneSettings";
// The comparison (with its export and print view) comes with the later chunk (issue 19 item 9).
import { ComparePanel, Later } from "./Later";
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
  /** Stored items the pane cannot read (kept as they were), with why. */
  readonly unread: readonly string[];
  /** The saved scenarios' key: read, and its last save. */
  readonly status: KeyStatus;
  readonly saveAs: (name: string) => ListOutcome;
  readonly rename: (from: string, to: string) => ListOutcome;
  readonly remove: (name: string) => ListOutcome & { readonly removed?: Removed };
  readonly putBack: (r: Removed) => ListOutcome;
  readonly open: (s: PaneSettings) => void;
  readonly where: string;
}

/** Which control of which item gets the focus after the list changed. */
interface FocusAt {
  readonly name?: string;
  readonly action: "open" | "rename" | "undo-delete" | "list" | "name";
}

export function ScenariosPanel({
  scenarios,
  unread,
  status,
  saveAs,
  rename,
  remove,
  putBack,
  open,
  where,
}: Props) {
  const layout = useLayout();
  const styles = useStyles();
  const [name, setName] = useState("");
  const [error, setError] = useState<string>();
  const [renameError, setRenameError] = useState<string>();
  const [message, setMessage] = useState<string>();
  const [removed, setRemoved] = useState<{ r: Removed; name: string }>();
  const [renaming, setRenaming] = useState<string>();
  const [newName, setNewName] = useState("");
  const [focusAt, setFocusAt] = useState<FocusAt>();
  const panel = useRef<HTMLDivElement>(null);
  const operation = useRef(0);

  // Focus after Save, Rename, Delete and Undo: on the item concerned, the undo button or the list; never the page.
  useEffect(() => {
    if (!focusAt || !panel.current) return;
    const root = panel.current;
    const item = focusAt.name
      ? [...root.querySelectorAll<HTMLElement>("[data-scenario]")].find(
          (e) => e.dataset.scenario === focusAt.name
        )
      : undefined;
    const target =
      (focusAt.action === "undo-delete"
        ? root.querySelector<HTMLElement>("[data-action=undo-delete]")
        : focusAt.action === "name"
          ? root.querySelector<HTMLElement>("[data-action=name] input")
          : item?.querySelector<HTMLElement>(`[data-action=${focusAt.action}]`)) ??
      root.querySelector<HTMLElement>("[data-action=list]") ??
      root.querySelector<HTMLElement>("[data-action=name] input");
    target?.focus();
    setFocusAt(undefined);
  }, [focusAt]);

  /** Reports an operation: "…" while the write runs, `done` once it resolved, why not otherwise. */
  const follow = (stored: Promise<boolean> | undefined, done: string, failed: string) => {
    const id = ++operation.current;
    setMessage(`${done.replace(/\.$/, "")}: saving…`);
    void stored?.then((ok) => {
      if (id === operation.current) setMessage(ok ? done : failed);
    });
  };
  const refused = status.read !== "read";
  // Scenarios that cannot be evaluated are marked, after the first paint (each mark evaluates a scenario).
  const [marks, setMarks] = useState<ReadonlyMap<string, string | undefined>>(new Map());
  useEffect(() => {
    const timer = setTimeout(
      () => setMarks(new Map(scenarios.map((s) => [s.name, scenarioProblem(s.settings)]))),
      0
    );
    return () => clearTimeout(timer);
  }, [scenarios]);

  return (
    <div className={layout.stack} ref={panel}>
      <p className={layout.note}>
        Kept in {where}. Saving under an existing name replaces it; Undo puts back a deleted or
        replaced scenario.
      </p>
      <form
        className={layout.row}
        onSubmit={(e) => {
          e.preventDefault();
          const out = saveAs(name);
          setError(out.error);
          if (out.error) return;
          setRemoved(undefined);
          follow(
            out.stored,
            `Saved "${out.name}".`,
            `"${out.name}" is on the list here but was NOT saved in ${where}: see the message above.`
          );
          setName("");
          setFocusAt({ name: out.name, action: "open" });
        }}
      >
        <span data-action="name">
          <TextField
            label="Name of the scenario on screen"
            value={name}
            onChange={setName}
            error={error}
            testId="scenario-name"
          />
        </span>
        <Button type="submit" appearance="primary">
          Save the scenario
        </Button>
      </form>
      <p className={layout.note} role="status" aria-live="polite" data-testid="scenarios-status">
        {message}{" "}
        {removed && !scenarios.some((x) => x.name === removed.name) && (
          <Button
            size="small"
            data-action="undo-delete"
            data-testid="undo-delete"
            onClick={() => {
              const out = putBack(removed.r);
              if (out.error) {
                setMessage(out.error);
                return;
              }
              setRemoved(undefined);
              follow(
                out.stored,
                `Put back "${out.name}".`,
                `"${out.name}" is back on the list here but was NOT saved in ${where}: see the message above.`
              );
              setFocusAt({ name: out.name, action: "open" });
            }}
          >
            Undo delete of {removed.name}
          </Button>
        )}
      </p>
      {unread.length > 0 && (
        <MessageBar intent="warning" data-testid="unread-scenarios">
          <MessageBarBody>
            {unread.length === 1
              ? `1 saved scenario in ${where} could not be read (${unread[0]}); it is kept as it was and not shown.`
              : `${unread.length} saved scenarios in ${where} could not be read (${[...new Set(unread)].join("; ")}); they are kept as they were and not shown.`}
          </MessageBarBody>
        </MessageBar>
      )}
      {scenarios.length === 0 ? (
        <p className={layout.note} tabIndex={-1} data-action="list">
          {unread.length ? "No scenario this version can show." : "No scenario saved yet."}
        </p>
      ) : (
        <ul
          className={styles.list}
          aria-label={`Saved scenarios (${scenarios.length})`}
          data-testid="saved-scenarios"
          tabIndex={-1}
          data-action="list"
        >
          {scenarios.map((s) => (
            <li
              key={s.name}
              className={styles.item}
              data-testid="saved-scenario"
              data-scenario={s.name}
            >
              {renaming === s.name ? (
                <form
                  className={layout.row}
                  onSubmit={(e) => {
                    e.preventDefault();
                    const out = rename(s.name, newName);
                    setRenameError(out.error);
                    if (out.error) return;
                    setRenaming(undefined);
                    setRemoved(undefined);
                    follow(
                      out.stored,
                      `Renamed "${s.name}" to "${out.name}".`,
                      `"${s.name}" is renamed here but NOT in ${where}: see the message above.`
                    );
                    setFocusAt({ name: out.name, action: "rename" });
                  }}
                >
                  <TextField
                    label={`New name for ${s.name}`}
                    value={newName}
                    onChange={setNewName}
                    error={renameError}
                  />
                  <Button type="submit">Rename</Button>
                  <Button
                    onClick={() => {
                      setRenaming(undefined);
                      setRenameError(undefined);
                      setFocusAt({ name: s.name, action: "rename" });
                    }}
                  >
                    Cancel
                  </Button>
                </form>
              ) : (
                <>
                  <span className={styles.name}>
                    {s.name}
                    {marks.get(s.name) && (
                      <span className={layout.note} data-testid="scenario-problem">
                        {" "}
                        (cannot be evaluated: {marks.get(s.name)}; open, fix or delete)
                      </span>
                    )}
                  </span>
                  <Button
                    size="small"
                    aria-label={`Open ${s.name}`}
                    data-action="open"
                    onClick={() => {
                      open(s.settings);
                      setMessage(`Opened "${s.name}" (Undo puts back the form as it was).`);
                    }}
                  >
                    Open
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Rename ${s.name}`}
                    data-action="rename"
                    disabled={refused}
                    onClick={() => {
                      setRenaming(s.name);
                      setNewName(s.name);
                      setRenameError(undefined);
                    }}
                  >
                    Rename
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Delete ${s.name}`}
                    data-action="delete"
                    disabled={refused}
                    onClick={() => {
                      const out = remove(s.name);
                      if (out.error || !out.removed) {
                        setMessage(out.error);
                        return;
                      }
                      setRemoved({ r: out.removed, name: s.name });
                      follow(
                        out.stored,
                        `Deleted "${s.name}".`,
                        `"${s.name}" is deleted here but NOT in ${where}: see the message above.`
                      );
                      setFocusAt({ action: "undo-delete" });
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
      {scenarios.length >= 2 && (
        <Later>
          <ComparePanel scenarios={scenarios} open={open} remove={remove} />
        </Later>
      )}
    </div>
  );
}
