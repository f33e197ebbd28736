/**
 * The task pane: choose what happened under paragraph 4, see the
 * consequences, switch interpretations, and put the result in the workbook
 * (Excel) or download it (stand-alone).
 */
import { ReactNode, useEffect, useMemo, useState } from "react";
import { flushSync } from "react-dom";
import { Button, makeStyles, MessageBar, MessageBarBody, tokens } from "@fluentui/react-components";
import { ClauseProvider } from "./components/Clause";
import { DuressForm } from "./components/DuressForm";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { afterNextPaint, useAfterFirstPaint } from "./components/first-figures";
// The panels below the headline figures come from a chunk of their own (issue 19 item 9).
import {
  ChoicesPanel,
  Later,
  LedgerPanel,
  loadLater,
  OutputPanel,
  preloadLater,
  PrintMemo,
  ScenarioCharts,
  SplitDollarPanel,
} from "./components/Later";
import { ResultView } from "./components/ResultView";
import { ScenariosPanel } from "./components/ScenariosPanel";
import { ScenarioForm } from "./components/ScenarioForm";
import { useLayout } from "./components/styles";
import { TranchesEditor } from "./components/TranchesEditor";
import { interpretation } from "../core";
import { evaluate } from "./model/evaluate";
import { evaluateSplitDollar } from "./model/splitDollar";
import { Host } from "./office/host";
import { StoredList } from "./state/scenarios";
import { DEFAULT_SETTINGS, PaneSettings } from "./state/settings";
import { KeyStatus, SettingsStore } from "./state/store";
import { printingComparison } from "./state/print-target";
import { usePaneSettings } from "./state/usePaneSettings";

const useStyles = makeStyles({
  page: {
    boxSizing: "border-box",
    maxWidth: "720px",
    margin: "0 auto",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    fontFamily: tokens.fontFamilyBase,
    color: tokens.colorNeutralForeground1,
    minWidth: 0,
  },
  header: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalM,
  },
  /** Everything on screen; printing shows the memo instead. */
  screen: { "@media print": { display: "none" } },
  fold: { minWidth: 0 },
  summary: {
    cursor: "pointer",
    paddingTop: tokens.spacingVerticalXXS,
    paddingBottom: tokens.spacingVerticalXXS,
    "&:focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  inline: { display: "inline" },
  foldBody: { paddingTop: tokens.spacingVerticalM },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** A section that folds (native details/summary: keyboard and screen readers as everywhere); opening state is the user's. */
function Fold({
  id,
  title,
  open,
  testId,
  children,
}: {
  id: string;
  title: string;
  open: boolean;
  testId?: string;
  children: ReactNode;
}) {
  const layout = useLayout();
  const styles = useStyles();
  return (
    <section className={layout.section} aria-labelledby={id} data-testid={testId}>
      <details open={open} className={styles.fold} data-fold={id}>
        <summary className={styles.summary}>
          <h2 id={id} className={`${layout.heading} ${styles.inline}`}>
            {title}
          </h2>
        </summary>
        <div className={`${layout.stack} ${styles.foldBody}`}>
          <ErrorBoundary section={`the section "${title}"`}>{children}</ErrorBoundary>
        </div>
      </details>
    </section>
  );
}

interface AppProps {
  readonly host: Host;
  readonly store: SettingsStore;
  readonly initial?: PaneSettings;
  readonly initialScenarios?: StoredList;
}

/**
 * One stored key's status, as long as it matters: could not be read (Retry),
 * kept unread (set aside), or its last save failed (until a save of that key
 * succeeds). Nothing when all is well.
 */
function KeyStatusBar({
  what,
  where,
  status,
  retry,
  setAside,
  testId,
}: {
  what: "settings" | "saved scenarios";
  where: string;
  status: KeyStatus;
  retry: () => void;
  setAside: () => void;
  testId: string;
}) {
  const layout = useLayout();
  const What = what.charAt(0).toUpperCase() + what.slice(1);
  const lines: ReactNode[] = [];
  if (status.read === "failed")
    lines.push(
      <span key="read">
        Your {what} in {where} could not be read ({status.readProblem}). Nothing is saved over them
        until they are read.{" "}
        <Button size="small" onClick={retry} data-testid={`${testId}-retry`}>
          Retry
        </Button>
      </span>
    );
  if (status.read === "unreadable")
    lines.push(
      <span key="unread">
        The {what} stored in {where} are not read by this version: {status.readProblem}. They are
        kept as they are and not saved over.{" "}
        <Button size="small" onClick={setAside} data-testid={`${testId}-set-aside`}>
          Keep them aside and save here from now on
        </Button>
      </span>
    );
  if (status.writeError)
    lines.push(
      <span key="write">
        {What} could not be saved in {where}: {status.writeError.replace(/\.$/, "")}.{" "}
        {status.write === "saving" ? "Saving again…" : "Not saved yet."}
      </span>
    );
  if (!lines.length) return null;
  return (
    <MessageBar
      intent={status.read === "unreadable" && !status.writeError ? "warning" : "error"}
      layout="multiline"
      data-testid={testId}
    >
      <MessageBarBody className={layout.stack}>{lines}</MessageBarBody>
    </MessageBar>
  );
}

export function App({ host, store, initial, initialScenarios }: AppProps) {
  const styles = useStyles();
  const layout = useLayout();
  const pane = usePaneSettings(store, initial, initialScenarios);
  const { settings, update, setScenario, restored } = pane;
  // First paint: the form and the headline figures in one render (issue 19 item 9: a first render of the
  // form alone, then the figures in a transition, rendered the form twice and showed the figures later).
  const [printing, setPrinting] = useState(false);
  // The option tranches and the saved scenarios, below the headline on a first screen, render just after
  // it is painted (issue 19 item 9: their render and layout delayed the first figures' paint).
  const belowTheFold = useAfterFirstPaint();
  // Settings the pane cannot evaluate (a defect, not a field message) never blank the pane; restored ones are not kept on screen (issue 18 item 3).
  const attempt = useMemo(() => {
    try {
      return { evaluation: evaluate(settings) };
    } catch (e) {
      const failure = (e instanceof Error ? e.message : String(e)).slice(0, 200);
      return { evaluation: evaluate(DEFAULT_SETTINGS), failure };
    }
  }, [settings]);
  const { evaluation } = attempt;
  const split = useMemo(() => {
    if (attempt.failure) return {};
    try {
      return { splitDollar: evaluateSplitDollar(settings.splitDollar, evaluation.choices) };
    } catch (e) {
      return { failure: (e instanceof Error ? e.message : String(e)).slice(0, 200) };
    }
  }, [attempt.failure, settings.splitDollar, evaluation.choices]);
  const { splitDollar } = split;
  const failure = attempt.failure ?? split.failure;
  const result = failure ? undefined : evaluation.result;
  const { failedToShow } = pane;
  useEffect(() => {
    if (failure) failedToShow(failure);
  }, [failure, failedToShow]);
  const setChoice = (id: string, value: string) => {
    const next = { ...settings.choices };
    if (value === interpretation(id).default) delete next[id];
    else next[id] = value;
    update({ choices: next });
  };
  const inExcel = host.kind === "excel";
  // The first view is an example until the user changes a field (or settings were restored).
  const [example] = useState(settings);
  const showExample = !restored && settings === example;

  useEffect(() => {
    // Time to interactive and to the first figures (bench/taskpane.ts): the form and the headline are rendered.
    performance.mark("btu-interactive");
    performance.mark("btu-figures");
    // The later chunk is requested once the first figures are on screen.
    return afterNextPaint(preloadLater);
  }, []);
  // The memo is rendered for printing only (its sensitivity table recomputes PAYOUT under each reading).
  useEffect(() => {
    // The comparison of saved scenarios prints its own view (issue 21 item 4), without the memo.
    const before = () => {
      if (!printingComparison()) flushSync(() => setPrinting(true));
    };
    const after = () => setPrinting(false);
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  // The memo comes with the later chunk: printing waits for it (it is usually there already).
  const print = () => {
    const go = () => {
      flushSync(() => setPrinting(true));
      window.print();
    };
    loadLater().then(go, go);
  };

  return (
    <ClauseProvider>
      <div className={`${styles.page} ${styles.screen}`}>
        <header className={styles.header}>
          <h1 className={styles.title}>BTU separation agreement</h1>
          <p className={layout.note} data-testid="mode">
            {inExcel
              ? `Termination scenarios under paragraph 4, in Excel. Settings and saved scenarios are kept in ${store.where}.`
              : `Stand-alone calculator: downloads instead of insertion into a workbook. Settings and saved scenarios are kept in ${store.where}.`}
            {restored ? " Restored your last settings." : ""}
          </p>
          {host.kind === "standalone" && host.inOffice && (
            <MessageBar intent="warning" data-testid="fallback-reason">
              <MessageBarBody>
                Running stand-alone inside Office: {host.reason}. Figures are downloaded rather than
                inserted, and settings are kept in this browser, not in the workbook. Close the pane
                and open it again to retry.
              </MessageBarBody>
            </MessageBar>
          )}
          {showExample && (
            <MessageBar intent="info" data-testid="example-note">
              <MessageBarBody>
                Example figures: change the scenario or the dates below to see your own.
              </MessageBarBody>
            </MessageBar>
          )}
          <div className={layout.row}>
            <Button
              size="small"
              disabledFocusable={!pane.undo}
              onClick={pane.undo}
              data-testid="undo"
              title={
                pane.undoKind === "list"
                  ? "Puts back the saved scenarios as they were before the last save, rename or delete"
                  : "Puts back the form as it was before the last change"
              }
            >
              {pane.undoKind === "list"
                ? "Undo the last change to the saved scenarios"
                : "Undo the last change"}
            </Button>
            <Button size="small" onClick={print} data-testid="print-memo">
              Print the scenario memo
            </Button>
          </div>
          <KeyStatusBar
            what="settings"
            where={store.where}
            status={pane.settingsStatus}
            retry={() => void pane.retry()}
            setAside={() => void pane.setAside("settings")}
            testId="store-settings"
          />
          <KeyStatusBar
            what="saved scenarios"
            where={store.where}
            status={pane.scenariosStatus}
            retry={() => void pane.retry()}
            setAside={() => void pane.setAside("scenarios")}
            testId="store-scenarios"
          />
        </header>
        {failure && (
          <MessageBar intent="error" data-testid="cannot-evaluate">
            <MessageBarBody>
              These settings cannot be evaluated ({failure}); no figures are shown. Undo puts back
              the form as it was.
            </MessageBarBody>
          </MessageBar>
        )}
        <main>
          <ErrorBoundary key={pane.resets} onError={(e) => pane.failedToShow(e.message)}>
            <Fold id="h-scenario" title="What happened" open>
              <ScenarioForm
                settings={settings}
                evaluation={evaluation}
                update={update}
                setScenario={setScenario}
              />
              {settings.scenario === "4c-i" && (
                <DuressForm
                  duress={settings.duress}
                  errors={evaluation.errors}
                  readings={evaluation.readings}
                  onChange={(d) => update({ duress: { ...settings.duress, ...d } })}
                />
              )}
            </Fold>

            <Fold id="h-result" title="Consequences" open testId="result">
              {result ? (
                <>
                  <ResultView
                    evaluation={evaluation}
                    result={result}
                    tranches={settings.tranches}
                  />
                  <Later>
                    <ScenarioCharts evaluation={evaluation} result={result} />
                  </Later>
                </>
              ) : (
                <MessageBar intent="warning" data-testid="no-result">
                  <MessageBarBody>
                    No figures: correct the fields marked above. Each message says what the field
                    takes.
                  </MessageBarBody>
                </MessageBar>
              )}
            </Fold>

            <Later>
              <Fold
                id="h-ledger"
                title="Ledger: tax, years, owed, roll-forward"
                open={false}
                testId="ledger-section"
              >
                <LedgerPanel
                  evaluation={evaluation}
                  result={result}
                  ledger={settings.ledger}
                  onLedger={(patch) => update({ ledger: { ...settings.ledger, ...patch } })}
                />
              </Fold>
            </Later>

            {belowTheFold && (
              <>
                <Fold id="h-options" title="Options: vesting schedule" open>
                  <TranchesEditor
                    tranches={settings.tranches}
                    errors={evaluation.errors}
                    warnings={evaluation.warnings}
                    readings={evaluation.readings}
                    onChange={(tranches) => update({ tranches })}
                  />
                </Fold>

                <Fold
                  id="h-scenarios"
                  title="Saved scenarios"
                  open={pane.scenarios.length + pane.unread.length > 0}
                >
                  <ScenariosPanel
                    scenarios={pane.scenarios}
                    unread={pane.unread}
                    status={pane.scenariosStatus}
                    saveAs={pane.saveAs}
                    rename={pane.rename}
                    remove={pane.remove}
                    putBack={pane.putBack}
                    open={pane.replace}
                    where={store.where}
                  />
                </Fold>
              </>
            )}

            {splitDollar && (
              <Later>
                <section
                  className={layout.section}
                  aria-labelledby="h-split-dollar"
                  data-testid="split-dollar-section"
                >
                  <SplitDollarPanel
                    settings={settings.splitDollar}
                    choices={settings.choices}
                    evaluation={splitDollar}
                    onChange={(patch) =>
                      update({ splitDollar: { ...settings.splitDollar, ...patch } })
                    }
                    onChoice={setChoice}
                  />
                </section>

                <Fold id="h-choices" title="Interpretation choices" open={false}>
                  <ChoicesPanel
                    settings={settings}
                    evaluation={evaluation}
                    onChange={(choices) => update({ choices })}
                  />
                </Fold>

                <Fold
                  id="h-output"
                  title={inExcel ? "Put it in the workbook" : "Download"}
                  open={false}
                >
                  <OutputPanel
                    inExcel={inExcel}
                    evaluation={evaluation}
                    splitDollar={splitDollar}
                    schedule={settings.schedule}
                    onSchedule={(schedule) => update({ schedule })}
                  />
                </Fold>
              </Later>
            )}
          </ErrorBoundary>
        </main>
      </div>
      {printing && (
        <PrintMemo settings={settings} evaluation={evaluation} splitDollar={splitDollar} />
      )}
    </ClauseProvider>
  );
}
