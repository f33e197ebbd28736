/**
 * A defect (anything but the core's BtuError, which the evaluation turns
 * into field messages) shows as a message instead of a blank pane.
 */
import { Component, ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface State {
  readonly error?: Error;
}

export class ErrorBoundary extends Component<
  { children: ReactNode; onError?: (error: Error) => void },
  State
> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  /** Tells the pane (settings restored at load that fail are not kept on screen, issue 18). */
  componentDidCatch(error: Error): void {
    this.props.onError?.(error);
  }

  render() {
    if (!this.state.error) return this.props.children;
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>The pane hit an internal error</MessageBarTitle>
          {this.state.error.message}. Please report it with the inputs that caused it.{" "}
          <Button size="small" onClick={() => this.setState({ error: undefined })}>
            Try again
          </Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
}
