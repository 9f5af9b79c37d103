// A line to change in one of the repository's files, shown as a ready-to-paste diff.

export interface FileEdit {
  readonly file: string;
  readonly line: number;
  readonly before: string;
  readonly after: string;
}
