/** One file of an export: a name inside the output folder and its text. */
export interface ExportFile {
  name: string;
  text: string;
}
