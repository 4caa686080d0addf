import { describe, expect, it } from 'vitest';
import { makeShell, run, sh } from './harness.ts';

const files = { '/data/a.txt': 'A\n', '/data/b.txt': 'B\n', '/data/c.log': 'C\n', '/data/.hidden': 'H\n', '/data/sub/d.txt': 'D\n' };

describe('executor: lists, pipelines and statuses', () => {
  it('runs ; lists in order and resolves to the last status', async () => {
    expect(await sh('echo a; echo b; status 3')).toEqual({ stdout: 'a\nb\n', stderr: '', status: 3 });
  });

  it('&& and || short-circuit', async () => {
    expect((await sh('status 1 && echo no || echo yes')).stdout).toBe('yes\n');
    expect((await sh('true || echo no && echo yes')).stdout).toBe('yes\n');
    expect((await sh('false && echo no; echo $?')).stdout).toBe('1\n');
  });

  it('pipes each stage’s whole stdout into the next; the status is the last stage’s', async () => {
    expect(await sh('ids | upper | cat')).toEqual({ stdout: 'AAA111\nBBB222\nCCC333\n', stderr: '', status: 0 });
    expect((await sh('status 4 | true')).status).toBe(0);
    expect((await sh('true | status 4')).status).toBe(4);
  });

  it('stderr is not piped unless 2>&1 or |&', async () => {
    expect(await sh('stderr oops | upper')).toEqual({ stdout: '', stderr: 'oops\n', status: 0 });
    expect((await sh('stderr oops 2>&1 | upper')).stdout).toBe('OOPS\n');
    expect((await sh('stderr oops |& upper')).stdout).toBe('OOPS\n');
  });

  it('! negates; set -o pipefail takes the last failure', async () => {
    expect((await sh('! true')).status).toBe(1);
    expect((await sh('! status 3')).status).toBe(0);
    expect((await sh('set -o pipefail; status 3 | true')).status).toBe(3);
  });

  it('$? is the previous command’s status', async () => {
    expect((await sh('status 7; echo $?; echo $?')).stdout).toBe('7\n0\n');
    const shell = makeShell();
    await run(shell, 'status 5');
    expect((await run(shell, 'echo $?')).stdout).toBe('5\n');
  });

  it('an empty line keeps $?', async () => {
    const shell = makeShell();
    await run(shell, 'status 9');
    expect((await run(shell, '')).status).toBe(9);
    expect((await run(shell, '  # comment')).status).toBe(9);
  });

  it('pipeline stages are subshells: cd and assignments there do not stick', async () => {
    expect((await sh('cd /tmp | true; pwd')).stdout).toBe('/root\n');
    expect((await sh('x=1 | true; echo "[$x]"')).stdout).toBe('[]\n');
  });

  it('isTTY is true only when stdout is the terminal', async () => {
    expect((await sh('tty')).stdout).toBe('tty\n');
    expect((await sh('tty | cat')).stdout).toBe('not a tty\n');
    expect((await sh('tty > /tmp/t; cat /tmp/t')).stdout).toBe('not a tty\n');
    expect((await sh('echo $(tty)')).stdout).toBe('not a tty\n');
    expect((await run(makeShell(), 'tty', { isTTY: false })).stdout).toBe('not a tty\n');
  });
});

describe('executor: expansion', () => {
  it('$(...) output is split on whitespace into separate arguments', async () => {
    expect((await sh('args $(ids)')).stdout).toBe('[aaa111][bbb222][ccc333]\n');
  });

  it('$(...) with no output passes no argument at all', async () => {
    expect((await sh('args $(nothing)')).stdout).toBe('\n');
    expect((await sh('args "$(nothing)"')).stdout).toBe('[]\n');
  });

  it('quoted $(...) is one argument with trailing newlines removed', async () => {
    expect((await sh('args "$(ids)"')).stdout).toBe('[aaa111\nbbb222\nccc333]\n');
    expect((await sh('args "$(printf \'a\\n\\n\\n\')|"')).stdout).toBe('[a|]\n');
  });

  it('nested substitutions and backticks', async () => {
    expect((await sh('args $(echo $(echo in) out) `echo tick`')).stdout).toBe('[in][out][tick]\n');
    expect((await sh('args "$(echo "a  b")"')).stdout).toBe('[a  b]\n');
  });

  it('unquoted variables split, quoted ones do not; unset ones vanish', async () => {
    expect((await sh('x="a   b"; args $x "$x" $nope "$nope"')).stdout).toBe('[a][b][a   b][]\n');
  });

  it('IFS changes splitting', async () => {
    expect((await sh('IFS=:; x=a:b::c; args $x')).stdout).toBe('[a][b][][c]\n');
  });

  it('$@, $*, $# and positional parameters', async () => {
    expect((await sh('set -- "1 2" 3; args "$@"; args $@; args "$*"; echo $# $1')).stdout).toBe('[1 2][3]\n[1][2][3]\n[1 2 3]\n2 1 2\n');
    expect((await sh('args "$@"')).stdout).toBe('\n');
  });

  it('parameter operators', async () => {
    expect((await sh('args ${HOME:-x} ${NOPE:-def} ${NOPE:+alt} ${HOME:+alt} ${#HOME}')).stdout).toBe('[/root][def][alt][5]\n');
    expect((await sh('f=file.tar.gz; args ${f%.*} ${f%%.*} ${f#*.} ${f##*.}')).stdout).toBe('[file.tar][file][tar.gz][gz]\n');
    expect((await sh('echo ${X:=set}; echo $X')).stdout).toBe('set\nset\n');
  });

  it('tilde expands to $HOME at a word start only', async () => {
    expect((await sh('args ~ ~/x a~ "~" ~root')).stdout).toBe('[/root][/root/x][a~][~][/root]\n');
  });

  it('arithmetic', async () => {
    expect((await sh('x=5; args $((x*2)) $((x > 3)) $(( (1+2)**2 )) $((x++)) $x $((-7/2)) $((7%3)) $((0x10))')).stdout).toBe('[10][1][9][5][6][-3][1][16]\n');
  });

  it('globbing against the file system, sorted, dotfiles hidden', async () => {
    expect((await sh('args /data/*.txt', { files })).stdout).toBe('[/data/a.txt][/data/b.txt]\n');
    expect((await sh('cd /data; args * ?.log .h*', { files })).stdout).toBe('[a.txt][b.txt][c.log][sub][c.log][.hidden]\n');
    expect((await sh('args /data/*/*.txt /data/[ab].txt', { files })).stdout).toBe('[/data/sub/d.txt][/data/a.txt][/data/b.txt]\n');
  });

  it('a pattern matching nothing stays literal; quoted patterns are not globbed', async () => {
    expect((await sh('args /data/*.md "/data/*.txt" /data/\\*.txt', { files })).stdout).toBe('[/data/*.md][/data/*.txt][/data/*.txt]\n');
  });

  it('brace expansion (bash only)', async () => {
    expect((await sh('args a{b,c}d {1..3} "{x,y}"')).stdout).toBe('[abd][acd][1][2][3][{x,y}]\n');
    expect((await sh('args a{b,c}d', { dialect: 'ash' })).stdout).toBe('[a{b,c}d]\n');
  });
});

describe('executor: variables and environment', () => {
  it('VAR=value alone sets a shell variable, not exported', async () => {
    expect((await sh('FOO=1; echo $FOO; env')).stdout).toBe('1\nHOME=/root\nPATH=/usr/local/bin:/usr/bin:/bin\nPWD=/root\n');
  });

  it('export makes it visible to programs; export NAME=value too', async () => {
    expect((await sh('FOO=1; export FOO; export BAR=2; env')).stdout).toContain('BAR=2\nFOO=1\n');
    expect((await sh('export FOO; FOO=later; env')).stdout).toContain('FOO=later\n');
  });

  it('a prefix assignment is for that command only', async () => {
    const r = await sh('FOO=1 env; echo "[$FOO]"');
    expect(r.stdout).toContain('FOO=1\n');
    expect(r.stdout).toContain('[]\n');
  });

  it('unset', async () => {
    expect((await sh('x=1; unset x; echo "[$x]"')).stdout).toBe('[]\n');
  });

  it('$HOME, $PWD, $OLDPWD follow cd', async () => {
    expect((await sh('cd /tmp; echo $PWD $OLDPWD; cd; echo $PWD')).stdout).toBe('/tmp /root\n/root\n');
  });

  it('constructor env and locals', async () => {
    const r = await sh('echo $A $B; env', { env: { A: 'exported', HOME: '/root' }, locals: { B: 'local' } });
    expect(r.stdout).toBe('exported local\nA=exported\nHOME=/root\nPWD=/root\n');
  });
});

describe('executor: redirections', () => {
  it('> creates and truncates, >> appends', async () => {
    const shell = makeShell();
    await run(shell, 'echo one > /tmp/f; echo two > /tmp/f; echo three >> /tmp/f; echo four >>/tmp/g');
    expect(shell.opts.fs.readFile('/tmp/f')).toBe('two\nthree\n');
    expect(shell.opts.fs.readFile('/tmp/g')).toBe('four\n');
  });

  it('relative paths are relative to the working directory', async () => {
    const shell = makeShell();
    await run(shell, 'cd /tmp; echo hi > rel.txt');
    expect(shell.opts.fs.readFile('/tmp/rel.txt')).toBe('hi\n');
  });

  it('> on a command with no name just creates the file', async () => {
    const shell = makeShell();
    expect((await run(shell, '> /tmp/empty')).status).toBe(0);
    expect(shell.opts.fs.readFile('/tmp/empty')).toBe('');
  });

  it('/dev/null discards, 2>/dev/null silences errors', async () => {
    expect(await sh('echo x >/dev/null; stderr y 2>/dev/null; foo 2>/dev/null')).toEqual({ stdout: '', stderr: '', status: 127 });
  });

  it('2>&1 and >file order matters as in bash', async () => {
    const shell = makeShell();
    const r = await run(shell, 'stderr to-terminal 2>&1 >/tmp/out; stderr to-file >/tmp/out2 2>&1');
    expect(r.stdout).toBe('to-terminal\n');
    expect(shell.opts.fs.readFile('/tmp/out2')).toBe('to-file\n');
  });

  it('&> sends both streams', async () => {
    const shell = makeShell();
    await run(shell, 'stderr e &> /tmp/both; echo o &>> /tmp/both');
    expect(shell.opts.fs.readFile('/tmp/both')).toBe('e\no\n');
  });

  it('< reads a file into stdin; here-strings too', async () => {
    expect((await sh('upper < /etc/hostname')).stdout).toBe('HOST\n');
    expect((await sh('upper <<< "hi $HOME"')).stdout).toBe('HI /ROOT\n');
  });

  it('heredocs: expanded, quoted, tab-stripped, into a file', async () => {
    const shell = makeShell();
    const r = await run(shell, 'TAG=1.27\ncat > /tmp/compose.yaml <<EOF\nservices:\n  web:\n    image: "nginx:$TAG"\nEOF\ncat <<\'X\'\n$TAG\nX\ncat <<-E\n\tindented\n\tE');
    expect(shell.opts.fs.readFile('/tmp/compose.yaml')).toBe('services:\n  web:\n    image: "nginx:1.27"\n');
    expect(r.stdout).toBe('$TAG\nindented\n');
  });

  it('a heredoc into a pipeline', async () => {
    expect((await sh('cat <<EOF | upper\nabc\nEOF')).stdout).toBe('ABC\n');
  });

  it('redirections on compound commands', async () => {
    const shell = makeShell();
    await run(shell, '{ echo a; echo b; } > /tmp/g; for i in 1 2; do echo $i; done >> /tmp/g');
    expect(shell.opts.fs.readFile('/tmp/g')).toBe('a\nb\n1\n2\n');
    expect((await run(shell, 'while read l; do echo "<$l>"; done < /tmp/g')).stdout).toBe('<a>\n<b>\n<1>\n<2>\n');
  });

  it('a failed redirection skips the command', async () => {
    expect(await sh('echo x > /nope/f')).toEqual({ stdout: '', stderr: 'bash: /nope/f: No such file or directory\n', status: 1 });
    expect(await sh('upper < /nope')).toEqual({ stdout: '', stderr: 'bash: /nope: No such file or directory\n', status: 1 });
  });
});

describe('executor: cd and the working directory', () => {
  it('cd then relative paths', async () => {
    expect((await sh('cd /data; cat a.txt; cd sub; cat d.txt ../b.txt; pwd', { files })).stdout).toBe('A\nD\nB\n/data/sub\n');
  });

  it('cd with no argument goes home; cd - goes back and prints', async () => {
    expect((await sh('cd /tmp; cd; pwd; cd /data; cd -; cd -', { files })).stdout).toBe('/root\n/root\n/data\n');
  });

  it('programs see the new cwd; subshells do not leak it', async () => {
    expect((await sh('cd /tmp; where; (cd /; where); where')).stdout).toBe('/tmp\n/\n/tmp\n');
  });

  it('the Shell exposes its cwd', async () => {
    const shell = makeShell();
    await run(shell, 'cd /tmp');
    expect(shell.cwd).toBe('/tmp');
  });
});

describe('executor: control flow', () => {
  it('if / while / until / for / case', async () => {
    expect((await sh('if [ -d /tmp ]; then echo dir; else echo no; fi')).stdout).toBe('dir\n');
    expect((await sh('i=0; while [ $i -lt 3 ]; do i=$((i+1)); done; echo $i')).stdout).toBe('3\n');
    expect((await sh('i=0; until [ $i = 2 ]; do i=$((i+1)); echo $i; done')).stdout).toBe('1\n2\n');
    expect((await sh('for f in /data/*.txt; do echo "[$f]"; done', { files })).stdout).toBe('[/data/a.txt]\n[/data/b.txt]\n');
    expect((await sh('case nginx:1.27 in *:latest) echo latest;; *:*) echo tagged;; esac')).stdout).toBe('tagged\n');
  });

  it('break and continue, with levels', async () => {
    expect((await sh('for x in a b c; do [ $x = b ] && continue; [ $x = c ] && break; echo $x; done')).stdout).toBe('a\n');
    expect((await sh('for x in a b; do for y in 1 2; do [ $y = 2 ] && continue 2; echo $x$y; done; done')).stdout).toBe('a1\nb1\n');
  });

  it('functions with arguments, return and local', async () => {
    expect((await sh('f() { local v=in; echo "$1-$v"; return 3; }; v=out; f a; echo $? $v')).stdout).toBe('a-in\n3 out\n');
  });

  it('a subshell is outside the caller’s loops but inside its function (as bash 5.2.15)', async () => {
    expect(await sh('for i in 1 2; do (break); echo $i; done')).toEqual({
      stdout: '1\n2\n',
      stderr: "bash: break: only meaningful in a `for', `while', or `until' loop\n".repeat(2),
      status: 0,
    });
    expect((await sh('f() { (return 3); echo "after $?"; }; f')).stdout).toBe('after 3\n');
  });

  it('set -e stops at the first failure', async () => {
    const shell = makeShell();
    const r = await run(shell, 'set -e; echo a; false; echo b');
    expect(r).toEqual({ stdout: 'a\n', stderr: '', status: 1 });
    expect(shell.takeExitRequest()).toBe(1);
  });

  it('set -e ignores failures in conditions and && lists', async () => {
    expect((await sh('set -e; if false; then :; fi; false || true; false && true; echo still')).stdout).toBe('still\n');
  });

  it('a runaway loop stops at the iteration limit instead of hanging', async () => {
    const r = await sh('while true; do :; done', { maxLoopIterations: 1000 });
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('bash: loop stopped after 1000 iterations (simulation limit)\n');
  });

  it('runaway recursion stops at the nesting limit', async () => {
    const r = await sh('f() { f; }; f');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('maximum function nesting level exceeded');
  });
});

describe('executor: exit', () => {
  it('exit tells the caller, with the status; interactive bash prints "exit"', async () => {
    const shell = makeShell();
    const r = await run(shell, 'echo a; exit 4; echo b');
    expect(r).toEqual({ stdout: 'a\n', stderr: 'exit\n', status: 4 });
    expect(shell.takeExitRequest()).toBe(4);
    expect(shell.takeExitRequest()).toBeNull();
  });

  it('exit with no argument uses $?; ash prints nothing', async () => {
    const shell = makeShell({ dialect: 'ash' });
    expect(await run(shell, 'status 3; exit')).toEqual({ stdout: '', stderr: '', status: 3 });
    expect(shell.takeExitRequest()).toBe(3);
  });

  it('exit in a subshell, a pipeline stage or $(...) leaves only that', async () => {
    const shell = makeShell();
    const r = await run(shell, '(exit 3); echo $?; exit 5 | true; echo $(exit 2; echo no)x');
    expect(r.stdout).toBe('3\nx\n');
    expect(r.stderr).toBe('');
    expect(shell.takeExitRequest()).toBeNull();
  });

  it('a run after exit starts with no exit request', async () => {
    const shell = makeShell();
    await run(shell, 'exit 1');
    expect((await run(shell, 'echo again')).stdout).toBe('again\n');
    expect(shell.takeExitRequest()).toBeNull();
  });
});

describe('executor: Ctrl+C', () => {
  it('an aborted signal stops the line with status 130', async () => {
    const signal = { aborted: false };
    const shell = makeShell({
      programs: {
        press: async () => {
          signal.aborted = true;
          return 0;
        },
      },
    });
    const r = await run(shell, 'echo a; press; echo b', { signal });
    expect(r).toEqual({ stdout: 'a\n', stderr: '', status: 130 });
  });

  it('a sleep rejected with Interrupted ends the line with 130', async () => {
    const signal = { aborted: false };
    const shell = makeShell({
      sleep: async () => {
        signal.aborted = true;
      },
    });
    const r = await run(shell, 'sleep 10; echo after', { signal });
    expect(r.status).toBe(130);
    expect(r.stdout).toBe('');
    expect((await run(shell, 'echo $?')).stdout).toBe('130\n');
  });

  it('stops a loop', async () => {
    let n = 0;
    const signal = { aborted: false };
    const shell = makeShell({
      programs: {
        tick: async () => {
          if (++n === 5) signal.aborted = true;
          return 0;
        },
      },
    });
    expect((await run(shell, 'while true; do tick; done', { signal })).status).toBe(130);
    expect(n).toBe(5);
  });

  it('a program throwing Interrupted is status 130', async () => {
    expect((await sh('interrupted; echo no')).status).toBe(130);
  });

  it('the clock option gives each run its sleep and signal', async () => {
    const slept: number[] = [];
    const shell = makeShell({ clock: () => ({ sleep: async (ms) => void slept.push(ms), signal: { aborted: false } }) });
    await run(shell, 'sleep 2; sleep 1');
    expect(slept).toEqual([2000, 1000]);
  });
});

describe('executor: programs and scripts', () => {
  it('programs get argv, stdin, env and cwd; a thrown error is a message and status 1', async () => {
    expect(await sh('boom')).toEqual({ stdout: '', stderr: 'bash: boom: internal error: kaboom\n', status: 1 });
  });

  it('ProgramContext.run runs a sub-shell on the same fs', async () => {
    const shell = makeShell();
    const r = await run(shell, 'cd /tmp; subrun "echo hi > f; where; exit 3"; echo $?');
    expect(r.stdout).toBe('/tmp\n3\n');
    expect(shell.opts.fs.readFile('/tmp/f')).toBe('hi\n');
  });

  it('runs an executable shell script by path, with arguments', async () => {
    const shell = makeShell({ files: { '/app/run.sh': 'echo "script $0 $1"\nexit 7\n' } });
    const r = await run(shell, '/app/run.sh arg; echo $?');
    expect(r.stdout).toBe('script /app/run.sh arg\n7\n');
  });

  it('a script with #! runs through the interpreter program', async () => {
    const shell = makeShell({ files: { '/app/a.sh': '#!/bin/sh\necho from sh "$@"\n' } });
    expect((await run(shell, 'cd /app; ./a.sh x y')).stdout).toBe('from sh x y\n');
  });

  it('path errors: missing, directory, not executable, bad interpreter', async () => {
    const shell = makeShell({ files: { '/app/data.txt': 'x', '/app/py.sh': '#!/usr/bin/python3\n' } });
    shell.opts.fs.writeFile('/app/py2.sh', '#!/usr/bin/python3\n');
    expect(await run(shell, './nope')).toEqual({ stdout: '', stderr: 'bash: ./nope: No such file or directory\n', status: 127 });
    expect(await run(shell, '/tmp')).toEqual({ stdout: '', stderr: 'bash: /tmp: Is a directory\n', status: 126 });
    expect(await run(shell, '/app/data.txt')).toEqual({ stdout: '', stderr: 'bash: /app/data.txt: Permission denied\n', status: 126 });
    expect(await run(shell, '/app/py.sh')).toEqual({ stdout: '', stderr: 'bash: /app/py.sh: /usr/bin/python3: bad interpreter: No such file or directory\n', status: 126 });
  });

  it('lookup gets the name, or the absolute path for names with a slash', async () => {
    const asked: string[] = [];
    const shell = makeShell({
      lookup: (name) => {
        asked.push(name);
        return undefined;
      },
    });
    await run(shell, 'cd /tmp; docker ps; ./x; ../usr/bin/y');
    expect(asked).toEqual(['docker', '/tmp/x', '/usr/bin/y']);
  });

  it('builtins win over programs of the same name', async () => {
    const shell = makeShell({ programs: { echo: async (ctx) => (ctx.stdout.write('program\n'), 0) } });
    expect((await run(shell, 'echo builtin; /usr/bin/echo x')).stdout).toBe('builtin\nprogram\n');
  });
});
