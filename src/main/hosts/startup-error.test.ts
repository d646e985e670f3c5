import { describe, expect, it } from 'vitest';
import { AppError } from '../../shared/api/result';
import { describeStartupError } from './startup-error';

const nodeError = (code: string, message: string) => Object.assign(new Error(message), { code });
const ENGLISH = /\b(address|already|in use|exists|file|permission|denied|error|not found)\b/i;

describe('start-up failures, as a person is told them', () => {
  it('passes on the app’s own French message', () => {
    const error = new AppError('db_too_new', 'Ce cahier a été enregistré par une version plus récente.');
    expect(describeStartupError(error)).toBe('Ce cahier a été enregistré par une version plus récente.');
  });

  it.each([
    ['EADDRINUSE', /Le port 5174 est déjà utilisé sur 127\.0\.0\.1/],
    ['EADDRNOTAVAIL', /L’adresse 127\.0\.0\.1 n’appartient pas à ce poste/],
    ['ENOTFOUND', /Adresse inconnue : « 127\.0\.0\.1 »/],
    ['EACCES', /refuse d’ouvrir le port 5174/],
  ])('says why the host could not listen (%s) in French', (code, message) => {
    const said = describeStartupError(nodeError(code, `listen ${code}: something English`), {
      host: '127.0.0.1',
      port: 5174,
    });
    expect(said).toMatch(message);
    expect(said).not.toMatch(ENGLISH);
  });

  it('never shows Node’s English for anything else, only its code', () => {
    const said = describeStartupError(nodeError('EEXIST', "EEXIST: file already exists, mkdir '/x'"));
    expect(said).toMatch(/n’a pas pu démarrer \(code EEXIST\)/);
    expect(said).not.toMatch(ENGLISH);
    expect(describeStartupError('boom')).toMatch(/^L’application n’a pas pu démarrer : /);
  });
});
