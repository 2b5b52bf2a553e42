interface LeverListProps {
  levers: Array<{ slug: string; name: string; description?: string | null }>;
  className?: string;
  /** Show each lever's description (on the plan's own page). */
  isDetailed?: boolean;
}

/** A plan's action levers; says so when none is recorded. */
export function LeverList({ levers, className, isDetailed = false }: LeverListProps) {
  if (levers.length === 0) {
    return <p className={`text-gray-800 ${className ?? ''}`}>Leviers d’action : non renseignés.</p>;
  }
  if (isDetailed) {
    return (
      <ul className={`flex flex-col gap-3 ${className ?? ''}`}>
        {levers.map((lever) => (
          <li key={lever.slug} className="border-l-4 border-brand-600 pl-3">
            <p className="font-semibold text-gray-900">{lever.name}</p>
            {lever.description && <p className="text-gray-700">{lever.description}</p>}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div className={className}>
      <p className="mb-2 text-sm font-semibold text-gray-900">Leviers d’action</p>
      <ul className="flex flex-wrap gap-2">
        {levers.map((lever) => (
          <li key={lever.slug} className="rounded-full bg-brand-50 px-3 py-1 text-sm text-brand-800">
            {lever.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
