// Asks before a Hugging Face Hub model is downloaded (tens of MB from another origin): download, or
// go back to the built-in model. Shared by the text lab and the chat.

interface Props {
  /** The question: which model, how large, from where. */
  question: string;
  downloadLabel: string;
  builtinLabel: string;
  onDownload: () => void;
  onUseBuiltin: () => void;
}

export function HubConsent({ question, downloadLabel, builtinLabel, onDownload, onUseBuiltin }: Props) {
  return (
    <div role="group" aria-labelledby="hub-consent-question" data-testid="hub-consent"
      className="max-w-3xl space-y-2 rounded-xl border border-amber-400 bg-amber-50 p-4 text-sm dark:border-amber-700 dark:bg-amber-950/40">
      <p id="hub-consent-question" className="font-semibold">{question}</p>
      <div className="flex flex-wrap gap-2">
        <button type="button" data-testid="hub-download" onClick={onDownload}
          className="rounded-md bg-sky-700 px-3 py-1 text-white hover:bg-sky-800">{downloadLabel}</button>
        <button type="button" data-testid="hub-use-builtin" onClick={onUseBuiltin}
          className="rounded-md border border-slate-300 px-3 py-1 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800">{builtinLabel}</button>
      </div>
    </div>
  );
}
