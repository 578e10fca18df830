// Tree-sitter query files are bundled as text by esbuild's `.scm` loader.
declare module '*.scm' {
  const source: string;
  export default source;
}
