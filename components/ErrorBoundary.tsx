import { Component, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** The view, as the message names it: "The quiz", "The model coach". */
  name: string;
  children?: ReactNode;
}

interface ErrorBoundaryState {
  error: Error | null;
}

/**
 * One view that throws while rendering shows a short message in its place instead of blanking
 * the page: the panel's other sections, the popup's quiz and the options page's other sections keep
 * working. Give it a `key` that changes with what it shows (the problem, the tab) to try again.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, ErrorBoundaryState> {
  override state: ErrorBoundaryState = { error: null };

  static getDerivedStateFromError(error: unknown): ErrorBoundaryState {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <p role="alert" className="status-error" data-testid="view-error">
        {this.props.name} could not be shown ({error.message}). The rest of Sparring still works; closing and
        reopening this page tries again.
      </p>
    );
  }
}
