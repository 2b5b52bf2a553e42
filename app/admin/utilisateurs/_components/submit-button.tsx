export function SubmitButton({ isPending, label, pendingLabel, tone = 'primary' }: { isPending: boolean; label: string; pendingLabel: string; tone?: 'primary' | 'danger' }) {
  const colours = tone === 'danger' ? 'bg-accent-600 hover:bg-red-900' : 'bg-brand-700 hover:bg-brand-800';
  return (
    <button
      type="submit"
      disabled={isPending}
      className={`rounded px-4 py-2 font-semibold text-white ${colours} disabled:cursor-wait disabled:opacity-70`}
    >
      {isPending ? pendingLabel : label}
    </button>
  );
}
