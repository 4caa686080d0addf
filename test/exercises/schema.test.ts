/**
 * Exercise and quiz files: the YAML subset, and errors that name the file,
 * the line or the field.
 */
import { describe, expect, it } from 'vitest';
import { ContentError, lessonContent, parseExerciseFile, parseQuizFile, parseYaml, YamlError } from '../../src/exercises/index.ts';

const GOOD = `id: tiny
title: { en: Tiny, ko: 작은 연습 }
goal:
  en: Create a volume.
  ko: 볼륨을 만드세요.
checks:
  - volume: { name: data }
solution: [docker volume create data]
`;

function problems(fn: () => unknown): string[] {
  try {
    fn();
  } catch (e) {
    if (e instanceof ContentError) return e.message.split('\n');
    throw e;
  }
  throw new Error('no error');
}

describe('exercise files', () => {
  it('parse, with defaults filled in', () => {
    const ex = parseExerciseFile(GOOD, 'content/exercises/tiny.yaml');
    expect(ex).toEqual({
      id: 'tiny',
      title: { en: 'Tiny', ko: '작은 연습' },
      goal: { en: 'Create a volume.', ko: '볼륨을 만드세요.' },
      images: [],
      setup: [],
      checks: [{ kind: 'volume', spec: { name: 'data', exists: true } }],
      hints: [],
      solution: ['docker volume create data'],
    });
  });

  it('name the file and the field, and suggest the field meant', () => {
    const text = GOOD.replace('- volume: { name: data }', '- mount: { container: db, readonly: true }\n  - volume: { name: data, exists: maybe }');
    expect(problems(() => parseExerciseFile(text, 'content/exercises/tiny.yaml'))).toEqual([
      'content/exercises/tiny.yaml: checks[0].mount: unknown field "readonly" (did you mean "readOnly"?); the fields are: container, type, source, destination, readOnly',
      'content/exercises/tiny.yaml: checks[1].volume.exists: Invalid input: expected boolean, received string',
    ]);
  });

  it('name an unknown check kind and a missing translation', () => {
    const text = GOOD.replace('- volume: { name: data }', '- volumes: { name: data }').replace('ko: 작은 연습', 'kr: 작은 연습');
    expect(problems(() => parseExerciseFile(text, 'x/tiny.yaml'))).toEqual([
      'x/tiny.yaml: title.ko: Invalid input: expected string, received undefined',
      'x/tiny.yaml: title: Unrecognized key: "kr"',
      'x/tiny.yaml: checks[0].volumes: unknown check kind "volumes" (did you mean "volume"?); a check has exactly one of: container, mount, volume, network, attached, resolves, reachable, published, file, gone, output, typed',
    ]);
  });

  it('refuse a bad regular expression, an empty gone, two kinds in one entry', () => {
    const text = GOOD.replace(
      '- volume: { name: data }',
      '- typed: { matches: "docker (volume" }\n  - gone: {}\n  - volume: { name: a }\n    network: { name: b }',
    );
    expect(problems(() => parseExerciseFile(text, 'tiny.yaml'))).toEqual([
      'tiny.yaml: checks[0].typed.matches: not a valid regular expression',
      'tiny.yaml: checks[1].gone: name at least one of container, volume, network, image',
      'tiny.yaml: checks[2]: several check kinds in one entry (volume, network): write each as its own "- " item; a check has exactly one of: container, mount, volume, network, attached, resolves, reachable, published, file, gone, output, typed',
    ]);
  });

  it('report YAML syntax errors with the line, and an id that is not the file name', () => {
    expect(problems(() => parseExerciseFile(GOOD.replace('checks:', 'checks:\n\t- x'), 'tiny.yaml'))).toEqual(['tiny.yaml: line 7: a tab in indentation (YAML indents with spaces)']);
    expect(problems(() => parseExerciseFile(GOOD, 'content/exercises/other.yaml'))).toEqual(['content/exercises/other.yaml: id: "tiny" must be the file name without .yaml ("other")']);
  });

  it('can live in a lesson\'s frontmatter, or be referred to by id', () => {
    const mdx = `---\ntitle: A lesson\nexercises:\n  - persist-mysql-data\n  - id: inline\n    title: { en: T, ko: 티 }\n    goal: { en: G, ko: 지 }\n    checks: [{ volume: { name: data } }]\n    solution: [docker volume create data]\nquizzes: [basics]\n---\n\nText.\n`;
    const found = lessonContent(mdx, 'content/lessons/en/x.mdx');
    expect(found.exerciseRefs).toEqual(['persist-mysql-data']);
    expect(found.exercises.map((e) => e.id)).toEqual(['inline']);
    expect(found.quizRefs).toEqual(['basics']);
  });
});

describe('quiz files', () => {
  const QUIZ = `id: q
title: { en: Q, ko: 퀴즈 }
questions:
  - type: single
    prompt: { en: P, ko: 문 }
    choices:
      - { text: { en: A, ko: 가 }, correct: true }
      - { text: { en: B, ko: 나 } }
    explanation: { en: E, ko: 설 }
`;

  it('fill in question and choice ids by position', () => {
    const quiz = parseQuizFile(QUIZ, 'q.yaml');
    expect(quiz.questions[0].id).toBe('q1');
    expect(quiz.questions[0].type === 'single' && quiz.questions[0].choices.map((c) => c.id)).toEqual(['a', 'b']);
  });

  it('refuse a single-choice question with two right answers, and an unknown type', () => {
    expect(problems(() => parseQuizFile(QUIZ.replace('{ en: B, ko: 나 } }', '{ en: B, ko: 나 }, correct: true }'), 'q.yaml'))).toEqual([
      'q.yaml: questions[0].choices: a single-choice question has exactly one correct choice (this one has 2)',
    ]);
    expect(problems(() => parseQuizFile(QUIZ.replace('type: single', 'type: essay'), 'q.yaml'))).toEqual(['q.yaml: questions[0].type: type must be one of: single, multiple, truefalse, command']);
  });
});

describe('the YAML subset', () => {
  it('reads block and flow collections, quoted and block scalars, comments', () => {
    expect(
      parseYaml(`a: 1 # one\nb: [x, "y: z", 'it''s']\nc:\n  - { d: true, e: ~ }\n  - - nested\nlit: |\n  line 1\n    more\nfold: >-\n  one\n  two\n\n  three\nre: "\\\\bdb\\\\b"\n`),
    ).toEqual({ a: 1, b: ['x', 'y: z', "it's"], c: [{ d: true, e: null }, ['nested']], lit: 'line 1\n  more\n', fold: 'one two\nthree', re: '\\bdb\\b' });
  });

  it('keeps strings that look like numbers with more than one dot or a colon', () => {
    expect(parseYaml('ip: 10.10.0.10\nport: 8080:80\nsubnet: 10.10.0.0/24\nn: 8080')).toEqual({ ip: '10.10.0.10', port: '8080:80', subnet: '10.10.0.0/24', n: 8080 });
  });

  it('refuses what it does not support, naming the line', () => {
    for (const [source, message] of [
      ['a: 1\na: 2', 'line 2: duplicate key "a"'],
      ['a: &x 1', 'line 1: anchors, aliases and tags are not supported'],
      ['a: [1, 2', 'line 1: a bracket is never closed'],
      ['a: "open', 'line 1: a quoted string is never closed'],
      ['a: "\\q"', 'line 1: unknown escape "\\q" in a double-quoted string (write "\\\\" for a backslash, or use single quotes)'],
    ] as const) {
      expect(() => parseYaml(source)).toThrow(new YamlError(message.replace(/^line \d+: /, ''), Number(/^line (\d+)/.exec(message)![1])));
    }
  });
});

describe('the YAML subset agrees with a full YAML parser on the course content', async () => {
  // js-yaml comes with Astro; compare only when it is installed
  const jsYaml = await import('js-yaml' as string).then((m: { load: (s: string) => unknown }) => m, () => null);
  const { readdirSync, readFileSync } = await import('node:fs');
  const dirs = ['content/exercises', 'content/quizzes'];
  const files = dirs.flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.yaml')).map((f) => `${d}/${f}`));
  it.skipIf(jsYaml === null).each(files)('%s', (file) => {
    const text = readFileSync(file, 'utf8');
    expect(parseYaml(text)).toEqual(jsYaml!.load(text));
  });
});
