/**
 * A defect (anything but the core's BtuError, which the evaluation turns
 * into field messages) shows as a message instead of a blank pane.
 */
import { Component, ReactNode } from "react";
import { Button, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

interface State {
  readonly error?: Error;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = {};

  static getDerivedStateFromError(error: Error): State {
    return { error };
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
