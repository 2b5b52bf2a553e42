/** Says which query parameters of a list were dropped because invalid (the others still apply). */
export function IgnoredParamsNotice({ ignored }: { ignored: string[] }) {
  if (ignored.length === 0) return null;
  return (
    <p role="status" className="mb-4 rounded border border-amber-700 bg-amber-50 px-4 py-3 text-gray-900">
      Filtres ignorés car invalides : {ignored.join(', ')}.
    </p>
  );
}
