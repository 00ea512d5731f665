// One request at a time per screen: progress after half a second, the error as a sentence with a one-click retry,
// and the outcome as a sentence. The screen's inputs live in its own state, so a failure never clears them.
import { useCallback, useRef, useState } from "react";
import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { HostError } from "../../api/client.js";
import { usePane } from "./context.js";

export const progressAfterMs = 500;

/** A problem with what the user typed, shown like the host's sentences (and, like them, kept beside the form). */
export class FormProblem extends HostError {
  constructor(sentence) {
    super(sentence, 400, null);
  }
}

export function useTask() {
  const { t } = usePane();
  const [state, setState] = useState({ busy: false, slow: false, error: null, message: null });
  const last = useRef(null);
  const run = useCallback(async (work) => {
    last.current = work;
    setState({ busy: true, slow: false, error: null, message: null });
    const timer = setTimeout(() => setState((s) => (s.busy ? { ...s, slow: true } : s)), progressAfterMs);
    try {
      const message = await work();
      setState({ busy: false, slow: false, error: null, message: message ?? null });
    } catch (error) {
      const sentence = error instanceof HostError ? error.message : t("error.office", { message: error?.message ?? String(error) });
      // A problem with what was typed is fixed in the form, not retried as it is.
      setState({ busy: false, slow: false, error: sentence, retryable: !(error instanceof FormProblem), message: null });
    } finally {
      clearTimeout(timer);
    }
  }, [t]);
  const retry = useCallback(() => last.current && run(last.current), [run]);
  const clear = useCallback(() => setState({ busy: false, slow: false, error: null, message: null }), []);
  return { ...state, run, retry, clear };
}

/** The task's progress, error (with Retry) or outcome, announced to screen readers. */
export function TaskStatus({ task }) {
  const { t } = usePane();
  return (
    <div aria-live="polite" className="task-status">
      {task.busy && task.slow && <Spinner size="tiny" label={t("busy")} labelPosition="after" data-testid="progress" />}
      {task.error && (
        <MessageBar intent="error" role="alert" data-testid="error">
          <MessageBarBody>{task.error}</MessageBarBody>
          {task.retryable && (
            <MessageBarActions>
              <Button size="small" onClick={task.retry}>{t("retry")}</Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {task.message && (
        <MessageBar intent="success" data-testid="outcome">
          <MessageBarBody>{task.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
