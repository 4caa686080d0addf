/**
 * Daemon errors as values with a kind, carrying Docker's exact wording. The
 * CLI adds `Error response from daemon: ` in one place; the HTTP status of
 * the real API is kept for the CLI's exit codes (125 for run/create).
 */

export type ErrorKind =
  | 'notFound' // 404
  | 'conflict' // 409
  | 'invalidParameter' // 400
  | 'forbidden' // 403
  | 'unavailable' // 503
  | 'system'; // 500

export class DockerError extends Error {
  constructor(
    readonly kind: ErrorKind,
    message: string,
  ) {
    super(message);
    this.name = 'DockerError';
  }
}

export const notFound = (message: string) => new DockerError('notFound', message);
export const conflict = (message: string) => new DockerError('conflict', message);
export const invalidParameter = (message: string) => new DockerError('invalidParameter', message);
export const forbidden = (message: string) => new DockerError('forbidden', message);
export const systemError = (message: string) => new DockerError('system', message);

export function isDockerError(e: unknown): e is DockerError {
  return e instanceof DockerError;
}
