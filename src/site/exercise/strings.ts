/**
 * Every word the exercise panel, the quiz and the progress buttons show,
 * in both languages. The components pass the table of the page's locale.
 */
import type { Locale } from '../../exercises/text.ts';

const en = {
  'exercise.heading': 'Exercise',
  'exercise.checklist': 'Checklist',
  'exercise.progress': '{passed} of {total} checks pass',
  'exercise.pass': 'done',
  'exercise.fail': 'not yet',
  'exercise.found': 'Now: {found}',
  'exercise.hint': 'Show a hint ({n} of {total})',
  'exercise.noMoreHints': 'No more hints',
  'exercise.hintLabel': 'Hint {n}',
  'exercise.showSolution': 'Show the solution',
  'exercise.confirmSolution': 'Show the solution? Try the hints first: you learn more by finding it yourself.',
  'exercise.confirmYes': 'Yes, show it',
  'exercise.cancel': 'Cancel',
  'exercise.solution': 'Solution',
  'exercise.runLine': 'Run',
  'exercise.reset': 'Reset exercise',
  'exercise.confirmReset': 'Start the exercise over? The lab goes back to its starting state.',
  'exercise.confirmResetYes': 'Yes, start over',
  'exercise.resetDone': 'The exercise was reset to its starting state.',
  'exercise.solved': 'Solved! Every check passes.',
  'exercise.solvedBefore': 'You solved this exercise before.',
  'exercise.checking': 'Checking…',
  'quiz.heading': 'Quiz',
  'quiz.check': 'Check answer',
  'quiz.correct': 'Correct.',
  'quiz.incorrect': 'Not quite.',
  'quiz.true': 'True',
  'quiz.false': 'False',
  'quiz.command': 'Your command',
  'quiz.commandHint': 'One command line, run in a fresh copy of a lab.',
  'quiz.example': 'One right answer:',
  'quiz.output': 'What it printed:',
  'quiz.score': '{correct} of {total} answered correctly',
  'quiz.pickOne': 'Choose an answer first.',
  'quiz.typeCommand': 'Type a command first.',
  'quiz.running': 'Running your command…',
  'progress.export': 'Export progress',
  'progress.import': 'Import progress',
  'progress.importLabel': 'Import progress from a file exported before',
} as const;

export type UiKey = keyof typeof en;
type Table = Record<UiKey, string>;

const ko: Table = {
  'exercise.heading': '연습 문제',
  'exercise.checklist': '확인 항목',
  'exercise.progress': '확인 항목 {total}개 중 {passed}개 통과',
  'exercise.pass': '통과',
  'exercise.fail': '아직',
  'exercise.found': '현재: {found}',
  'exercise.hint': '힌트 보기 ({total}개 중 {n}번째)',
  'exercise.noMoreHints': '힌트를 모두 봤습니다',
  'exercise.hintLabel': '힌트 {n}',
  'exercise.showSolution': '정답 보기',
  'exercise.confirmSolution': '정답을 볼까요? 먼저 힌트를 보며 직접 풀어 보면 더 많이 배울 수 있습니다.',
  'exercise.confirmYes': '네, 볼게요',
  'exercise.cancel': '취소',
  'exercise.solution': '정답',
  'exercise.runLine': '실행',
  'exercise.reset': '연습 초기화',
  'exercise.confirmReset': '연습을 처음부터 다시 할까요? 실습 환경이 시작 상태로 돌아갑니다.',
  'exercise.confirmResetYes': '네, 다시 시작',
  'exercise.resetDone': '연습을 시작 상태로 되돌렸습니다.',
  'exercise.solved': '해결했습니다! 모든 확인 항목을 통과했습니다.',
  'exercise.solvedBefore': '이전에 해결한 연습입니다.',
  'exercise.checking': '확인하는 중…',
  'quiz.heading': '퀴즈',
  'quiz.check': '정답 확인',
  'quiz.correct': '정답입니다.',
  'quiz.incorrect': '아쉽지만 틀렸습니다.',
  'quiz.true': '참',
  'quiz.false': '거짓',
  'quiz.command': '입력할 명령',
  'quiz.commandHint': '명령 한 줄을 입력하면 새 실습 환경 복사본에서 실행합니다.',
  'quiz.example': '정답 예시:',
  'quiz.output': '출력:',
  'quiz.score': '{total}문제 중 {correct}문제 정답',
  'quiz.pickOne': '먼저 답을 고르세요.',
  'quiz.typeCommand': '먼저 명령을 입력하세요.',
  'quiz.running': '입력한 명령을 실행하는 중…',
  'progress.export': '진행 기록 내보내기',
  'progress.import': '진행 기록 가져오기',
  'progress.importLabel': '예전에 내보낸 파일에서 진행 기록 가져오기',
};

export const UI: Record<Locale, Table> = { en, ko };

export function ui(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return UI[locale][key].replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
}
