/** A rendered line of a code block. */
export interface CodeLine {
  text: string;
  /** A line marked as removed in a diff: not part of the code to copy. */
  removed: boolean;
}

/** Prompts that start a command line in a session: `$ `, `PS> `, `PS C:\dir> ` and `C:\dir> `. */
const PROMPT = /^(?:\$ |PS(?: [^>]*)?> |C:\\[^>]*> )/;

/** Languages whose blocks are sessions: prompts mark commands, other lines are output. */
const SESSION_LANGUAGES = new Set(['console', 'shellsession', 'shell-session', 'sh-session', 'powershell-session']);

/**
 * The text the copy button puts on the clipboard: exactly the code. For a shell session, only
 * the commands (prompts removed, output dropped); for a diff, without its removed lines.
 */
export function codeToCopy(lines: CodeLine[], language: string): string {
  const kept = lines.filter((line) => !line.removed).map((line) => line.text);
  const isSession = SESSION_LANGUAGES.has(language) || kept.some((line) => /^PS(?: [^>]*)?> /.test(line));
  if (isSession && kept.some((line) => PROMPT.test(line))) {
    return kept.filter((line) => PROMPT.test(line)).map((line) => line.replace(PROMPT, '')).join('\n');
  }
  return kept.join('\n');
}
