/**
 * The course's two languages and every string the site itself shows (the
 * lessons carry their own text). One table per locale, the same keys in
 * both, so a missing translation is a type error.
 */

export const LOCALES = ['en', 'ko'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export function isLocale(value: string): value is Locale {
  return (LOCALES as readonly string[]).includes(value);
}

const en = {
  'site.title': 'Docker storage & networking, by doing',
  'site.short': 'Docker by doing',
  'skip.main': 'Skip to main content',
  'skip.terminal': 'Skip to the terminal',
  'lang.label': 'Language',
  'lang.name': 'English',
  'lang.switchTo': '한국어',
  'lang.switchToLabel': '한국어 (Korean)',
  'nav.course': 'Course',
  'nav.playground': 'Playground',
  'nav.main': 'Main',
  'nav.lessons': 'Lessons',
  'nav.previous': 'Previous',
  'nav.next': 'Next',
  'index.title': 'Docker storage and networking',
  'index.lead':
    'Short lessons, each with a real-feeling Docker host in your browser. Nothing to install: read a little, type the commands, see what Docker prints.',
  'index.part.storage': 'Part 1 · Storage: keeping data',
  'index.part.networking': 'Part 2 · Networking: how containers talk',
  'index.part.together': 'Part 3 · Putting it together',
  'index.minutes': '{n} min',
  'index.exerciseSolved': 'exercise solved',
  'index.quizScore': 'quiz: {correct} of {total} right',
  'index.playgroundBefore': 'Want to experiment on your own? The ',
  'index.playgroundAfter': ' is an empty Docker host, just for you.',
  'index.progress': 'Your progress',
  'index.progressNote': 'Your progress, quiz answers and each lab are kept in this browser only. Export them to a file to move them to another browser or keep a copy.',
  'status.label': 'Status',
  'status.not-started': 'Not started',
  'status.visited': 'Visited',
  'status.done': 'Done',
  'lesson.minutes': '{n} minutes',
  'lesson.toExercise': 'Exercise',
  'lesson.markDone': 'Mark this lesson as done',
  'lesson.text': 'Lesson',
  'lab.title': 'Terminal',
  'lab.region': 'Docker lab terminal',
  'lab.reset': 'Reset lab',
  'lab.resetLabel': 'Reset lab: back to the lesson’s starting state',
  'lab.resetPlaygroundLabel': 'Reset lab: back to an empty Docker host',
  'lab.resetDone': 'The lab was reset to its starting state.',
  'lab.loading': 'Starting the Docker host…',
  'lab.ready': 'Terminal ready.',
  'lab.running': 'A command is running. Press Ctrl+C in the terminal to stop it.',
  'lab.hint':
    'Docker host terminal. Type commands and press Enter. Tab completes names, Up and Down walk through history, Ctrl+C stops a running command. To leave the terminal with the keyboard, press Escape, then Tab or Shift+Tab.',
  'lab.dropped': 'The saved lab for this page could not be read and was discarded; you start from the lesson’s starting state.',
  'lab.restored': 'Your lab from last time was restored.',
  'lab.saveFailed': 'This browser would not let the lab be saved, so it will not survive a reload.',
  'lab.noScript': 'The terminal needs JavaScript. You can still read the lesson and try the commands on your own Docker host.',
  'run.button': 'Run',
  'run.label': 'Run in the terminal: {command}',
  'playground.title': 'Playground',
  'playground.summary': 'An empty Docker host to experiment in.',
  'playground.lead':
    'An empty Docker host, just for you. Nothing here is graded: create volumes and networks, run containers, break things. Use “Reset lab” to start over.',
  'playground.images': 'These images are already pulled so you can start right away: {images}. Others (for example postgres or redis) can be pulled with docker pull.',
  'playground.ideas': 'Some ideas to try',
  'notFound.title': 'Page not found',
  'notFound.lead': 'There is no page at this address.',
  'notFound.back': 'Go to the course',
  'root.choose': 'Choose a language',
  'footer.note': 'The Docker host runs in your browser; no command leaves this page.',
} as const;

export type UiKey = keyof typeof en;

const ko: Record<UiKey, string> = {
  'site.title': '직접 해 보는 Docker 스토리지와 네트워크',
  'site.short': '직접 해 보는 Docker',
  'skip.main': '본문으로 건너뛰기',
  'skip.terminal': '터미널로 건너뛰기',
  'lang.label': '언어',
  'lang.name': '한국어',
  'lang.switchTo': 'English',
  'lang.switchToLabel': 'English (영어)',
  'nav.course': '강의 목록',
  'nav.playground': '플레이그라운드',
  'nav.main': '주 메뉴',
  'nav.lessons': '강의',
  'nav.previous': '이전',
  'nav.next': '다음',
  'index.title': 'Docker 스토리지와 네트워크',
  'index.lead':
    '짧은 강의마다 브라우저 안에서 돌아가는 Docker 호스트가 함께 있습니다. 설치할 것은 없습니다. 조금 읽고, 명령을 입력하고, Docker가 무엇을 출력하는지 확인하세요.',
  'index.part.storage': '1부 · 스토리지: 데이터 지키기',
  'index.part.networking': '2부 · 네트워크: 컨테이너가 통신하는 방법',
  'index.part.together': '3부 · 종합: 여러 컨테이너로 앱 만들기',
  'index.minutes': '{n}분',
  'index.exerciseSolved': '연습 문제 해결',
  'index.quizScore': '퀴즈: {total}문제 중 {correct}문제 정답',
  'index.playgroundBefore': '혼자 자유롭게 실험해 보고 싶다면 ',
  'index.playgroundAfter': '에서 나만의 빈 Docker 호스트를 마음껏 써 보세요.',
  'index.progress': '내 진행 기록',
  'index.progressNote': '진행 상황, 퀴즈 답, 각 실습 환경은 이 브라우저에만 저장됩니다. 다른 브라우저로 옮기거나 사본을 남기려면 파일로 내보내세요.',
  'status.label': '상태',
  'status.not-started': '시작 전',
  'status.visited': '열어 봄',
  'status.done': '완료',
  'lesson.minutes': '{n}분',
  'lesson.toExercise': '연습 문제',
  'lesson.markDone': '이 강의를 완료로 표시',
  'lesson.text': '강의',
  'lab.title': '터미널',
  'lab.region': 'Docker 실습 터미널',
  'lab.reset': '실습 초기화',
  'lab.resetLabel': '실습 초기화: 강의 시작 상태로 되돌리기',
  'lab.resetPlaygroundLabel': '실습 초기화: 빈 Docker 호스트로 되돌리기',
  'lab.resetDone': '실습 환경을 시작 상태로 되돌렸습니다.',
  'lab.loading': 'Docker 호스트를 시작하는 중…',
  'lab.ready': '터미널이 준비되었습니다.',
  'lab.running': '명령이 실행 중입니다. 멈추려면 터미널에서 Ctrl+C를 누르세요.',
  'lab.hint':
    'Docker 호스트 터미널입니다. 명령을 입력하고 Enter를 누르세요. Tab은 이름을 자동 완성하고, 위/아래 화살표는 이전 명령을 불러오며, Ctrl+C는 실행 중인 명령을 멈춥니다. 키보드로 터미널에서 나가려면 Escape를 누른 다음 Tab 또는 Shift+Tab을 누르세요.',
  'lab.dropped': '이 페이지에 저장된 실습 상태를 읽을 수 없어 삭제했습니다. 강의 시작 상태에서 다시 시작합니다.',
  'lab.restored': '지난번 실습 상태를 복원했습니다.',
  'lab.saveFailed': '이 브라우저에서 실습 상태를 저장할 수 없어 새로 고침하면 사라집니다.',
  'lab.noScript': '터미널을 쓰려면 JavaScript가 필요합니다. 강의는 읽을 수 있고, 명령은 직접 설치한 Docker에서 따라 해 볼 수 있습니다.',
  'run.button': '실행',
  'run.label': '터미널에서 실행: {command}',
  'playground.title': '플레이그라운드',
  'playground.summary': '자유롭게 실험할 수 있는 빈 Docker 호스트입니다.',
  'playground.lead':
    '나만의 빈 Docker 호스트입니다. 채점은 없습니다. 볼륨과 네트워크를 만들고, 컨테이너를 실행하고, 마음껏 망가뜨려 보세요. 처음부터 다시 하려면 “실습 초기화”를 누르세요.',
  'playground.images': '바로 시작할 수 있도록 다음 이미지는 미리 pull해 두었습니다: {images}. 다른 이미지(예: postgres, redis)는 docker pull로 받을 수 있습니다.',
  'playground.ideas': '이런 것을 해 보세요',
  'notFound.title': '페이지를 찾을 수 없습니다',
  'notFound.lead': '이 주소에는 페이지가 없습니다.',
  'notFound.back': '강의 목록으로 가기',
  'root.choose': '언어를 고르세요',
  'footer.note': 'Docker 호스트는 브라우저 안에서 실행되며, 입력한 명령은 이 페이지 밖으로 나가지 않습니다.',
};

const tables: Record<Locale, Record<UiKey, string>> = { en, ko };

/** The string for `key` in `locale`, with `{name}` placeholders filled in. */
export function t(locale: Locale, key: UiKey, vars: Record<string, string | number> = {}): string {
  return tables[locale][key].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** The other locale (the language switch offers it). */
export function otherLocale(locale: Locale): Locale {
  return locale === 'en' ? 'ko' : 'en';
}
