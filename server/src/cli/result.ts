// What a CLI command hands back; main() owns the process.

export interface CommandResult {
  stdout: string;
  stderr?: string;
  exitCode: number;
}

/** Bad flags or arguments: reported in one line with exit code 2. */
export class UsageError extends Error {}
