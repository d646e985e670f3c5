import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Glossary } from './Glossary';
import { Illustrative } from './Illustrative';
import { Source } from './Source';
import { Term } from './Term';
import { TrainerNote } from './TrainerNote';
import { TrainerView } from './TrainerView';

describe('lesson-text components', () => {
  it('TrainerNote renders nothing on an attendee’s page', () => {
    expect(renderToStaticMarkup(<TrainerNote>Réponse attendue : 5 %</TrainerNote>)).toBe('');
  });

  it('TrainerNote shows its content, labelled, inside the trainer’s view', () => {
    const html = renderToStaticMarkup(
      <TrainerView>
        <TrainerNote>Réponse attendue : 5 %</TrainerNote>
      </TrainerView>,
    );
    expect(html).toContain('Note pour le formateur');
    expect(html).toContain('Réponse attendue : 5 %');
  });

  it('Illustrative puts the « Données illustratives » label above its numbers', () => {
    const html = renderToStaticMarkup(<Illustrative>8 400 abonnés</Illustrative>);
    expect(html.indexOf('Données illustratives')).toBeGreaterThan(-1);
    expect(html.indexOf('Données illustratives')).toBeLessThan(html.indexOf('8 400 abonnés'));
  });

  it('Source shows the quotation and its reference', () => {
    const html = renderToStaticMarkup(<Source quote="Il n'y a pas encore d'études au niveau marocain." />);
    expect(html).toContain('études au niveau marocain.');
    expect(html).toContain('L’Opinion, entretien avec Yassir Monkachi');
  });

  it('Term carries its glossary definition, and Glossary lists the terms given', () => {
    expect(renderToStaticMarkup(<Term id="portee">portée</Term>)).toContain(
      'title="Le nombre de personnes différentes',
    );
    const html = renderToStaticMarkup(<Glossary terms={['cpm', 'roas']} />);
    expect(html).toContain('<dt>CPM</dt>');
    expect(html).toContain('<dt>ROAS</dt>');
  });
});
