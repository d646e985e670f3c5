// A closed allow-list of what the files of one folder may import: the folders
// of this repo (by path from the root) and the npm packages (by name; `node:*`
// for Node's built-ins). Anything not listed is an error, so a new dependency
// across a boundary is a decision made in eslint.config.js, not an accident.
import { dirname, relative, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const packageName = (specifier) =>
  specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0];

const inFolder = (target, folder) => target === folder || target.startsWith(`${folder}/`);

function allowed(specifier, file, { folders = [], packages = [] }) {
  if (specifier.startsWith('.')) {
    const target = relative(ROOT, resolve(dirname(file), specifier))
      .split('\\')
      .join('/');
    return folders.some((folder) => inFolder(target, folder));
  }
  if (specifier.startsWith('node:')) return packages.includes('node:*');
  return packages.includes(packageName(specifier)) || packages.includes(specifier);
}

export const allowedImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports limited to an allow-list of folders and packages.' },
    schema: [
      {
        type: 'object',
        properties: {
          folders: { type: 'array', items: { type: 'string' } },
          packages: { type: 'array', items: { type: 'string' } },
          because: { type: 'string' },
        },
        additionalProperties: false,
      },
    ],
    messages: { notAllowed: '"{{specifier}}" is not on this folder\'s import allow-list: {{because}}' },
  },
  create(context) {
    const options = context.options[0] ?? {};
    const check = (node) => {
      const specifier = node?.value;
      if (typeof specifier !== 'string' || allowed(specifier, context.filename, options)) return;
      context.report({
        node,
        messageId: 'notAllowed',
        data: { specifier, because: options.because ?? 'see eslint.config.js' },
      });
    };
    return {
      ImportDeclaration: (node) => check(node.source),
      ExportNamedDeclaration: (node) => node.source && check(node.source),
      ExportAllDeclaration: (node) => check(node.source),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source),
    };
  },
};

export const boundaries = { rules: { 'allowed-imports': allowedImports } };
