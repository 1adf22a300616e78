/** A problem with one input: names the file and the field so the editor can fix it. */
export class IngestError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field}: ${problem}`);
    this.name = 'IngestError';
    this.file = file;
    this.field = field;
  }
}
