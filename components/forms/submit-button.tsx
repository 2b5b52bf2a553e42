'use client';

import type { ReactNode } from 'react';
import { useFormStatus } from 'react-dom';

const VARIANTS = {
  primary: 'rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60',
  secondary: 'rounded border border-gray-600 px-4 py-2 font-semibold text-gray-900 hover:bg-gray-100 disabled:opacity-60',
  danger: 'rounded bg-accent-600 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60',
} as const;

interface SubmitButtonProps {
  children: ReactNode;
  pendingLabel: string;
  variant?: keyof typeof VARIANTS;
  /** For forms with several buttons: sent as `name=value` by the one clicked. */
  name?: string;
  value?: string;
}

/** Disabled, with its pending label, while the form's action runs (only the clicked one shows it). */
export function SubmitButton({ children, pendingLabel, variant = 'primary', name, value }: SubmitButtonProps) {
  const { pending, data } = useFormStatus();
  const isThisOne = pending && (name === undefined || data?.get(name) === value);
  return (
    <button type="submit" name={name} value={value} disabled={pending} aria-disabled={pending} className={VARIANTS[variant]}>
      {isThisOne ? pendingLabel : children}
    </button>
  );
}
