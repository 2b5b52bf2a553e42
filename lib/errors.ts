/** Known failures, mapped once: actions turn them into form errors, route handlers into statuses. */
export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_INPUT' | 'THROTTLED';

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  THROTTLED: 429,
};

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'Veuillez vous connecter.',
  FORBIDDEN: 'Vous n’avez pas les droits nécessaires pour cette action.',
  NOT_FOUND: 'Élément introuvable.',
  CONFLICT: 'Cet élément a été modifié entre-temps.',
  INVALID_INPUT: 'Certaines informations sont invalides.',
  THROTTLED: 'Trop de tentatives. Réessayez plus tard.',
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** French message safe to show to the user. */
  readonly userMessage: string;

  constructor(code: AppErrorCode, options: { message?: string; userMessage?: string } = {}) {
    super(options.message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_MESSAGES[code];
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}
