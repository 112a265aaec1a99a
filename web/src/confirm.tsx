// The app's own confirmation dialog, in place of the browser's window.confirm: it carries the
// app's words and styles, names the action on its button, and works the same in every browser.
// A modal <dialog>: the browser traps focus inside it; Escape answers "no".
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';

export interface ConfirmOptions {
  title: string;
  body: ReactNode;
  /** The button that goes ahead, named for the action ("Sign note"), never just "OK". */
  confirm: string;
  cancel?: string;
  danger?: boolean;
}

interface Pending {
  opts: ConfirmOptions;
  resolve: (yes: boolean) => void;
}

export function ConfirmDialog({ opts, onAnswer }: { opts: ConfirmOptions; onAnswer: (yes: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = ref.current;
    if (d !== null && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby="confirm-title"
      aria-describedby="confirm-text"
      onCancel={(e) => {
        e.preventDefault();
        onAnswer(false);
      }}
    >
      <h2 id="confirm-title">{opts.title}</h2>
      <div id="confirm-text">{typeof opts.body === 'string' ? <p>{opts.body}</p> : opts.body}</div>
      <div className="actions">
        <button type="button" className={opts.danger === true ? 'danger' : 'primary'} onClick={() => onAnswer(true)}>
          {opts.confirm}
        </button>
        <button type="button" onClick={() => onAnswer(false)}>
          {opts.cancel ?? 'Cancel'}
        </button>
      </div>
    </dialog>
  );
}

/** `ask(…)` opens the dialog and resolves with the answer; render `dialog` somewhere in the screen. */
export function useConfirm(): { dialog: ReactNode; ask: (opts: ConfirmOptions) => Promise<boolean> } {
  const [pending, setPending] = useState<Pending | null>(null);
  const ask = useCallback((opts: ConfirmOptions) => new Promise<boolean>((resolve) => setPending({ opts, resolve })), []);
  const dialog =
    pending === null ? null : (
      <ConfirmDialog
        opts={pending.opts}
        onAnswer={(yes) => {
          setPending(null);
          pending.resolve(yes);
        }}
      />
    );
  return { dialog, ask };
}
