// Produced at build time by build/lesson-manifest.ts from content/*.mdx;
// src/shared/content/manifest.ts checks its shape before anything uses it.
declare module 'virtual:lesson-manifest' {
  const manifest: unknown;
  export default manifest;
}
