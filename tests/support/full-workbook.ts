import type { AnswerValue } from '../../src/shared/api';

type Kind = AnswerValue['kind'];

/** A plausible answer of each kind, as an attendee who did everything would save it. */
const ANSWERS: { [K in Kind]: Extract<AnswerValue, { kind: K }> } = {
  funnel: { kind: 'funnel', counts: [24_000, 1_200, 300, 15] },
  quiz: {
    kind: 'quiz',
    questions: [
      { chosen: [1, 2], correct: true },
      { chosen: [0], correct: false },
      { chosen: [2], correct: true },
    ],
    score: 2,
  },
  reflection: {
    kind: 'reflection',
    text:
      'Notre page publie trois fois par semaine, mais personne ne mesure ce qu’elle rapporte. ' +
      'Je propose de suivre chaque mois les visites envoyées vers le site et les commandes qui en viennent, ' +
      'puis de comparer les publications entre elles avec le même dénominateur.',
  },
  'metric-question': {
    kind: 'metric-question',
    metric: 'engagementRateByImpressions',
    inputs: { engagements: 45, impressions: 9_000 },
    attempts: [
      { typed: '0,05', verdict: 'mistake', mistake: 'fraction-not-percent', at: '2026-05-02T09:40:00.000Z' },
      { typed: '0,5 %', verdict: 'correct', at: '2026-05-02T09:41:00.000Z' },
    ],
    tries: 2,
  },
  budget: {
    kind: 'budget',
    channels: [
      { name: 'Publicité Facebook', monthlyCost: 3_000, impressions: 120_000, ctr: 0.012, conversionRate: 0.02 },
      { name: 'Communauté Instagram', monthlyCost: 1_500, impressions: 40_000, ctr: 0.03, conversionRate: 0.04 },
    ],
    averageOrderValue: 250,
    grossMargin: 0.4,
    split: 0.6,
    conclusion: 'La communauté coûte moins et convertit mieux : on y met 60 % du budget le premier trimestre.',
  },
  'action-plan': {
    kind: 'action-plan',
    objective: 'Doubler les commandes venues d’Instagram d’ici la fin du trimestre.',
    kpi: 'engagementRateByImpressions',
    current: 0.005,
    target: 0.01,
    channels: ['Instagram', 'Facebook'],
    otherChannel: '',
    deadline: '2026-09-30',
    actions: [
      'Publier trois carrousels par semaine avec un appel à l’action.',
      'Répondre à chaque commentaire dans l’heure.',
      'Mesurer chaque lundi les visites envoyées vers le site.',
    ],
  },
};

/** An answer for every exercise of the lessons: the workbook of an attendee who did it all. */
export function fullWorkbookAnswers(
  exercises: readonly { id: string; kind: Kind }[],
): { exerciseId: string; value: AnswerValue }[] {
  return exercises.map(({ id, kind }) => ({ exerciseId: id, value: ANSWERS[kind] }));
}
