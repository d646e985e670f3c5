// npm run content:check [-- DIR…]: checks each folder of lessons as one training day.
// With no folder: content/, the lessons the app loads.
import { checkContent, formatProblem, lessonFiles } from './index';

async function main(): Promise<number> {
  const given = process.argv.slice(2);
  const dirs = given.length > 0 ? given : ['content'];
  let failed = 0;
  for (const dir of dirs) {
    const problems = await checkContent({ dir });
    for (const problem of problems) console.error(formatProblem(problem));
    const count = (await lessonFiles(dir)).length;
    console.log(`${dir}: ${count} lesson(s), ${problems.length === 0 ? 'OK' : `${problems.length} problem(s)`}`);
    failed += problems.length;
  }
  return failed === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(2);
  },
);
