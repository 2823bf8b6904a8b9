/** Text files imported by tests through Vite's `?raw` suffix (the file's contents as a string). */
declare module '*?raw' {
  const text: string;
  export default text;
}
