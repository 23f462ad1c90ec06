import { Component, type ErrorInfo, type ReactNode } from 'react';

/**
 * Keeps a failure in one view from blanking the page: the rest of the explorer stays usable and the
 * failed part shows a calm message with a way to try again.
 */
export class ErrorBoundary extends Component<
  { fallback: (retry: () => void) => ReactNode; children: ReactNode; resetKey?: unknown },
  { failed: boolean; resetKey?: unknown }
> {
  override state: { failed: boolean; resetKey?: unknown } = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: { resetKey?: unknown }, state: { failed: boolean; resetKey?: unknown }) {
    // Moving to another scene gives the view a fresh start.
    return props.resetKey !== state.resetKey ? { failed: false, resetKey: props.resetKey } : null;
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.warn('[ketamine-explorer] A view failed and was replaced by a message:', error.message, info.componentStack ?? '');
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback(() => this.setState({ failed: false })) : this.props.children;
  }
}
