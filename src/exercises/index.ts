/**
 * Auto-graded exercises and quizzes: the one import for the site, the
 * content check and the tests.
 *
 *   parseExerciseFile(text, source) / parseQuizFile(...)   YAML -> validated data, or ContentError
 *   evaluate(exercise, { snapshot, typed })              every check: pass/fail, line, what was found
 *   replay(exercise, lines)                              a fresh lab: setup, then lines
 *   gradeChoice / gradeCommand / gradeAnswer             quiz answers
 *   progress/                                            the learner's record (see progress/index.ts)
 */
export { LOCALES, type Locale, type Localized, localizedSchema } from './text.ts';
export { parseYaml, YamlError, type YamlValue } from './yaml.ts';
export { ContentError, fieldPath } from './errors.ts';
export { exerciseSchema, type Exercise, type ExerciseInput } from './schema.ts';
export { CHECK_KINDS, CHECK_KIND_NAMES, checkLabel, checkSchema, type Check, type CheckInput, type CheckKindName } from './checks/index.ts';
export { evaluate, checklist, replay, type CheckResult, type Evaluation, type EvaluateInput, type Replay } from './evaluate.ts';
export { parseExercise, parseExerciseFile, parseQuiz, parseQuizFile, lessonContent, frontmatterOf, type LessonContent } from './load.ts';
export { quizSchema, type Quiz, type QuizInput, type Question, type ChoiceQuestion, type CommandQuestion } from './quiz/schema.ts';
export { answerSchema, gradeAnswer, gradeChoice, gradeCommand, quizScore, type Answer, type Grade } from './quiz/grade.ts';
