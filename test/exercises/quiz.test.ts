/**
 * Quiz grading: choices against the key, command answers by running them
 * in a copy of the question's lab (any command that gets there passes).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { gradeAnswer, gradeChoice, gradeCommand, parseQuizFile, quizScore, type CommandQuestion } from '../../src/exercises/index.ts';

const quiz = parseQuizFile(readFileSync('content/quizzes/storage-and-networking-basics.yaml', 'utf8'), 'storage-and-networking-basics.yaml');
const byId = (id: string) => quiz.questions.find((q) => q.id === id)!;

describe('choice questions', () => {
  it('single choice', () => {
    const q = byId('where-bind-data-lives');
    expect(gradeChoice(q, { type: 'single', choice: 'host-dir' })).toMatchObject({ correct: true, correctChoices: ['host-dir'] });
    const wrong = gradeChoice(q, { type: 'single', choice: 'memory' });
    expect(wrong.correct).toBe(false);
    expect(wrong.explanation.ko).toContain('bind mount');
  });

  it('multiple choice needs exactly the right set', () => {
    const q = byId('user-defined-bridge');
    expect(gradeChoice(q, { type: 'multiple', choices: ['subnet', 'dns', 'alias'] }).correct).toBe(true);
    expect(gradeChoice(q, { type: 'multiple', choices: ['dns', 'alias'] }).correct).toBe(false);
    expect(gradeChoice(q, { type: 'multiple', choices: ['dns', 'alias', 'subnet', 'cross-bridge'] }).correct).toBe(false);
  });

  it('true/false, and an answer of the wrong type is wrong', () => {
    const q = byId('ip-after-restart');
    expect(gradeChoice(q, { type: 'truefalse', value: false }).correct).toBe(true);
    expect(gradeChoice(q, { type: 'truefalse', value: true }).correct).toBe(false);
    expect(gradeChoice(q, { type: 'single', choice: 'a' }).correct).toBe(false);
  });

  it('choices without ids get a, b, c', () => {
    const q = byId('macvlan-host');
    expect(gradeChoice(q, { type: 'single', choice: 'a' }).correct).toBe(true);
  });
});

describe('command questions', () => {
  const volume = byId('mount-a-volume') as CommandQuestion;
  const alias = byId('connect-with-alias') as CommandQuestion;

  it('accept any command line that gets there, not one spelling', async () => {
    for (const line of [
      'docker run -d --name app -v data:/data busybox sleep 1d',
      'docker volume create data && docker run -d --name app --volume data:/data busybox sleep 1d',
      'docker run -d --mount type=volume,source=data,target=/data --name app busybox sleep 1d',
    ]) {
      const grade = await gradeCommand(volume, line);
      expect(grade.correct, line).toBe(true);
    }
    expect((await gradeCommand(alias, 'docker network connect backend web --alias api')).correct).toBe(true);
  });

  it('say which check failed and what the command printed', async () => {
    const grade = await gradeCommand(volume, 'docker run -d --name app -v /data busybox sleep 1d');
    expect(grade.correct).toBe(false);
    expect(grade.checks!.map((c) => c.pass)).toEqual([true, false]);
    expect(grade.checks![1].found?.en).toMatch(/^app mounts \/data from an anonymous volume/);
    expect(grade.example).toBe('docker run -d --name app -v data:/data busybox sleep 1d');

    const typo = await gradeCommand(alias, 'docker network conect --alias api backend web');
    expect(typo.correct).toBe(false);
    expect(typo.output?.exitCode).not.toBe(0);
    expect(typo.output?.stderr).toContain('conect');
  });

  it('every try starts from the question\'s lab: an earlier answer leaves nothing behind', async () => {
    await gradeCommand(alias, 'docker rm -f web');
    expect((await gradeCommand(alias, 'docker network connect --alias api backend web')).correct).toBe(true);
  });

  it('recreating web on backend alone fails: it leaves the default bridge', async () => {
    const grade = await gradeCommand(alias, 'docker rm -f web && docker run -d --name web --network backend --network-alias api nginx');
    expect(grade.checks!.map((c) => c.pass)).toEqual([true, false]);
  });

  it('gradeAnswer dispatches, and quizScore counts', async () => {
    expect((await gradeAnswer(volume, { type: 'command', line: volume.example })).correct).toBe(true);
    expect((await gradeAnswer(volume, { type: 'truefalse', value: true })).correct).toBe(false);
    expect(quizScore(quiz, { 'mount-a-volume': true, 'ip-after-restart': false })).toEqual({ correct: 1, total: quiz.questions.length });
  });
});
