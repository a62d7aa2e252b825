// Commands print their result as JSON on stdout and nothing else there;
// progress and messages go to stderr.
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}
