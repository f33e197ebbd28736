/**
 * The task pane: choose what happened under paragraph 4, see the
 * consequences, switch interpretations, and put the result in the workbook
 * (Excel) or download it (stand-alone).
 */
import { startTransition, useEffect, useMemo, useState } from "react";
import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ComparisonChart } from "./charts/ComparisonChart";
import { TimelineChart } from "./charts/TimelineChart";
import { ChoicesPanel } from "./components/ChoicesPanel";
import { ClauseProvider } from "./components/Clause";
import { DuressForm } from "./components/DuressForm";
import { ErrorBoundary } from "./components/ErrorBoundary";
import { OutputPanel } from "./components/OutputPanel";
import { ResultView } from "./components/ResultView";
import { ScenarioForm } from "./components/ScenarioForm";
import { SplitDollarPanel } from "./components/SplitDollarPanel";
import { useLayout } from "./components/styles";
import { TranchesEditor } from "./components/TranchesEditor";
import { interpretation } from "../core";
import { COMPARISON_RATE, evaluate } from "./model/evaluate";
import { evaluateSplitDollar } from "./model/splitDollar";
import { Host } from "./office/host";
import { SettingsStore } from "./state/store";
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
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

export function App({ host, store }: { host: Host; store: SettingsStore }) {
  const styles = useStyles();
  const layout = useLayout();
  const { settings, update, setScenario, saveError, restored } = usePaneSettings(store);
  // First paint: the form only (inputs validated, nothing computed); the figures follow in a transition.
  const [figures, setFigures] = useState(false);
  const evaluation = useMemo(
    () => evaluate(settings, figures ? "figures" : "inputs"),
    [settings, figures]
  );
  const result = evaluation.result;
  const splitDollar = useMemo(
    () => (figures ? evaluateSplitDollar(settings.splitDollar, evaluation.choices) : undefined),
    [figures, settings.splitDollar, evaluation.choices]
  );
  const setChoice = (id: string, value: string) => {
    const next = { ...settings.choices };
    if (value === interpretation(id).default) delete next[id];
    else next[id] = value;
    update({ choices: next });
  };
  const inExcel = host.kind === "excel";

  useEffect(() => {
    // Time to interactive (bench/taskpane.ts): the scenario picker is rendered and enabled.
    performance.mark("btu-interactive");
    startTransition(() => setFigures(true));
  }, []);
  useEffect(() => {
    if (figures) performance.mark("btu-figures");
  }, [figures]);

  return (
    <ClauseProvider>
      <div className={styles.page}>
        <header className={styles.header}>
          <h1 className={styles.title}>BTU separation agreement</h1>
          <p className={layout.note} data-testid="mode">
            {inExcel
              ? `Termination scenarios under paragraph 4, in Excel. Settings are saved with ${store.where}.`
              : `Stand-alone calculator on the agreement's embedded terms (${host.kind === "standalone" ? host.reason : ""}); downloads instead of insertion. Settings are kept in ${store.where}.`}
            {restored ? " Restored your last settings." : ""}
          </p>
          {saveError && (
            <MessageBar intent="warning">
              <MessageBarBody>
                Settings could not be saved in {store.where}: {saveError}
              </MessageBarBody>
            </MessageBar>
          )}
        </header>
        <main>
          <ErrorBoundary>
            <section className={layout.section} aria-labelledby="h-scenario">
              <h2 id="h-scenario" className={layout.heading}>
                What happened
              </h2>
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
                  onChange={(d) => update({ duress: { ...settings.duress, ...d } })}
                />
              )}
            </section>

            <section className={layout.section} aria-labelledby="h-options">
              <h2 id="h-options" className={layout.heading}>
                Options: vesting schedule
              </h2>
              <TranchesEditor
                tranches={settings.tranches}
                errors={evaluation.errors}
                onChange={(tranches) => update({ tranches })}
              />
            </section>

            <section className={layout.section} aria-labelledby="h-result" data-testid="result">
              <h2 id="h-result" className={layout.heading}>
                Consequences
              </h2>
              {!figures ? (
                <Spinner size="small" label="Calculating…" />
              ) : result ? (
                <>
                  <ResultView
                    evaluation={evaluation}
                    result={result}
                    tranches={settings.tranches}
                  />
                  <TimelineChart
                    flows={result.flows}
                    baseline={result.baseline}
                    T={result.T}
                    scenarioClause={evaluation.scenario.clause}
                    shares={result.payout.shares}
                  />
                  <ComparisonChart
                    comparison={result.comparison}
                    unavailable={result.unavailable}
                    T={result.T}
                    chosen={evaluation.scenario.code}
                    rate={COMPARISON_RATE}
                  />
                </>
              ) : (
                <MessageBar intent="warning" data-testid="no-result">
                  <MessageBarBody>
                    No figures: correct the fields marked above. Each message cites the clause it
                    applies.
                  </MessageBarBody>
                </MessageBar>
              )}
            </section>

            {figures && splitDollar && (
              <>
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

                <section className={layout.section} aria-labelledby="h-choices">
                  <h2 id="h-choices" className={layout.heading}>
                    Interpretation choices
                  </h2>
                  <ChoicesPanel
                    settings={settings}
                    evaluation={evaluation}
                    onChange={(choices) => update({ choices })}
                  />
                </section>

                <section className={layout.section} aria-labelledby="h-output">
                  <h2 id="h-output" className={layout.heading}>
                    {inExcel ? "Put it in the workbook" : "Download"}
                  </h2>
                  <OutputPanel
                    inExcel={inExcel}
                    evaluation={evaluation}
                    splitDollar={splitDollar}
                    schedule={settings.schedule}
                    onSchedule={(schedule) => update({ schedule })}
                  />
                </section>
              </>
            )}
          </ErrorBoundary>
        </main>
      </div>
    </ClauseProvider>
  );
}
