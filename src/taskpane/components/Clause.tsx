/**
 * The agreement's words one click away: a clause citation renders as a
 * button that opens the verbatim clause text (clauseText from the core) in
 * a dialog. One dialog serves the whole pane; it is mounted at the first
 * citation opened, and gives the focus back to the citation when it closes.
 */
import {
  createContext,
  lazy,
  ReactNode,
  Suspense,
  useCallback,
  useContext,
  useEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import { makeStyles, tokens } from "@fluentui/react-components";
import { clauseText } from "../../core";
import { ErrorBoundary } from "./ErrorBoundary";
import { afterNextPaint } from "./first-figures";

/** Open a citation's text; the focus goes back to `from` (the citation's button) when the dialog closes. */
type OpenClause = (citation: string, from: HTMLElement) => void;
const ClauseContext = createContext<OpenClause>(() => undefined);

/** The dialog, Fluent's Dialog and Tabster with it, in a chunk of its own: requested after the first paint. */
const loadDialog = () => import(/* webpackChunkName: "clause-dialog" */ "./ClauseDialog");
const ClauseDialog = lazy(loadDialog);

const useStyles = makeStyles({
  /**
   * A citation: a native button drawn as Fluent's link (issue 19 item 9: a first screen cites a
   * clause some twenty times, and Fluent's Link is a component of its own for each).
   */
  cite: {
    whiteSpace: "nowrap",
    fontSize: tokens.fontSizeBase200,
    fontFamily: tokens.fontFamilyBase,
    lineHeight: "inherit",
    color: tokens.colorBrandForegroundLink,
    backgroundColor: "transparent",
    borderTopStyle: "none",
    borderRightStyle: "none",
    borderBottomStyle: "none",
    borderLeftStyle: "none",
    paddingTop: 0,
    paddingRight: 0,
    paddingBottom: 0,
    paddingLeft: 0,
    marginTop: 0,
    marginRight: 0,
    marginBottom: 0,
    marginLeft: 0,
    cursor: "pointer",
    textDecorationLine: "none",
    ":hover": { color: tokens.colorBrandForegroundLinkHover, textDecorationLine: "underline" },
    ":active": { color: tokens.colorBrandForegroundLinkPressed },
    ":focus-visible": {
      outlineWidth: "2px",
      outlineStyle: "solid",
      outlineColor: tokens.colorStrokeFocus2,
      outlineOffset: "1px",
      borderRadius: tokens.borderRadiusSmall,
    },
    "@media (forced-colors: active)": { color: "LinkText" },
  },
  list: {
    display: "inline-flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXXS,
    alignItems: "baseline",
  },
  plain: { color: tokens.colorNeutralForeground2 },
});

/**
 * The dialog (ClauseDialog.tsx, a chunk of its own) is rendered from the first citation opened on,
 * not before: a closed Fluent Dialog still starts Tabster (its focus-trapping library) and observes every DOM change of the first render
 * (issue 19 item 9: about 25 ms of the first figures' main-thread time in Chromium's profiles). For
 * the same reason the citations are not Tabster "restore focus" targets: the provider keeps the
 * button that opened the dialog and focuses it again once the dialog has closed, whether it was
 * opened by keyboard or by a click (which does not focus a button in Safari, Excel on Mac's engine).
 */
export function ClauseProvider({ children }: { children: ReactNode }) {
  const [citation, setCitation] = useState<string | null>(null);
  const [mounted, setMounted] = useState(false);
  const opener = useRef<HTMLElement | null>(null);
  const open = useCallback<OpenClause>((c, from) => {
    opener.current = from;
    setMounted(true);
    setCitation(c);
  }, []);
  useEffect(() => {
    if (citation !== null || !opener.current) return;
    const from = opener.current;
    opener.current = null;
    if (from.isConnected) from.focus();
  }, [citation]);
  // The dialog's chunk is fetched once the first figures are painted, so that a first citation opens at once.
  useEffect(() => afterNextPaint(() => void loadDialog().catch(() => undefined)), []);
  const close = useCallback(() => setCitation(null), []);
  return (
    <ClauseContext.Provider value={open}>
      {children}
      {mounted && (
        <ErrorBoundary section="the clause's text" onClose={close} closeLabel="Close">
          <Suspense fallback={null}>
            <ClauseDialog citation={citation} onClose={close} />
          </Suspense>
        </ErrorBoundary>
      )}
    </ClauseContext.Provider>
  );
}

/** A single citation such as "4(c)(i)" as a button that shows its text. */
export function ClauseButton({ citation }: { citation: string }) {
  const styles = useStyles();
  const open = useContext(ClauseContext);
  return (
    <button
      type="button"
      className={styles.cite}
      onClick={(e) => open(citation, e.currentTarget)}
      aria-label={`Clause ${citation}: show the agreement's text`}
    >
      {citation}
    </button>
  );
}

/**
 * A clause field as the core writes it ("4(g); 3(c)(vi)", "4(a)(i), 4(d)(i)"):
 * each citation the agreement has text for is a button, anything else
 * ("register rounding") stays plain text.
 */
export function ClauseRefs({ clause }: { clause: string }) {
  const styles = useStyles();
  const parts = useMemo(() => clause.split(/\s*[;,]\s*/).filter(Boolean), [clause]);
  return (
    <span className={styles.list}>
      {parts.map((p, i) =>
        clauseText(p) ? (
          <ClauseButton key={i} citation={p} />
        ) : (
          <span key={i} className={styles.plain}>
            {p}
          </span>
        )
      )}
    </span>
  );
}
