/** Where the trainer's guide of one lesson lives (a hash route, see app/App.tsx). */
export const guidePath = (lessonId: string) => `/trainer/guide/${lessonId}`;
