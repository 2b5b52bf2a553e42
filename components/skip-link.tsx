/** First focusable element of every page: jumps over the header to <main id="contenu">. */
export function SkipLink() {
  return (
    <a
      href="#contenu"
      className="sr-only rounded bg-brand-800 px-4 py-2 font-semibold text-white focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50"
    >
      Aller au contenu
    </a>
  );
}
