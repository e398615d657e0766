const ASCII_ADDRESS = /^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*$/;

export type AddressProblem = 'nonAscii' | 'missingTopLevelDomain' | 'malformed';

/** Every token with an '@' in a text, trailing punctuation dropped. */
export function addressesIn(text: string): string[] {
  return text
    .split(/[\s,;:<>()]+/)
    .filter((t) => t.includes('@'))
    .map((t) => t.replace(/[.]+$/, ''));
}

export function addressProblem(address: string): AddressProblem | undefined {
  if (/[^\x21-\x7e]/.test(address)) return 'nonAscii';
  if (!ASCII_ADDRESS.test(address) || address.split('@')[1]!.split('.').some((p) => p === '')) return 'malformed';
  const labels = address.split('@')[1]!.split('.');
  if (labels.length < 2 || !/^[A-Za-z]{2,}$/.test(labels.at(-1)!)) return 'missingTopLevelDomain';
  return undefined;
}
