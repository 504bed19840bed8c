import { describe, expect, it } from 'vitest';
import { codeToCopy } from '../../src/lib/copy-text';

const lines = (...texts: string[]) => texts.map((text) => ({ text, removed: false }));

describe('codeToCopy', () => {
  it('copies ordinary code exactly', () => {
    expect(codeToCopy(lines('def f():', '    return "$ not a prompt"'), 'python')).toBe('def f():\n    return "$ not a prompt"');
  });

  it('copies only the commands of a shell session, without prompts or output', () => {
    const session = lines('$ python -m venv .venv', '$ python -m pip install "Django>=5.2,<6.0"', 'Successfully installed Django-5.2.17');
    expect(codeToCopy(session, 'console')).toBe('python -m venv .venv\npython -m pip install "Django>=5.2,<6.0"');
  });

  it('strips PowerShell prompts, with or without a path', () => {
    expect(codeToCopy(lines('PS> py -3.13 -m venv .venv', 'PS C:\\work\\shop> .venv\\Scripts\\Activate.ps1'), 'powershell')).toBe(
      'py -3.13 -m venv .venv\n.venv\\Scripts\\Activate.ps1',
    );
  });

  it('copies a session without prompts as it is', () => {
    expect(codeToCopy(lines('python -m django --version', '5.2.17'), 'console')).toBe('python -m django --version\n5.2.17');
  });

  it('leaves out lines removed in a diff', () => {
    const diff = [
      { text: 'DEBUG = True', removed: true },
      { text: 'DEBUG = False', removed: false },
    ];
    expect(codeToCopy(diff, 'python')).toBe('DEBUG = False');
  });
});
