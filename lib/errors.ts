/** Known failures, mapped once: actions turn them into form errors, route handlers into statuses. */
export type AppErrorCode = 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'INVALID_INPUT' | 'THROTTLED' | 'UNAVAILABLE';

const HTTP_STATUS: Record<AppErrorCode, number> = {
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  INVALID_INPUT: 400,
  THROTTLED: 429,
  UNAVAILABLE: 503,
};

const DEFAULT_MESSAGES: Record<AppErrorCode, string> = {
  UNAUTHENTICATED: 'Veuillez vous connecter.',
  FORBIDDEN: 'Vous n’avez pas les droits nécessaires pour cette action.',
  NOT_FOUND: 'Élément introuvable.',
  CONFLICT: 'Cet élément a été modifié entre-temps.',
  INVALID_INPUT: 'Certaines informations sont invalides.',
  THROTTLED: 'Trop de tentatives. Réessayez plus tard.',
  UNAVAILABLE: 'Le service est momentanément indisponible. Réessayez dans un instant : rien n’a été perdu.',
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  /** French message safe to show to the user. */
  readonly userMessage: string;
  /** Messages to show next to the fields they are about (field name or path → messages). */
  readonly fieldErrors: Record<string, string[]>;

  constructor(code: AppErrorCode, options: { message?: string; userMessage?: string; fieldErrors?: Record<string, string[]> } = {}) {
    super(options.message ?? code);
    this.name = 'AppError';
    this.code = code;
    this.userMessage = options.userMessage ?? DEFAULT_MESSAGES[code];
    this.fieldErrors = options.fieldErrors ?? {};
  }

  get httpStatus(): number {
    return HTTP_STATUS[this.code];
  }
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
  return error instanceof AppError && (code === undefined || error.code === code);
}

// Connection refused or reset, pool timeout, server shutting down: the database is
// out of reach, which says nothing about the request (its credentials, its session).
const UNAVAILABLE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', 'P1001', 'P1002', 'P1017']);
// Kinds of @prisma/driver-adapter-utils errors that mean the same.
const UNAVAILABLE_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
const UNAVAILABLE_MESSAGES = /connection terminated|timeout exceeded when trying to connect|Connection terminated unexpectedly|Can't reach database server|server closed the connection|the database system is (starting up|shutting down)|Client has encountered a connection error/i;

/** True when `error` (or what it wraps) means the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  if (isAppError(error, 'UNAVAILABLE')) return true;
  const { code, kind, message, cause } = error as { code?: unknown; kind?: unknown; message?: unknown; cause?: unknown };
  if (typeof code === 'string' && UNAVAILABLE_CODES.has(code)) return true;
  if (typeof kind === 'string' && UNAVAILABLE_KINDS.has(kind)) return true;
  if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
  const original = (error as { meta?: { driverAdapterError?: unknown } }).meta?.driverAdapterError;
  return isDatabaseUnavailable(cause, depth + 1) || isDatabaseUnavailable(original, depth + 1);
}
