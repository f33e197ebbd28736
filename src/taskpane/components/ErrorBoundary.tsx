/**
 * A defect (anything but the core's BtuError, which the evaluation turns
 * into field messages) shows as a message instead of a blank pane. Each
 * section of the pane has its own boundary, so a defect in one section
 * leaves the others working (issue 18). "Try again" re-renders the section;
 * when the section's own state is what fails, `onClose` offers a way out
 * that does not render the same state again (e.g. closing a comparison).
 */
import { Component, ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface Props {
  readonly children: ReactNode;
  /** The section's name, as the message says it ("the comparison"). */
  readonly section?: string;
  /** A way out that changes the state the section renders, with its button's label. */
  readonly onClose?: () => void;
  readonly closeLabel?: string;
  /** Told of the error (settings restored at load that fail are not kept on screen, issue 18). */
  readonly onError?: (error: Error) => void;
}

interface State {
  readonly error?: Error;
  /** How many times "Try again" was pressed on the same failure. */
  readonly tries: number;
}

export class ErrorBoundary extends Component<Props, State> {
  state: State = { tries: 0 };

  static getDerivedStateFromError(error: Error): Partial<State> {
    return { error };
  }

  /** Tells the pane (settings restored at load that fail are not kept on screen, issue 18). */
  componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  render() {
    const { error, tries } = this.state;
    if (!error) return this.props.children;
    const where = this.props.section ? ` in ${this.props.section}` : "";
    return (
      <MessageBar intent="error" layout="multiline" data-testid="section-error">
        <MessageBarBody>
          <MessageBarTitle>The pane hit an internal error{where}</MessageBarTitle>
          {error.message.slice(0, 300)}. Please report it with the inputs that caused it.
          {tries > 0 ? " Trying again gave the same error." : ""}{" "}
          {this.props.onClose && (
            <Button
              size="small"
              appearance="primary"
              onClick={() => {
                this.props.onClose?.();
                this.setState({ error: undefined, tries: 0 });
              }}
            >
              {this.props.closeLabel ?? "Close"}
            </Button>
          )}{" "}
          <Button
            size="small"
            onClick={() => this.setState({ error: undefined, tries: tries + 1 })}
          >
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
