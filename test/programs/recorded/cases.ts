/**
 * Commands whose real output record.ts captures, run in the fixture's root
 * with cwd = the fixture (the tests run them with cwd = '/').
 */

export interface RecordCase {
  argv: string[];
  stdin?: string;
  env?: Record<string, string>;
  /** also record (and compare) the tree after the command */
  tree?: boolean;
  /** record one flavour only (the other has no such program or differs in ways not simulated) */
  only?: 'gnu' | 'busybox';
  /** compare stdout lines sorted: the real order is the file system's readdir order */
  sortLines?: boolean;
}

export interface RecordedRun {
  stdout: string;
  stderr: string;
  status: number;
  tree?: Record<string, string | null>;
}

export interface Recorded extends RecordCase {
  gnu?: RecordedRun;
  busybox?: RecordedRun;
}

const c = (argv: string[], more: Omit<RecordCase, 'argv'> = {}): RecordCase => ({ argv, ...more });
const T = { tree: true };
const G = { only: 'gnu' as const };
const ALPHABET = 'one\ntwo\nthree\nfour\nfive\nsix\nseven\neight\nnine\nten\neleven\ntwelve\n';

export const CASES: RecordCase[] = [
  // ls
  c(['ls']), c(['ls', 'data']), c(['ls', '-l', 'data']), c(['ls', '-la', 'data']), c(['ls', '-A', 't']), c(['ls', '-a', 't']),
  c(['ls', '-1', 'data']), c(['ls', '-d', 'data', 'empty']), c(['ls', '-ld', 'data']), c(['ls', '-lh', 'data']),
  c(['ls', '-R', 'data']), c(['ls', '-lR']), c(['ls', 'data', 'empty', '/nope']), c(['ls', '/nope']), c(['ls', '-z']),
  c(['ls', '--foo']), c(['ls', '-F', 'data']), c(['ls', '-p', 'data']), c(['ls', '-r', 'data']), c(['ls', '-S', 'data']),
  c(['ls', '-lS', 'data']), c(['ls', '-C', 'data']), c(['ls', '-C', '-w', '30', 'data']), c(['ls', '-x', '-w', '30', 'data']),
  c(['ls', '-C', '-w', '20', 't']), c(['ls', '-w', 'x']), c(['ls', 'data/a.txt', 'data/link']), c(['ls', '-l', 'data/link']),
  c(['ls', '-s', 'data']), c(['ls', '-ls', 'data']), c(['ls', '-n', 'data']), c(['ls', 'data/a.txt/x']), c(['ls', '-l', 'empty']),
  c(['ls', '-lh', 'data/big.bin']), c(['ls', '-la', 'empty']), c(['ls', '.']), c(['ls', '-d']), c(['ls', '-ld', '.']),
  c(['ls', '-R', '.']), c(['ls', '-aR', 't']), c(['ls', '-l', 'data/a.txt', 'empty', 'data/sub']), c(['ls', '-1', '-C', 'data']),
  // cat
  c(['cat', 'data/a.txt']), c(['cat', 'data/a.txt', 'data/b.log']), c(['cat', '-n', 'data/a.txt', 't/nonl.txt', 'data/b.log']),
  c(['cat'], { stdin: 'from stdin\n' }), c(['cat', '-', 'data/a.txt'], { stdin: 'in\n' }), c(['cat', '/nope']), c(['cat', 'data']),
  c(['cat', 'data/a.txt', '/nope', 'data/b.log']), c(['cat', '-z']), c(['cat', '-n'], { stdin: 'a\n\nb\n' }),
  c(['cat', '-b', 't/spaces.txt']), c(['cat', '-A', 't/spaces.txt']), c(['cat', '-E', 't/spaces.txt']), c(['cat', 'data/link']),
  c(['cat', 't/nonl.txt', 't/nonl.txt']),
  // mkdir
  c(['mkdir', 'new'], T), c(['mkdir', '-p', 'a/b/c'], T), c(['mkdir', '-v', 'x', 'y']), c(['mkdir', '-pv', 'p/q']), c(['mkdir', 'data']),
  c(['mkdir', '/nope/b']), c(['mkdir', 'a/b']), c(['mkdir']), c(['mkdir', '-p', 'data/a.txt/x']), c(['mkdir', 'data/a.txt/x']),
  c(['mkdir', '-z', 'x']), c(['mkdir', '-p', 'data']), c(['mkdir', 'x', 'data', 'y'], T),
  // rm
  c(['rm', 'data/a.txt'], T), c(['rm', 'nope']), c(['rm', 'data']), c(['rm', '-r', 'data'], T), c(['rm', '-rf', 'nope', 'data'], T),
  c(['rm', '-f', 'nope']), c(['rm']), c(['rm', '-f']), c(['rm', '-R', 'empty'], T), c(['rm', 'empty']), c(['rm', '-v', 'data/a.txt']),
  c(['rm', '-rv', 'data/sub']), c(['rm', '-d', 'empty'], T), c(['rm', '-z']), c(['rm', 'data/link'], T), c(['rm', '-r', '.']),
  c(['rm', 'data/a.txt/x']), c(['rm', '-r', 'nope']), c(['rm', 'data/sub', 'data/b.log'], T),
  // rmdir
  c(['rmdir', 'empty'], T), c(['rmdir', 'data']), c(['rmdir', 'nope']), c(['rmdir', 'data/a.txt']), c(['rmdir', '-p', 'data/sub']),
  c(['rmdir']), c(['rmdir', '-v', 'empty']), c(['rmdir', '-z']),
  // touch
  c(['touch', 'new'], T), c(['touch', 'nope/x']), c(['touch']), c(['touch', '-c', 'zz'], T), c(['touch', 'data']), c(['touch', '-z']),
  c(['touch', 'a', 'b'], T),
  // cp
  c(['cp', 'data/a.txt', 'copy.txt'], T), c(['cp', 'data/a.txt', 'empty'], T), c(['cp', 'data', 'x']), c(['cp', '-r', 'data', 'x'], T),
  c(['cp', '-a', 'data', 'empty'], T), c(['cp', 'nope', 'x']), c(['cp', 'data/a.txt']), c(['cp']),
  c(['cp', 'data/a.txt', 'data/b.log', 't/csv.txt']), c(['cp', 'data/a.txt', 'nope/x']), c(['cp', 'data/a.txt', 'data/a.txt']),
  c(['cp', '-r', 'data', 'data/sub']), c(['cp', 'data/link', 'l2'], T), c(['cp', '-a', 'data/link', 'l2'], T),
  c(['cp', '-v', 'data/a.txt', 'z']), c(['cp', 'data/a.txt', 'data/b.log', 'empty'], T), c(['cp', '-z']),
  c(['cp', 'data/a.txt', 'data/b.log']),
  // mv
  c(['mv', 'data/a.txt', 'moved'], T), c(['mv', 'data/a.txt', 'empty'], T), c(['mv', 'nope', 'x']), c(['mv', 'data', 'empty'], T),
  c(['mv', 'data/a.txt']), c(['mv', 'data', 'data/sub']), c(['mv', '-v', 'data/a.txt', 'z']), c(['mv']),
  c(['mv', 'data/a.txt', 'data/b.log', 't/csv.txt']), c(['mv', 'data/sub', 'data/a.txt']), c(['mv', 'data/a.txt', 'data/sub'], T),
  c(['mv', 'data/a.txt', 'data/b.log'], T),
  // ln
  c(['ln', '-s', 'data/a.txt', 'l'], T), c(['ln', '-s', '/etc/x', 'dang'], T), c(['ln', '-s', 'a.txt', 'data/link']),
  c(['ln', '-sf', 'b.log', 'data/link'], T), c(['ln', 'data/a.txt', 'hard'], T), c(['ln']), c(['ln', '-s', 'a', 'b', 'c']),
  c(['ln', '-s', 'data/a.txt', 'empty'], T), c(['ln', '-s', '/x', 'nope/y']), c(['ln', '-z']),
  // wc
  c(['wc', 'data/a.txt']), c(['wc', '-l', 'data/a.txt']), c(['wc'], { stdin: 'a b\nc\n' }), c(['wc', '-l'], { stdin: 'a b\nc\n' }),
  c(['wc', '-w'], { stdin: 'a b\nc\n' }), c(['wc', '-c', 'data/a.txt', 'data/b.log']), c(['wc', 'data/a.txt', 'data/b.log', 't/nonl.txt']),
  c(['wc', '/nope']), c(['wc', 'data/a.txt', '/nope']), c(['wc', 'data']), c(['wc', '-lwc', 'data/big.bin']), c(['wc', '-L', 't/log.txt']),
  c(['wc', '-m', 't/log.txt']), c(['wc', '-l', 'data/a.txt', '-'], { stdin: 'x\ny\n' }), c(['wc', '-z']), c(['wc', 'data/big.bin']),
  c(['wc', '-lc'], { stdin: 'hello\n' }), c(['wc', '-l', 'data/big.bin', 'data/a.txt']),
  // grep
  c(['grep', 'a', 'data/a.txt']), c(['grep', '-i', 'error', 't/log.txt']), c(['grep', '-v', 'INFO', 't/log.txt']),
  c(['grep', '-c', 'INFO', 't/log.txt']), c(['grep', '-n', 'a', 'data/a.txt']), c(['grep', '-E', 'ERROR|WARN', 't/log.txt']),
  c(['grep', 'ERROR\\|WARN', 't/log.txt']), c(['grep', '-F', 'a.b', 't/log.txt']), c(['grep', '-q', 'INFO', 't/log.txt']),
  c(['grep', '-q', 'zzz', 't/log.txt']), c(['grep', '-o', '[a-z]*a', 'data/a.txt']), c(['grep', '-w', 'one', 'data/b.log']),
  c(['grep', '-r', 'a', 'data'], { sortLines: true }), c(['grep', '-rn', 'x', 'data/sub']), c(['grep', 'a', 'data/a.txt', 'data/b.log']),
  c(['grep', 'zzz', 'data/a.txt']), c(['grep', 'a', '/nope']), c(['grep', 'a', 'data']), c(['grep']), c(['grep', '-Y', 'a']),
  c(['grep', '('], { stdin: 'a(b\n' }), c(['grep', '-E', '('], { stdin: 'a(b\n' }), c(['grep', '-E', 'a{2}'], { stdin: 'aa\na\n' }),
  c(['grep', 'a\\{2\\}'], { stdin: 'aa\na\n' }), c(['grep', '^[[:upper:]]', 't/log.txt']), c(['grep', '-c', 'a'], { stdin: 'a\nb\na\n' }),
  c(['grep', '-h', 'a', 'data/a.txt', 'data/b.log']), c(['grep', '-l', 'a', 'data/a.txt', 'data/b.log', 't/nums.txt']),
  c(['grep', '-x', 'beta', 'data/a.txt']), c(['grep', '-e', 'alpha', '-e', 'gamma', 'data/a.txt']), c(['grep', '-in', 'E', 'data/a.txt']),
  c(['grep', '-vc', 'a', 'data/a.txt']), c(['grep', '\\bfi', 'data/b.log']), c(['grep', '-o', 'o', 'data/b.log']),
  c(['grep', '['], { stdin: 'x\n' }), c(['grep', '-r', 'hi', '.']), c(['grep', '-r', 'hi']), c(['grep', '-A1', 'ERROR', 't/log.txt']),
  c(['grep', '-B1', 'WARN', 't/log.txt']), c(['grep', '-C1', 'INFO', 't/log.txt']), c(['grep', '-E', 'a+|^b', 'data/a.txt']),
  c(['grep', 'a.a', 'data/a.txt']), c(['grep', '-E', '\\w+ \\w+$', 't/log.txt']), c(['grep', '-o', '-E', '[0-9]+', 't/csv.txt']),
  c(['grep', 'x', 'data/a.txt', '/nope']), c(['grep', '-s', 'x', '/nope']), c(['grep', '-ow', 'INFO', 't/log.txt']),
  c(['grep', '-E', 'x{1', 'data/a.txt']), c(['grep', '\\(a\\)\\1', 'data/a.txt']), c(['grep', '-c', 'a', 'data/a.txt', 't/nums.txt']),
  c(['grep', '-L', 'a', 'data/a.txt', 't/nums.txt']), c(['grep', '-m1', 'a', 'data/a.txt']), c(['grep', '', 't/nonl.txt']),
  c(['grep', '-n', '', 't/spaces.txt']), c(['grep', '-e']), c(['grep', '*a', 'data/a.txt']), c(['grep', '-E', '*a', 'data/a.txt']),
  // head / tail
  c(['head', '-n', '2', 'data/a.txt']), c(['head', '-2', 'data/a.txt']), c(['head', 'data/a.txt', 'data/b.log']),
  c(['head', '-c', '5', 'data/a.txt']), c(['head', '-n', '-1', 'data/a.txt']), c(['head', '/nope']), c(['head', '-n', 'x', 'data/a.txt']),
  c(['head'], { stdin: ALPHABET }), c(['head', '-q', 'data/a.txt', 'data/b.log']), c(['head', '-v', 'data/a.txt']),
  c(['head', 'data/a.txt', '/nope', 'data/b.log']), c(['head', '-z']), c(['head', '-n1', 't/nonl.txt']), c(['head', 'data']),
  c(['tail', '-n', '2', 'data/a.txt']), c(['tail', '-1', 'data/a.txt']), c(['tail', 'data/a.txt', 'data/b.log']),
  c(['tail', '-c', '5', 'data/a.txt']), c(['tail', '-n', '+2', 'data/a.txt']), c(['tail'], { stdin: ALPHABET }), c(['tail', '/nope']),
  c(['tail', '-n', 'x', 'data/a.txt']), c(['tail', 't/nonl.txt']), c(['tail', '-n1', 't/nonl.txt', 'data/a.txt']), c(['tail', '-z']),
  c(['tail', '-c', '+3', 'data/a.txt']), c(['tail', '-n', '0', 'data/a.txt']), c(['tail', 'data']), c(['head', '-c', '-5', 'data/a.txt']),
  // sort
  c(['sort', 't/fruits.txt']), c(['sort', '-r', 't/fruits.txt']), c(['sort', '-u', 't/fruits.txt']), c(['sort', '-n', 't/nums.txt']),
  c(['sort', 't/nums.txt']), c(['sort', '-t', ',', '-k', '2', 't/csv.txt']), c(['sort', '-t', ',', '-k2,2n', 't/csv.txt']),
  c(['sort', '-k', '2', 't/log.txt']), c(['sort', '-rn', 't/nums.txt']), c(['sort', '/nope']), c(['sort', '-f', 't/fruits.txt']),
  c(['sort'], { stdin: 'b\na\nc\n' }), c(['sort', '-Y']), c(['sort', '-k', 'x']), c(['sort', '-c', 't/fruits.txt']),
  c(['sort', 'data/a.txt', 't/fruits.txt']), c(['sort', '-uf', 't/fruits.txt']), c(['sort', '-k2', '-n'], { stdin: 'a 10\nb 9\nc 100\n' }),
  c(['sort', 'data']), c(['sort', '-n'], { stdin: 'x\n10\n-5\n\n3a\n' }),
  // uniq
  c(['uniq', 't/fruits.txt']), c(['uniq', '-c', 't/fruits.txt']), c(['uniq', '-c'], { stdin: 'a\na\nb\na\n' }),
  c(['uniq', '-d'], { stdin: 'a\na\nb\nc\nc\n' }), c(['uniq', '-u'], { stdin: 'a\na\nb\nc\nc\n' }), c(['uniq', '-i'], { stdin: 'a\nA\nb\n' }),
  c(['uniq', '/nope']), c(['uniq', '-Y']), c(['uniq', '-ci'], { stdin: 'a\nA\nb\n' }), c(['uniq', 't/fruits.txt', 'out'], T),
  // cut
  c(['cut', '-d', ',', '-f', '1,3', 't/csv.txt']), c(['cut', '-d', ',', '-f2-', 't/csv.txt']), c(['cut', '-c', '1-3', 'data/a.txt']),
  c(['cut', '-c2', 'data/a.txt']), c(['cut', '-f', '1', 't/spaces.txt']), c(['cut', 'data/a.txt']), c(['cut', '-f', '0', 'x']),
  c(['cut', '-d', ',', '-f', '5', 't/csv.txt']), c(['cut', '-d', 'ab', '-f1']), c(['cut', '-s', '-d', ',', '-f1'], { stdin: 'a,b\nc\n' }),
  c(['cut', '-b', '1-2', 'data/a.txt']), c(['cut', '-f1', '/nope']), c(['cut', '-d', ' ', '-f', '2'], { stdin: 'a b c\nd e\nf\n' }),
  c(['cut', '-c', '-2,4-', 'data/a.txt']), c(['cut', '-f', '3-1', 'x']), c(['cut', '-z']),
  // tr
  c(['tr', 'a-z', 'A-Z'], { stdin: 'Hello World\n' }), c(['tr', '-d', 'aeiou'], { stdin: 'Hello World\n' }),
  c(['tr', '-s', ' '], { stdin: 'a   b  c\n' }), c(['tr', '[:lower:]', '[:upper:]'], { stdin: 'Hello\n' }),
  c(['tr', '-dc', 'a-z\\n'], { stdin: 'Hello, World!\n' }), c(['tr']), c(['tr', 'a']), c(['tr', 'abc', 'x'], { stdin: 'aabbcc\n' }),
  c(['tr', ' ', '\\n'], { stdin: 'a b c\n' }), c(['tr', '-s', 'a-z'], { stdin: 'aabbccdd\n' }), c(['tr', '-z']),
  c(['tr', '-c', 'a-z', '_'], { stdin: 'ab-cd\n' }), c(['tr', ':', '\\t'], { stdin: 'a:b\n' }),
  // tee
  c(['tee', 'out.txt'], { stdin: 'teed\n', tree: true }), c(['tee', '-a', 'data/a.txt'], { stdin: 'more\n', tree: true }),
  c(['tee', 'nope/x'], { stdin: 'x\n' }), c(['tee'], { stdin: 'plain\n' }), c(['tee', 'o1', 'o2'], { stdin: 'two\n', tree: true }),
  c(['tee', '-z']),
  // basename / dirname
  c(['basename', '/a/b/c.txt']), c(['basename', '/a/b/c.txt', '.txt']), c(['basename', '-s', '.txt', 'a.txt', 'b.txt']),
  c(['basename', '-a', 'x/y', 'z']), c(['basename']), c(['basename', '/']), c(['basename', 'a/']), c(['basename', 'a', 'b', 'c']),
  c(['basename', '.txt', '.txt']), c(['dirname', '/a/b/c']), c(['dirname', 'c']), c(['dirname', '/']), c(['dirname', 'a/b/', 'x//y']),
  c(['dirname']), c(['dirname', '//a//b//']),
  // date (a fixed time: the lab clock is not the recorder's)
  c(['date', '-u', '-d', '@1795333260']), c(['date', '-d', '@1795333260', '+%Y-%m-%d %H:%M:%S']), c(['date', '-d', '@0', '+%s %j %a %b %e']),
  c(['date', '-d', '@1795333260', '+%D %T %y %p %I %A %B %Z %z %%']), c(['date', '-d', 'bogus-date']), c(['date', '-z']),
  // sleep
  c(['sleep', 'x']), c(['sleep']), c(['sleep', '0']), c(['sleep', '0.01']), c(['sleep', '1x']), c(['sleep', '-1']),
  // env / printenv
  // (Debian's busybox has no printenv applet; Alpine's has, and printenv.test.ts covers it)
  c(['env']), c(['printenv', 'HOME'], G), c(['printenv', 'NOPE'], G), c(['printenv', 'HOME', 'LANG'], G), c(['env', '-u', 'HOME']),
  c(['env', 'FOO=bar']), c(['env', '-i', 'A=1']), c(['printenv'], G), c(['env', '-Y']), c(['printenv', 'NOPE', 'HOME'], G),
  c(['env', 'FOO=1', 'printenv', 'FOO'], G), c(['env', 'sort'], { stdin: 'b\na\n' }),
  // whoami / id
  c(['whoami']), c(['id']), c(['id', '-u']), c(['id', '-un']), c(['id', '-g']), c(['id', '-G']), c(['id', '-n']), c(['id', 'root']),
  c(['id', 'nosuchuser']), c(['id', '-Y']), c(['whoami', 'x']), c(['id', '-gn']), c(['id', '-Gn']),
  // du
  c(['du', 'data'], { sortLines: true }), c(['du', '-s', 'data']), c(['du', '-sh', 'data']), c(['du', '-h', 'data'], { sortLines: true }),
  c(['du', 'data/a.txt']), c(['du', '/nope']), c(['du', '-a', 'data'], { sortLines: true }), c(['du', '-sh', 'data', 't']),
  c(['du', '-c', 'data/a.txt', 'data/big.bin']), c(['du', '-Y']), c(['du', '-sc', 'data', 't']), c(['du', '-s'], {}),
  // stat
  c(['stat', '-c', '%n %s %F %a %A %U %G %h', 'data/a.txt', 'data', 'data/link']), c(['stat', '/nope']),
  c(['stat', '-c', '%s', '/nope', 'data/a.txt']), c(['stat']), c(['stat', '-L', '-c', '%F %N', 'data/link']),
  c(['stat', '-c', '%N', 'data/link']), c(['stat', '-c', '%y', 'data/a.txt'], { only: 'gnu' }),
  // find
  c(['find', 'data'], { sortLines: true }), c(['find', 'data', '-name', '*.txt'], { sortLines: true }),
  c(['find', '.', '-type', 'd'], { sortLines: true }), c(['find', 'data', '-type', 'f', '-name', 'b*'], { sortLines: true }),
  c(['find', '/nope']), c(['find', 'data', '-maxdepth', '1'], { sortLines: true }), c(['find', 'data', '-bogus']),
  c(['find', 'data', '-type', 'l']), c(['find'], { sortLines: true }), c(['find', 'data', '-name']), c(['find', 'data', '-type', 'x']),
  c(['find', 'data/a.txt']), c(['find', 'data', '-iname', 'A*']), c(['find', 'data', '!', '-name', '*.txt'], { sortLines: true }),
  c(['find', 'data', '-not', '-type', 'd'], { sortLines: true }), c(['find', 'data', '-path', '*sub*'], { sortLines: true }),
  c(['find', '.', '-empty']), c(['find', 'data', '-mindepth', '1', '-maxdepth', '1', '-type', 'd']), c(['find', 'data/', '-name', 'c*']),
  c(['find', 'data', '-name', '*.txt', '-o', '-name', '*.log'], { sortLines: true }), c(['find', 'data', '(', '-name', 'a*', ')']),
  c(['find', 'data', '-type', 'f', '-size', '+1k']), c(['find', 'data', '-name', 'a*', '-print']), c(['find', 'data', '-maxdepth']),
  // which
  c(['which', 'nope']), c(['which']),
  // seq
  c(['seq', '3']), c(['seq', '2', '5']), c(['seq', '1', '2', '10']), c(['seq', '5', '1']), c(['seq', '-s', ',', '3']),
  c(['seq', '-w', '8', '10']), c(['seq', 'x']), c(['seq']), c(['seq', '0.5', '2']), c(['seq', '-f', '%03g', '3']), c(['seq', '3', '-1', '1']),
  c(['seq', '1', '0', '3'], { only: 'gnu' }), c(['seq', '1', '0.1', '1.3']), c(['seq', '1', '2', '3', '4']), c(['seq', '-1']), c(['seq', '10', '-3', '1']),
  // xargs
  c(['xargs'], { stdin: 'a b\nc\n' }), c(['xargs', 'echo'], { stdin: 'a b\nc\n' }), c(['xargs', '-n', '1', 'echo'], { stdin: 'a b\nc\n' }),
  c(['xargs', '-I', '{}', 'echo', 'x{}y'], { stdin: 'a b\nc\n' }), c(['xargs', '-n', 'x']), c(['xargs', '-t', 'echo'], { stdin: 'a b\n' }),
  c(['xargs', 'echo'], { stdin: '' }), c(['xargs', '-n', '2'], { stdin: '1 2 3 4 5\n' }), c(['xargs', 'echo', "'a b'"], { stdin: "'q r' \"s t\" u\\ v\n" }),
  // clear
  c(['clear'], { env: { TERM: 'xterm' } }),
  // more edges
  c(['ls', '-t', 'data']), c(['ls', '-lt', 'data']), c(['ls', '-ltr', 'data']), c(['ls', '-lSr', 'data']), c(['ls', '-Fl', 'data']),
  c(['ls', '-Ad', 't/.hidden']), c(['ls', '-g', 'data/a.txt']), c(['ls', '-o', 'data/a.txt']), c(['ls', '-lL', 'data/link']),
  c(['ls', '-1a', 'empty']), c(['ls', '--full-time', 'data/a.txt']), c(['ls', 'data/link/']), c(['ls', '-la', 'data/link']), c(['ls', '-x', '-w', '25', 't']),
  c(['cat', '-s'], { stdin: 'a\n\n\n\nb\n' }), c(['cat', '-T', 't/spaces.txt']), c(['cat', '-v'], { stdin: 'caf\u00e9\x01\x7f\n' }),
  c(['cat', '-ns'], { stdin: 'a\n\n\nb\n' }), c(['cat', '-et'], { stdin: 'a\tb\n' }),
  c(['grep', '-rl', 'a', 'data'], { sortLines: true }), c(['grep', '-r', '--include=*.log', 'o', 'data']), c(['grep', '-c', '-v', 'a', 'data/a.txt', 'data/b.log']),
  c(['grep', '-n', '-A1', 'alpha', 'data/a.txt']), c(['grep', '-oi', 'A', 'data/a.txt']), c(['grep', '-E', '-e', 'al|ga', 'data/a.txt']),
  c(['grep', '-f', 'data/a.txt', 't/fruits.txt']), c(['grep', '-xF', 'beta', 'data/a.txt']), c(['grep', '--color=never', 'a', 'data/a.txt']),
  c(['grep', '-H', 'a', 'data/a.txt']), c(['grep', '-b', 'a', 'data/a.txt']), c(['grep', '-w', 'a'], { stdin: 'a b\nab\nb_a a\n' }),
  c(['grep', '-E', '(a|b)\\1', 'data/a.txt']), c(['grep', '-i', '[A-C]', 'data/a.txt']), c(['grep', '-e', 'x', '-f', '/nope', 'data/a.txt']),
  c(['grep', '-L', 'zzz', '-r', 'data/sub']), c(['grep', '-m', '1', '-c', 'a', 'data/a.txt']), c(['grep', '-q', 'a', '/nope', 'data/a.txt']),
  c(['head', '-c', '1K', 'data/big.bin']), c(['tail', '-c', '-3', 'data/a.txt']), c(['head', '-n', '+2', 'data/a.txt']),
  c(['tail', '-n', '-2', 'data/a.txt']), c(['head', '-qn1', 'data/a.txt', '-'], { stdin: 'in\n' }), c(['tail', '-v', '-'], { stdin: 'x\n' }),
  c(['sort', '-k1.2', 't/fruits.txt']), c(['sort', '-b', '-k2'], { stdin: 'a   z\nb y\n' }), c(['sort', '-t,', '-k3', 't/csv.txt']),
  c(['sort', '-h'], { stdin: '1K\n2M\n512\n1G\n' }), c(['sort', '-V'], { stdin: 'v1.10\nv1.2\nv1.9\n' }), c(['sort', '-M'], { stdin: 'Mar\nJan\nfeb\n' }),
  c(['sort', '-nu'], { stdin: '1\n01\n2\n' }), c(['sort', '-r', '-k2n', '-t', ','], { stdin: 'a,2\nb,10\nc,1\n' }), c(['sort', '-s', '-k1,1'], { stdin: 'b 2\na 2\nb 1\n' }),
  c(['cut', '--complement', '-d,', '-f2', 't/csv.txt']), c(['cut', '-d,', '-f1,3', '--output-delimiter=|', 't/csv.txt']),
  c(['cut', '-c', '2-', 'data/a.txt']), c(['cut', '-f2', '-d', ':'], { stdin: 'a:b\nno-delim\n' }),
  c(['tr', '-t', 'abc', 'xy'], { stdin: 'abc\n' }), c(['tr', 'a-c', 'x'], { stdin: 'abcd\n' }), c(['tr', '-d', '\\n'], { stdin: 'a\nb\n' }),
  c(['tr', '[:upper:]', '[:lower:]'], { stdin: 'MiXeD\n' }), c(['tr', '-cd', '[:digit:]'], { stdin: 'a1b2c3\n' }), c(['tr', 'a-z', 'A-C'], { stdin: 'hello\n' }),
  c(['du', '-d', '1', '.'], { sortLines: true }), c(['du', '-ah', 'data/sub']), c(['du', '-hs', '.']),
  c(['stat', '-c', '%-10n|%5s|%F', 'data/a.txt', 'empty']), c(['stat', '-c', '%a %A', 'data/run.sh']), c(['stat', '--printf=%n:%s\\n', 'data/a.txt'], G),
  c(['find', 'data', '-perm', '755']), c(['find', 'data', '-executable', '-type', 'f']), c(['find', 'data', '-newer', 'data/a.txt']),
  c(['find', 'data/sub', '-print0']), c(['find', 'data', '-maxdepth', '1', '-name', '*.txt', '-o', '-maxdepth', '1', '-name', '*.sh'], { sortLines: true }),
  c(['find', 'data', '-type', 'f', '-name', '*.txt', '-maxdepth', '1'], { sortLines: true }), c(['find', 'data', '-name', 'sub', '-prune', '-o', '-print'], { sortLines: true }),
  c(['find', 'data', '-size', '-1k'], { sortLines: true }), c(['find', 'data', '-size', '5000c']), c(['find', 't', '-name', '.*']),
  c(['find', 'data', '-regex', '.*\\.txt'], { sortLines: true }), c(['find', 'data', '-regex', 'data/\\(a\\|b\\).*'], { sortLines: true }),
  c(['find', 'data', '-iregex', '.*A.TXT'], { sortLines: true }), c(['find', 'data', '-regex', '.*[.]t+xt'], { sortLines: true }),
  c(['find', 'data', '-regex', 'a.*']), c(['grep', '-oP', '\\d+'], { stdin: 'ab12\n' }), c(['grep', '-P', '(?<=b)\\d'], { stdin: 'ab12\n' }),
  c(['grep', '-P', '('], { stdin: 'x\n' }), c(['grep', '-P', 'a)'], { stdin: 'x\n' }),
  c(['seq', '-w', '-2', '2']), c(['seq', '-s', ' ', '0.1', '0.1', '0.5']), c(['seq', '-f', '%.2f', '1', '3']), c(['seq', '5', '-2', '0']),
  c(['seq', '-s', '', '3']), c(['seq', '1e2', '1e2']),
  c(['xargs', '-0'], { stdin: 'a b\0c\0' }), c(['xargs', '-L', '1'], { stdin: 'a b\nc\n' }), c(['xargs', '-d', ','], { stdin: 'a,b,c' }),
  c(['xargs', '-r', 'echo', 'x'], { stdin: '' }), c(['xargs', '-n', '2', '-t'], { stdin: '1 2 3\n' }), c(['xargs'], { stdin: "it's\n" }),
  c(['basename', '-z', 'a/b']), c(['env', '-0']), c(['env', '-u']), c(['date', '-d', '2024-02-29 12:30', '+%A %j %U']),
  c(['date', '-u', '-d', '2026-11-22T07:41:00', '+%s']), c(['date', '-d', '@1795333260', '-R']), c(['date', '-d', '@1795333260', '-I']),
  c(['mkdir', '-m', '700', 'm'], T), c(['rm', '-i', 'data/a.txt'], { stdin: 'y\n', tree: true }), c(['rm', '-i', 'data/a.txt'], { stdin: 'n\n' }),
  c(['cp', '-n', 'data/a.txt', 'data/b.log'], T), c(['cp', '-t', 'empty', 'data/a.txt', 'data/b.log'], T), c(['cp', '-T', 'data/sub', 'empty'], T),
  c(['mv', '-t', 'empty', 'data/a.txt'], T), c(['mv', '-n', 'data/a.txt', 'data/b.log'], T), c(['ln', '-sv', 'x', 'y']), c(['ln', '-s', '-t', 'empty', '/a', '/b'], T),
  c(['uniq', '-f', '1'], { stdin: 'a x\nb x\nc y\n' }), c(['uniq', '-s', '1'], { stdin: 'ax\nbx\ncy\n' }), c(['uniq', '-w', '1'], { stdin: 'ab\nac\nbc\n' }),
  c(['uniq', '-D'], { stdin: 'a\na\nb\n' }), c(['wc', '-L'], { stdin: 'a\tb\nxyz\n' }), c(['wc', '-m'], { stdin: 'caf\u00e9\n' }), c(['wc', '-c'], { stdin: 'caf\u00e9\n' }),
  c(['tee', '-a', 'o1', 'o1'], { stdin: 'x\n', tree: true }), c(['touch', '-c', 'data/a.txt', 'zz']),
  // --help and --version
  c(['ls', '--help']), c(['grep', '--help']), c(['grep', '-V'], G), c(['wc', '--version']), c(['head', '--he']), c(['sort', '--help', '-Y']),
  c(['find', '--version'], G), c(['true', '--help'], G), c(['xargs', '--help']), c(['cp', '--help']), c(['date', '--version'], G),
  // true / false
  c(['true']), c(['false']), c(['false', 'x']), c(['true', 'x']),
];
