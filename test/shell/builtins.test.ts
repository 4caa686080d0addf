/**
 * Builtins: each row is a `bash -c` / BusyBox `sh -c` line with its output
 * (stdout and stderr together, the last newline dropped) and status, as GNU
 * bash 5.2.15, BusyBox 1.35.0 and dash 0.5.12 printed them on Debian 12.
 */
import { describe, expect, it } from 'vitest';
import { makeShell, run, sh } from './harness.ts';

const BASH: [string, string, number][] = [
  ["echo -n a; echo b", "ab", 0],
  ["echo -e 'a\\tb\\nc'", "a\tb\nc", 0],
  ["echo -E 'a\\tb'", "a\\tb", 0],
  ["echo -ne 'x\\0101\\c tail'; echo", "xA", 0],
  ["echo -- -n", "-- -n", 0],
  ["echo -nx a", "-nx a", 0],
  ["echo 'a\\tb'", "a\\tb", 0],
  ["printf '%s|%5s|%-5s|%.2s\\n' ab cd ef ghij", "ab|   cd|ef   |gh", 0],
  ["printf '%d %i %05d %+d %x %X %o %#x\\n' 42 -7 42 5 255 255 8 255", "42 -7 00042 +5 ff FF 10 0xff", 0],
  ["printf '%s\\n' a b c", "a\nb\nc", 0],
  ["printf '%s %s\\n' a b c", "a b\nc ", 0],
  ["printf '%c%c\\n' hello world", "hw", 0],
  ["printf '%b\\n' 'a\\tb' 'c\\x41'", "a\tb\ncA", 0],
  ["printf '%%|%5.1f|%e|%g\\n' 3.14159 12345.678 0.0001", "%|  3.1|1.234568e+04|0.0001", 0],
  ["printf 'no newline'; echo", "no newline", 0],
  ["printf '%d\\n' \"'A\" 0x1f 010", "65\n31\n8", 0],
  ["printf '\\101\\x42\\n'", "AB", 0],
  ["printf '%s\\n'", "", 0],
  ["printf -- '-%s-\\n' x", "-x-", 0],
  ["test -e /etc/hostname && echo e", "e", 0],
  ["test -f /etc && echo f || echo notf", "notf", 0],
  ["[ -d /etc ] && echo d", "d", 0],
  ["[ -z \"\" ] && [ -n x ] && echo zn", "zn", 0],
  ["[ abc = abc ] && [ abc != abd ] && echo str", "str", 0],
  ["[ 2 -lt 10 ] && [ 10 -gt 2 ] && [ 3 -le 3 ] && [ 3 -ge 3 ] && [ 1 -ne 2 ] && [ 5 -eq 5 ] && echo nums", "nums", 0],
  ["[ ! -e /nope ] && echo not", "not", 0],
  ["[ -e /nope -o -d /etc ] && echo or", "or", 0],
  ["[ -e /nope -a -d /etc ] || echo and", "and", 0],
  ["[ \\( 1 -eq 1 \\) ] && echo paren", "paren", 0],
  ["[ -s /etc/hostname ] && echo s", "s", 0],
  ["[ ]; echo $?", "1", 0],
  ["[ x ]; echo $?", "0", 0],
  ["[ -n ]; echo $?", "0", 0],
  ["[[ abc == a* ]] && echo glob", "glob", 0],
  ["true; echo $?; false; echo $?; :; echo $?", "0\n1\n0", 0],
  ["cd /tmp; pwd; cd ..; pwd", "/tmp\n/", 0],
  ["type cd echo if", "cd is a shell builtin\necho is a shell builtin\nif is a shell keyword", 0],
  ["command -v cd", "cd", 0],
  ["set -- a b c; shift; echo $# $1; shift 2; echo $#", "2 b\n0", 0],
  ["eval 'x=1; echo $x'", "1", 0],
  ["read a b <<< 'one two three'; echo \"$a|$b\"", "one|two three", 0],
  ["read -r line <<< 'a\\b c'; echo \"$line\"", "a\\b c", 0],
  ["read line <<< 'a\\b c'; echo \"$line\"", "ab c", 0],
  ["printf 'x y\\n' | { read v; echo \"[$v]\"; }", "[x y]", 0],
  ["f() { echo \"$# $@\"; }; f 1 \"2 3\"", "2 1 2 3", 0],
  ["x=outer; f() { local x=inner; echo $x; }; f; echo $x", "inner\nouter", 0],
  ["echo $0", "bash", 0],
  ["set -u; echo ok", "ok", 0],
];

const ASH: [string, string, number][] = [
  ["echo -n a; echo b", "ab", 0],
  ["echo -e 'a\\tb\\nc'", "a\tb\nc", 0],
  ["echo -E 'a\\tb'", "a\\tb", 0],
  ["echo -ne 'x\\0101\\c tail'; echo", "xA", 0],
  ["echo -- -n", "-- -n", 0],
  ["echo -nx a", "-nx a", 0],
  ["echo 'a\\tb'", "a\\tb", 0],
  ["printf '%s|%5s|%-5s|%.2s\\n' ab cd ef ghij", "ab|   cd|ef   |gh", 0],
  ["printf '%d %i %05d %+d %x %X %o %#x\\n' 42 -7 42 5 255 255 8 255", "42 -7 00042 +5 ff FF 10 0xff", 0],
  ["printf '%s\\n' a b c", "a\nb\nc", 0],
  ["printf '%s %s\\n' a b c", "a b\nc ", 0],
  ["printf '%c%c\\n' hello world", "hw", 0],
  ["printf '%b\\n' 'a\\tb' 'c\\x41'", "a\tb\ncA", 0],
  ["printf '%%|%5.1f|%e|%g\\n' 3.14159 12345.678 0.0001", "%|  3.1|1.234568e+04|0.0001", 0],
  ["printf 'no newline'; echo", "no newline", 0],
  ["printf '%d\\n' \"'A\" 0x1f 010", "65\n31\n8", 0],
  ["printf '\\101\\x42\\n'", "AB", 0],
  ["printf '%s\\n'", "", 0],
  ["printf -- '-%s-\\n' x", "-x-", 0],
  ["test -e /etc/hostname && echo e", "e", 0],
  ["test -f /etc && echo f || echo notf", "notf", 0],
  ["[ -d /etc ] && echo d", "d", 0],
  ["[ -z \"\" ] && [ -n x ] && echo zn", "zn", 0],
  ["[ abc = abc ] && [ abc != abd ] && echo str", "str", 0],
  ["[ 2 -lt 10 ] && [ 10 -gt 2 ] && [ 3 -le 3 ] && [ 3 -ge 3 ] && [ 1 -ne 2 ] && [ 5 -eq 5 ] && echo nums", "nums", 0],
  ["[ ! -e /nope ] && echo not", "not", 0],
  ["[ -e /nope -o -d /etc ] && echo or", "or", 0],
  ["[ -e /nope -a -d /etc ] || echo and", "and", 0],
  ["[ \\( 1 -eq 1 \\) ] && echo paren", "paren", 0],
  ["[ -s /etc/hostname ] && echo s", "s", 0],
  ["[ ]; echo $?", "1", 0],
  ["[ x ]; echo $?", "0", 0],
  ["[ -n ]; echo $?", "0", 0],
  ["[[ abc == a* ]] && echo glob", "glob", 0],
  ["true; echo $?; false; echo $?; :; echo $?", "0\n1\n0", 0],
  ["cd /tmp; pwd; cd ..; pwd", "/tmp\n/", 0],
  ["type cd echo if", "cd is a shell builtin\necho is a shell builtin\nif is a shell keyword", 0],
  ["command -v cd", "cd", 0],
  ["set -- a b c; shift; echo $# $1; shift 2; echo $#", "2 b\n0", 0],
  ["eval 'x=1; echo $x'", "1", 0],
  ["read a b <<< 'one two three'; echo \"$a|$b\"", "sh: syntax error: unexpected redirection", 2],
  ["read -r line <<< 'a\\b c'; echo \"$line\"", "sh: syntax error: unexpected redirection", 2],
  ["read line <<< 'a\\b c'; echo \"$line\"", "sh: syntax error: unexpected redirection", 2],
  ["printf 'x y\\n' | { read v; echo \"[$v]\"; }", "[x y]", 0],
  ["f() { echo \"$# $@\"; }; f 1 \"2 3\"", "2 1 2 3", 0],
  ["x=outer; f() { local x=inner; echo $x; }; f; echo $x", "inner\nouter", 0],
  ["echo $0", "sh", 0],
  ["set -u; echo ok", "ok", 0],
];

const DASH: [string, string, number][] = [
  ["echo -n a; echo b", "ab", 0],
  ["echo -e 'a\\tb\\nc'", "-e a\tb\nc", 0],
  ["echo -E 'a\\tb'", "-E a\tb", 0],
  ["echo -ne 'x\\0101\\c tail'; echo", "-ne xA", 0],
  ["echo -- -n", "-- -n", 0],
  ["echo -nx a", "-nx a", 0],
  ["echo 'a\\tb'", "a\tb", 0],
  ["printf '%s|%5s|%-5s|%.2s\\n' ab cd ef ghij", "ab|   cd|ef   |gh", 0],
  ["printf '%d %i %05d %+d %x %X %o %#x\\n' 42 -7 42 5 255 255 8 255", "42 -7 00042 +5 ff FF 10 0xff", 0],
  ["printf '%s\\n' a b c", "a\nb\nc", 0],
  ["printf '%s %s\\n' a b c", "a b\nc ", 0],
  ["printf '%c%c\\n' hello world", "hw", 0],
  ["printf '%b\\n' 'a\\tb' 'c\\x41'", "a\tb\nc\\x41", 0],
  ["printf '%%|%5.1f|%e|%g\\n' 3.14159 12345.678 0.0001", "%|  3.1|1.234568e+04|0.0001", 0],
  ["printf 'no newline'; echo", "no newline", 0],
  ["printf '%d\\n' \"'A\" 0x1f 010", "65\n31\n8", 0],
  ["printf '\\101\\x42\\n'", "A\\x42", 0],
  ["printf '%s\\n'", "", 0],
  ["printf -- '-%s-\\n' x", "-x-", 0],
  ["test -e /etc/hostname && echo e", "e", 0],
  ["test -f /etc && echo f || echo notf", "notf", 0],
  ["[ -d /etc ] && echo d", "d", 0],
  ["[ -z \"\" ] && [ -n x ] && echo zn", "zn", 0],
  ["[ abc = abc ] && [ abc != abd ] && echo str", "str", 0],
  ["[ 2 -lt 10 ] && [ 10 -gt 2 ] && [ 3 -le 3 ] && [ 3 -ge 3 ] && [ 1 -ne 2 ] && [ 5 -eq 5 ] && echo nums", "nums", 0],
  ["[ ! -e /nope ] && echo not", "not", 0],
  ["[ -e /nope -o -d /etc ] && echo or", "or", 0],
  ["[ -e /nope -a -d /etc ] || echo and", "and", 0],
  ["[ \\( 1 -eq 1 \\) ] && echo paren", "paren", 0],
  ["[ -s /etc/hostname ] && echo s", "s", 0],
  ["[ ]; echo $?", "1", 0],
  ["[ x ]; echo $?", "0", 0],
  ["[ -n ]; echo $?", "0", 0],
  ["[[ abc == a* ]] && echo glob", "dash: 1: [[: not found", 127],
  ["true; echo $?; false; echo $?; :; echo $?", "0\n1\n0", 0],
  ["cd /tmp; pwd; cd ..; pwd", "/tmp\n/", 0],
  ["type cd echo if", "cd is a shell builtin\necho is a shell builtin\nif is a shell keyword", 0],
  ["command -v cd", "cd", 0],
  ["set -- a b c; shift; echo $# $1; shift 2; echo $#", "2 b\n0", 0],
  ["eval 'x=1; echo $x'", "1", 0],
  ["read a b <<< 'one two three'; echo \"$a|$b\"", "dash: 1: Syntax error: redirection unexpected", 2],
  ["read -r line <<< 'a\\b c'; echo \"$line\"", "dash: 1: Syntax error: redirection unexpected", 2],
  ["read line <<< 'a\\b c'; echo \"$line\"", "dash: 1: Syntax error: redirection unexpected", 2],
  ["printf 'x y\\n' | { read v; echo \"[$v]\"; }", "[x y]", 0],
  ["f() { echo \"$# $@\"; }; f 1 \"2 3\"", "2 1 2 3", 0],
  ["x=outer; f() { local x=inner; echo $x; }; f; echo $x", "inner\nouter", 0],
  ["echo $0", "dash", 0],
  ["set -u; echo ok", "ok", 0],
];

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

async function viaDashC(dialect: 'bash' | 'ash' | 'dash', line: string) {
  const shell = makeShell({ dialect, cwd: '/tmp/sh/home', files: { '/etc/hostname': 'host\n', '/tmp/sh/home/': null } });
  return run(shell, `${dialect === 'ash' ? 'sh' : dialect} -c ${quote(line)} 2>&1`);
}

describe('bash builtins (checked against bash 5.2.15)', () => {
  it.each(BASH)('%s', async (line, output, status) => {
    const r = await viaDashC('bash', line);
    expect(r.stdout.replace(/\n$/, '')).toBe(output);
    expect(r.status).toBe(status);
  });
});

describe('ash builtins (checked against BusyBox 1.35.0)', () => {
  it.each(ASH)('%s', async (line, output, status) => {
    const r = await viaDashC('ash', line);
    expect(r.stdout.replace(/\n$/, '')).toBe(output);
    expect(r.status).toBe(status);
  });
});

describe('dash builtins (checked against dash 0.5.12)', () => {
  it.each(DASH)('%s', async (line, output, status) => {
    const r = await viaDashC('dash', line);
    expect(r.stdout.replace(/\n$/, '')).toBe(output);
    expect(r.status).toBe(status);
  });
});

describe('builtins: more', () => {
  it('export with no arguments lists the environment as each shell does', async () => {
    const env = { HOME: '/root', Q: 'say "hi" $x' };
    expect((await sh('export', { env })).stdout).toBe('declare -x HOME="/root"\ndeclare -x PWD="/root"\ndeclare -x Q="say \\"hi\\" \\$x"\n');
    expect((await sh("X=it\\'s; export X", { env: { HOME: '/root' }, dialect: 'ash' })).stdout).toBe('');
    expect((await sh("export X=it\\'s; export", { env: { HOME: '/root' }, dialect: 'ash' })).stdout).toBe("export HOME='/root'\nexport PWD='/root'\nexport X='it'\"'\"'s'\n");
  });

  it('type and command -v find programs on PATH in the file system, else in /usr/bin', async () => {
    const files = { '/usr/local/bin/args': '#!/bin/sh\n' };
    expect((await sh('type args cat; command -v cat args', { files })).stdout).toBe('args is /usr/local/bin/args\ncat is /usr/bin/cat\n/usr/bin/cat\n/usr/local/bin/args\n');
    expect(await sh('command -v nope')).toEqual({ stdout: '', stderr: '', status: 1 });
  });

  it('command runs a program or builtin, skipping functions', async () => {
    expect((await sh('echo() { printf "fn\\n"; }; echo x; command echo y')).stdout).toBe('fn\ny\n');
  });

  it('exec runs the command and leaves the shell with its status', async () => {
    const shell = makeShell();
    expect(await run(shell, 'exec status 4; echo never')).toEqual({ stdout: '', stderr: '', status: 4 });
    expect(shell.takeExitRequest()).toBe(4);
  });

  it('source and . run a file in the current shell', async () => {
    const files = { '/root/vars.sh': 'NAME=web\nPORT=8080\nreturn 3\necho never\n' };
    expect((await sh('. ./vars.sh; echo $? $NAME; source /root/vars.sh; echo $PORT', { files })).stdout).toBe('3 web\n8080\n');
  });

  it('cd - prints the new directory, cd "" stays', async () => {
    expect((await sh('cd /tmp; cd -; cd ""; pwd')).stdout).toBe('/root\n/root\n');
  });

  it('read takes one line per call from the same input', async () => {
    expect((await sh('printf "a\\nb\\nc\\n" | { read x; read y; cat; echo "$x$y"; }')).stdout).toBe('c\nab\n');
  });

  it('read at the end of input fails, so while-read loops end', async () => {
    expect((await sh('read x </dev/null; echo $?')).stdout).toBe('1\n');
  });

  it('printf -v stores into a variable (bash)', async () => {
    expect((await sh('printf -v v "%03d" 7; echo $v')).stdout).toBe('007\n');
  });

  it('set -x traces commands to stderr, quoted as each shell quotes (bash 5.2.15, BusyBox 1.35.0)', async () => {
    const line = `set -x; echo "a b" c "it's" "" x=1; y=2 echo; z=3`;
    expect((await sh(line)).stderr).toBe("+ echo 'a b' c 'it'\\''s' '' x=1\n+ y=2\n+ echo\n+ z=3\n");
    expect((await sh(line, { dialect: 'ash' })).stderr).toBe(`+ echo 'a b' c 'it'"'"'s'  'x=1'\n+ y=2 echo\n+ z=3\n`);
  });

  it('set -u makes an unset variable an error (bash 5.2.15, BusyBox 1.35.0, dash 0.5.12)', async () => {
    const line = `set -u; echo "$@" $# \${y:-d}; echo $x; echo after`;
    expect(await sh(line)).toEqual({ stdout: '0 d\n', stderr: 'bash: x: unbound variable\n', status: 1 });
    expect(await sh(`bash -c '${line}'`)).toEqual({ stdout: '0 d\n', stderr: 'bash: line 1: x: unbound variable\n', status: 127 });
    expect(await sh(`sh -c '${line}'`, { dialect: 'ash' })).toEqual({ stdout: '0 d\n', stderr: 'sh: x: parameter not set\n', status: 2 });
    expect(await sh(`dash -c '${line}'`)).toEqual({ stdout: '0 d\n', stderr: 'dash: 1: x: parameter not set\n', status: 2 });
  });

  it('pwd, true, false and : have the usual statuses', async () => {
    expect((await sh('pwd; true; echo $?; false; echo $?; :; echo $?')).stdout).toBe('/root\n0\n1\n0\n');
  });
});
