/**
 * General behaviour, line for line against GNU bash 5.2.15, BusyBox 1.35.0
 * ash and dash 0.5.12: each row is a `bash -c` / `sh -c` line, its output (stdout and stderr
 * together) and status, as the real shell produced them in a directory laid out like FILES below, with
 * HOME there, and these helper programs on PATH: args (prints each argument
 * in brackets), upper (tr a-z A-Z), ids, status N, stderr TEXT, nothing.
 */
import { describe, expect, it } from 'vitest';
import type { Program } from '../../src/shell/types.ts';
import { makeShell, run } from './harness.ts';

const FILES = { '/w/data/a.txt': 'A\n', '/w/data/b.txt': 'B\n', '/w/data/c.log': 'C\n', '/w/data/.hidden': 'H\n', '/w/data/sub/d.txt': 'D\n' };

/** Stand-ins for the few real programs some rows use. */
const EXTRA: Record<string, Program> = {
  sed: async (ctx) => (ctx.stdout.write(ctx.stdin.replace(/.*\/w\//, '/w/')), 0),
  head: async (ctx) => (ctx.stdout.write(ctx.stdin.split('\n').slice(0, 3).join('\n') + '\n'), 0),
  tr: async (ctx) => (ctx.stdout.write(ctx.stdin.toUpperCase()), 0),
  rm: async (ctx) => {
    for (const f of ctx.argv.slice(1).filter((a) => !a.startsWith('-'))) ctx.fs.rm(`${ctx.cwd}/${f}`);
    return 0;
  },
};

const ROWS: [string, string, number][] = [
  ["echo \"a  b\"   c\\ \\ d 'e  f' $'g\\th'", "a  b c  d e  f g\th\n", 0],
  ["x=\"a   b\"; args $x \"$x\" ${x} \"${x}\"", "[a][b][a   b][a][b][a   b]\n", 0],
  ["args $(ids) \"$(ids)\"", "[aaa111][bbb222][ccc333][aaa111\nbbb222\nccc333]\n", 0],
  ["args $(nothing) \"$(nothing)\" $(echo) x", "[][x]\n", 0],
  ["args \"$(printf 'a\\n\\n')\" \"$(printf '\\n\\nb')\"", "[a][\n\nb]\n", 0],
  ["args `echo a b` \"`echo c d`\"", "[a][b][c d]\n", 0],
  ["args $(echo $(echo $(echo deep)))", "[deep]\n", 0],
  ["args \"$(echo \"inner \"quoted\" text\")\"", "[inner quoted text]\n", 0],
  ["IFS=:; x=a:b::c; args $x; unset IFS; args $x", "[a][b][][c]\n[a:b::c]\n", 0],
  ["set -- \"1 2\" 3 \"\"; args \"$@\"; args $@; args \"$*\"; args $*; echo $#", "[1 2][3][]\n[1][2][3]\n[1 2 3 ]\n[1][2][3]\n3\n", 0],
  ["args ${U:-def} ${U-def2} ${E=} \"${E:-empty}\" ${HOME:+set} ${#HOME}", "[def][def2][empty][set][2]\n", 0],
  ["f=archive.tar.gz; args ${f%.*} ${f%%.*} ${f#*.} ${f##*.} ${f%.tar*}", "[archive.tar][archive][tar.gz][gz][archive]\n", 0],
  ["args ~ ~/x \"~\" a~b ~+ ", "[/w][/w/x][~][a~b][/w]\n", 0],
  ["cd data; args *; args *.txt; args ?.log; args .h*; args [ab].*; args *.none; args \"*\"; args \\*", "[a.txt][b.txt][c.log][sub]\n[a.txt][b.txt]\n[c.log]\n[.hidden]\n[a.txt][b.txt]\n[*.none]\n[*]\n[*]\n", 0],
  ["cd data; args */*.txt sub/*", "[sub/d.txt][sub/d.txt]\n", 0],
  ["args {a,b}{1,2} x{,y} {3..1} {a..c} {08..10} \"{q,r}\" \\{s,t\\}", "[a1][a2][b1][b2][x][xy][3][2][1][a][b][c][08][09][10][{q,r}][{s,t}]\n", 0],
  ["echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((-7/2)) $((7%3)) $((2**10)) $((1<2)) $((5>3&&0)) $((0x1f)) $((010))", "7 9 3 -3 1 1024 1 0 31 8\n", 0],
  ["x=5; echo $((x+=2)) $x $((x++)) $x $((--x)) $((x==6?10:20))", "7 7 7 8 7 20\n", 0],
  ["echo a; echo b; status 3; echo $?", "a\nb\n3\n", 0],
  ["status 1 && echo no || echo yes", "yes\n", 0],
  ["true || echo no && echo yes", "yes\n", 0],
  ["! status 2; echo $?", "0\n", 0],
  ["status 3 | status 4; echo $?", "4\n", 0],
  ["ids | upper | args", "\n", 0],
  ["stderr err | upper", "err\n", 0],
  ["stderr err 2>&1 | upper", "ERR\n", 0],
  ["stderr err |& upper", "ERR\n", 0],
  ["echo out >/dev/null; stderr e 2>/dev/null; echo done", "done\n", 0],
  ["{ echo g1; echo g2; } | upper", "G1\nG2\n", 0],
  ["(echo sub; exit 3); echo $?", "sub\n3\n", 0],
  ["x=1; (x=2; echo $x); echo $x", "2\n1\n", 0],
  ["x=1 | true; echo \"[$x]\"", "[]\n", 0],
  ["cd /tmp | true; cd data; pwd | sed 's|.*/w/|/w/|'", "/w/data\n", 0],
  ["if status 1; then echo then; elif true; then echo elif; else echo else; fi", "elif\n", 0],
  ["for i in 1 2 3; do echo $i; done", "1\n2\n3\n", 0],
  ["for i; do echo $i; done", "", 0],
  ["i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo w$i; done", "w1\nw2\nw3\n", 0],
  ["i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n", 0],
  ["for x in a b c; do [ $x = b ] && continue; echo $x; done", "a\nc\n", 0],
  ["for x in a b; do for y in 1 2; do [ $y = 2 ] && break 2; echo $x$y; done; done", "a1\n", 0],
  ["case foo.txt in *.log) echo log;; *.txt|*.md) echo text;; *) echo other;; esac", "text\n", 0],
  ["case x in y) echo y;; esac; echo $?", "0\n", 0],
  ["f() { echo \"f[$#][$1][$2]\"; return 4; }; f a \"b c\"; echo $?", "f[2][a][b c]\n4\n", 0],
  ["f() { local v=in; g; }; g() { echo \"g sees $v\"; }; v=out; f; echo $v", "g sees in\nout\n", 0],
  ["echo $(( $(echo 3) + 4 ))", "7\n", 0],
  ["x='$HOME'; echo $x \"$x\" '$x' \"\\$x\" \\$x", "$HOME $HOME $x $x $x\n", 0],
  ["echo \"a\\\"b\" 'c\"d' \"e'f\" 'g'\\''h'", "a\"b c\"d e'f g'h\n", 0],
  ["echo \\a \\\\ \"\\a\" \"\\\\\" '\\\\'", "a \\ \\a \\ \\\\\n", 0],
  ["echo -e 'tab\\there' \"new\\nline\"", "tab\there new\nline\n", 0],
  ["printf '%s-%s\\n' a b c d e", "a-b\nc-d\ne-\n", 0],
  ["printf '%5.2f|%-4d|%04d|%x\\n' 3.14159 7 42 255", " 3.14|7   |0042|ff\n", 0],
  ["printf '[%s]\\n' \"$(echo)\" ", "[]\n", 0],
  ["read a b c <<< \"1 2 3 4\"; echo \"$a/$b/$c\"", "1/2/3 4\n", 0],
  ["printf 'l1\\nl2\\nl3\\n' | while read -r l; do echo \"<$l>\"; done", "<l1>\n<l2>\n<l3>\n", 0],
  ["echo one > o.txt; echo two >> o.txt; args $(cat o.txt); rm -f o.txt", "[one][two]\n", 0],
  ["echo abc | upper \"$(cat data/a.txt)\"", "ABC\n", 0],
  ["cat <<EOF\nhome=$HOME calc=$((1+1)) sub=$(echo s) \\$literal\nEOF", "home=/w calc=2 sub=s $literal\n", 0],
  ["cat <<'EOF'\nhome=$HOME $(echo no)\nEOF", "home=$HOME $(echo no)\n", 0],
  ["cat <<-EOF\n\t\ttabbed\n\tEOF", "tabbed\n", 0],
  ["cat <<A; cat <<B\nfirst\nA\nsecond\nB", "first\nsecond\n", 0],
  ["x=5 eval 'echo $x'", "5\n", 0],
  ["eval \"y=7\"; echo $y", "7\n", 0],
  ["set -e; status 0; echo ok", "ok\n", 0],
  ["set -- a b c; shift 2; echo $@ $#", "c 1\n", 0],
  ["echo ${x:-$(echo fallback)}", "fallback\n", 0],
  ["unset v; echo ${v:=assigned} $v", "assigned assigned\n", 0],
  ["echo \"${HOME}x\" \"$HOMEx\" \"${HOME}\"", "/wx  /w\n", 0],
  ["a=1 b=2; echo $a$b", "12\n", 0],
  ["echo 'multi\nline'", "multi\nline\n", 0],
  ["echo $'a\\x41\\101'", "aAA\n", 0],
  ["test -d data && echo dir; test -f data || echo notfile; [ -e data/a.txt ] && echo exists", "dir\nnotfile\nexists\n", 0],
  ["[ \"$(echo x)\" = x ] && echo eq", "eq\n", 0],
  ["type echo cd if f 2>&1 | head -3", "echo is a shell builtin\ncd is a shell builtin\nif is a shell keyword\n", 0],
  ["command -v echo", "echo\n", 0],
  ["echo $((011 + 0x10))", "25\n", 0],
  ["echo \"$(( 1 == 1 )) $(( 2 != 2 ))\"", "1 0\n", 0],
  ["x=3; y=4; echo $((x*y)) $((x<<2)) $((y>>1)) $((x&y)) $((x|y)) $((x^y)) $((~x)) $((!x))\necho a{b,c}d{e,f}\necho ${#}\necho \"$#\" \"$?\"\necho -n no-newline; echo\necho *.nomatch\nprintf '%s\\n' \"a b\" c\nargs \"\" '' x\"\"y\necho $((3 > 2 ? 100 : 200))\nargs a\"b\"'c'$'d'\"$(echo e)\"\n", "12 12 2 0 7 7 -4 0\nabde abdf acde acdf\n0\n0 0\nno-newline\n*.nomatch\na b\nc\n[][][xy]\n100\n[abcde]\n", 0],
];

/** bash's extras: (( )), for (( )), [[ ]], let, ${v/p/r}, ${v:o:l}, declare. */
const BASH_EXTRA_ROWS: [string, string, number][] = [
  ["((x=1+2)); echo $x; ((x > 5)); echo $?; ((0)) || echo zero", "3\n1\nzero\n", 0],
  ["for ((i=0;i<3;i++)); do echo $i; done", "0\n1\n2\n", 0],
  ["for ((i=0; i<10; i++)); do [ $i = 1 ] && continue; [ $i = 3 ] && break; echo $i; done", "0\n2\n", 0],
  ["[[ -d /tmp && -d / ]] && echo both", "both\n", 0],
  ["x=\"a b\"; [[ $x == a* ]] && echo pat; [[ $x == \"a*\" ]] || echo literal", "pat\nliteral\n", 0],
  ["[[ ( -z \"\" || -n \"\" ) && ! -e /nope ]] && echo logic; [[ b > a ]] && echo gt", "logic\ngt\n", 0],
  ["[[ abc =~ ^a.c$ ]] && echo re", "re\n", 0],
  ["let x=2*3 y=x+1; echo $x $y $?; let 0; echo $?", "6 7 0\n1\n", 0],
  ["x=hello.world.txt; echo ${x/o/0} ${x//o/0} ${x/#hel/HEL} ${x/%txt/md} ${x/l*/L} ${x//[lo]/_} ${x/nomatch/z} ${x/o}", "hell0.world.txt hell0.w0rld.txt HELlo.world.txt hello.world.md heL he___.w_r_d.txt hello.world.txt hell.world.txt\n", 0],
  ["x=abcdef; echo ${x:2} ${x:1:3} ${x: -2} ${x:2:-1} ${x:10} \"${x:0:0}|\"", "cdef bcd ef cde |\n", 0],
  ["p=/usr/local/bin; echo ${p//\\//:}", ":usr:local:bin\n", 0],
  ["declare -x D=1; declare E=2; declare -p D E", "declare -x D=\"1\"\ndeclare -- E=\"2\"\n", 0],
  ["echo $(( $(echo 3) + 4 )) $((`echo 2`*2))", "7 4\n", 0],
];

const ASH_ROWS: [string, string, number][] = [
  ["echo \"a  b\"   c\\ \\ d 'e  f' $'g\\th'", "a  b c  d e  f g\th\n", 0],
  ["x=\"a   b\"; args $x \"$x\" ${x} \"${x}\"", "[a][b][a   b][a][b][a   b]\n", 0],
  ["args $(ids) \"$(ids)\"", "[aaa111][bbb222][ccc333][aaa111\nbbb222\nccc333]\n", 0],
  ["args $(nothing) \"$(nothing)\" $(echo) x", "[][x]\n", 0],
  ["args \"$(printf 'a\\n\\n')\" \"$(printf '\\n\\nb')\"", "[a][\n\nb]\n", 0],
  ["args `echo a b` \"`echo c d`\"", "[a][b][c d]\n", 0],
  ["args $(echo $(echo $(echo deep)))", "[deep]\n", 0],
  ["args \"$(echo \"inner \"quoted\" text\")\"", "[inner quoted text]\n", 0],
  ["IFS=:; x=a:b::c; args $x; unset IFS; args $x", "[a][b][][c]\n[a:b::c]\n", 0],
  ["set -- \"1 2\" 3 \"\"; args \"$@\"; args $@; args \"$*\"; args $*; echo $#", "[1 2][3][]\n[1][2][3]\n[1 2 3 ]\n[1][2][3]\n3\n", 0],
  ["args ${U:-def} ${U-def2} ${E=} \"${E:-empty}\" ${HOME:+set} ${#HOME}", "[def][def2][empty][set][2]\n", 0],
  ["f=archive.tar.gz; args ${f%.*} ${f%%.*} ${f#*.} ${f##*.} ${f%.tar*}", "[archive.tar][archive][tar.gz][gz][archive]\n", 0],
  ["args ~ ~/x \"~\" a~b ~+ ", "[/w][/w/x][~][a~b][~+]\n", 0],
  ["cd data; args *; args *.txt; args ?.log; args .h*; args [ab].*; args *.none; args \"*\"; args \\*", "[a.txt][b.txt][c.log][sub]\n[a.txt][b.txt]\n[c.log]\n[.hidden]\n[a.txt][b.txt]\n[*.none]\n[*]\n[*]\n", 0],
  ["cd data; args */*.txt sub/*", "[sub/d.txt][sub/d.txt]\n", 0],
  ["args {a,b}{1,2} x{,y} {3..1} {a..c} {08..10} \"{q,r}\" \\{s,t\\}", "[{a,b}{1,2}][x{,y}][{3..1}][{a..c}][{08..10}][{q,r}][{s,t}]\n", 0],
  ["echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((-7/2)) $((7%3)) $((2**10)) $((1<2)) $((5>3&&0)) $((0x1f)) $((010))", "7 9 3 -3 1 1024 1 0 31 8\n", 0],
  ["x=5; echo $((x+=2)) $x $((x++)) $x $((--x)) $((x==6?10:20))", "7 7 7 8 7 20\n", 0],
  ["echo a; echo b; status 3; echo $?", "a\nb\n3\n", 0],
  ["status 1 && echo no || echo yes", "yes\n", 0],
  ["true || echo no && echo yes", "yes\n", 0],
  ["! status 2; echo $?", "0\n", 0],
  ["status 3 | status 4; echo $?", "4\n", 0],
  ["ids | upper | args", "\n", 0],
  ["stderr err | upper", "err\n", 0],
  ["stderr err 2>&1 | upper", "ERR\n", 0],
  ["stderr err |& upper", "sh: syntax error: unexpected \"&\"\n", 2],
  ["echo out >/dev/null; stderr e 2>/dev/null; echo done", "done\n", 0],
  ["{ echo g1; echo g2; } | upper", "G1\nG2\n", 0],
  ["(echo sub; exit 3); echo $?", "sub\n3\n", 0],
  ["x=1; (x=2; echo $x); echo $x", "2\n1\n", 0],
  ["x=1 | true; echo \"[$x]\"", "[]\n", 0],
  ["cd /tmp | true; cd data; pwd | sed 's|.*/w/|/w/|'", "/w/data\n", 0],
  ["if status 1; then echo then; elif true; then echo elif; else echo else; fi", "elif\n", 0],
  ["for i in 1 2 3; do echo $i; done", "1\n2\n3\n", 0],
  ["for i; do echo $i; done", "", 0],
  ["i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo w$i; done", "w1\nw2\nw3\n", 0],
  ["i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n", 0],
  ["for x in a b c; do [ $x = b ] && continue; echo $x; done", "a\nc\n", 0],
  ["for x in a b; do for y in 1 2; do [ $y = 2 ] && break 2; echo $x$y; done; done", "a1\n", 0],
  ["case foo.txt in *.log) echo log;; *.txt|*.md) echo text;; *) echo other;; esac", "text\n", 0],
  ["case x in y) echo y;; esac; echo $?", "0\n", 0],
  ["f() { echo \"f[$#][$1][$2]\"; return 4; }; f a \"b c\"; echo $?", "f[2][a][b c]\n4\n", 0],
  ["f() { local v=in; g; }; g() { echo \"g sees $v\"; }; v=out; f; echo $v", "g sees in\nout\n", 0],
  ["echo $(( $(echo 3) + 4 ))", "7\n", 0],
  ["x='$HOME'; echo $x \"$x\" '$x' \"\\$x\" \\$x", "$HOME $HOME $x $x $x\n", 0],
  ["echo \"a\\\"b\" 'c\"d' \"e'f\" 'g'\\''h'", "a\"b c\"d e'f g'h\n", 0],
  ["echo \\a \\\\ \"\\a\" \"\\\\\" '\\\\'", "a \\ \\a \\ \\\\\n", 0],
  ["echo -e 'tab\\there' \"new\\nline\"", "tab\there new\nline\n", 0],
  ["printf '%s-%s\\n' a b c d e", "a-b\nc-d\ne-\n", 0],
  ["printf '%5.2f|%-4d|%04d|%x\\n' 3.14159 7 42 255", " 3.14|7   |0042|ff\n", 0],
  ["printf '[%s]\\n' \"$(echo)\" ", "[]\n", 0],
  ["read a b c <<< \"1 2 3 4\"; echo \"$a/$b/$c\"", "sh: syntax error: unexpected redirection\n", 2],
  ["printf 'l1\\nl2\\nl3\\n' | while read -r l; do echo \"<$l>\"; done", "<l1>\n<l2>\n<l3>\n", 0],
  ["echo one > o.txt; echo two >> o.txt; args $(cat o.txt); rm -f o.txt", "[one][two]\n", 0],
  ["echo abc | upper \"$(cat data/a.txt)\"", "ABC\n", 0],
  ["cat <<EOF\nhome=$HOME calc=$((1+1)) sub=$(echo s) \\$literal\nEOF", "home=/w calc=2 sub=s $literal\n", 0],
  ["cat <<'EOF'\nhome=$HOME $(echo no)\nEOF", "home=$HOME $(echo no)\n", 0],
  ["cat <<-EOF\n\t\ttabbed\n\tEOF", "tabbed\n", 0],
  ["cat <<A; cat <<B\nfirst\nA\nsecond\nB", "first\nsecond\n", 0],
  ["x=5 eval 'echo $x'", "5\n", 0],
  ["eval \"y=7\"; echo $y", "7\n", 0],
  ["set -e; status 0; echo ok", "ok\n", 0],
  ["set -- a b c; shift 2; echo $@ $#", "c 1\n", 0],
  ["echo ${x:-$(echo fallback)}", "fallback\n", 0],
  ["unset v; echo ${v:=assigned} $v", "assigned assigned\n", 0],
  ["echo \"${HOME}x\" \"$HOMEx\" \"${HOME}\"", "/wx  /w\n", 0],
  ["a=1 b=2; echo $a$b", "12\n", 0],
  ["echo 'multi\nline'", "multi\nline\n", 0],
  ["echo $'a\\x41\\101'", "aAA\n", 0],
  ["test -d data && echo dir; test -f data || echo notfile; [ -e data/a.txt ] && echo exists", "dir\nnotfile\nexists\n", 0],
  ["[ \"$(echo x)\" = x ] && echo eq", "eq\n", 0],
  ["type echo cd if f 2>&1 | head -3", "echo is a shell builtin\ncd is a shell builtin\nif is a shell keyword\n", 0],
  ["command -v echo", "echo\n", 0],
  ["echo $((011 + 0x10))", "25\n", 0],
  ["echo \"$(( 1 == 1 )) $(( 2 != 2 ))\"", "1 0\n", 0],
  ["x=3; y=4; echo $((x*y)) $((x<<2)) $((y>>1)) $((x&y)) $((x|y)) $((x^y)) $((~x)) $((!x))\necho a{b,c}d{e,f}\necho ${#}\necho \"$#\" \"$?\"\necho -n no-newline; echo\necho *.nomatch\nprintf '%s\\n' \"a b\" c\nargs \"\" '' x\"\"y\necho $((3 > 2 ? 100 : 200))\nargs a\"b\"'c'$'d'\"$(echo e)\"\n", "12 12 2 0 7 7 -4 0\na{b,c}d{e,f}\n0\n0 0\nno-newline\n*.nomatch\na b\nc\n[][][xy]\n100\n[abcde]\n", 0],
];

const DASH_ROWS: [string, string, number][] = [
  ["echo \"a  b\"   c\\ \\ d 'e  f' $'g\\th'", "a  b c  d e  f $g\th\n", 0],
  ["x=\"a   b\"; args $x \"$x\" ${x} \"${x}\"", "[a][b][a   b][a][b][a   b]\n", 0],
  ["args $(ids) \"$(ids)\"", "[aaa111][bbb222][ccc333][aaa111\nbbb222\nccc333]\n", 0],
  ["args $(nothing) \"$(nothing)\" $(echo) x", "[][x]\n", 0],
  ["args \"$(printf 'a\\n\\n')\" \"$(printf '\\n\\nb')\"", "[a][\n\nb]\n", 0],
  ["args `echo a b` \"`echo c d`\"", "[a][b][c d]\n", 0],
  ["args $(echo $(echo $(echo deep)))", "[deep]\n", 0],
  ["args \"$(echo \"inner \"quoted\" text\")\"", "[inner quoted text]\n", 0],
  ["IFS=:; x=a:b::c; args $x; unset IFS; args $x", "[a][b][][c]\n[a:b::c]\n", 0],
  ["set -- \"1 2\" 3 \"\"; args \"$@\"; args $@; args \"$*\"; args $*; echo $#", "[1 2][3][]\n[1][2][3]\n[1 2 3 ]\n[1][2][3]\n3\n", 0],
  ["args ${U:-def} ${U-def2} ${E=} \"${E:-empty}\" ${HOME:+set} ${#HOME}", "[def][def2][empty][set][2]\n", 0],
  ["f=archive.tar.gz; args ${f%.*} ${f%%.*} ${f#*.} ${f##*.} ${f%.tar*}", "[archive.tar][archive][tar.gz][gz][archive]\n", 0],
  ["args ~ ~/x \"~\" a~b ~+ ", "[/w][/w/x][~][a~b][~+]\n", 0],
  ["cd data; args *; args *.txt; args ?.log; args .h*; args [ab].*; args *.none; args \"*\"; args \\*", "[a.txt][b.txt][c.log][sub]\n[a.txt][b.txt]\n[c.log]\n[.hidden]\n[a.txt][b.txt]\n[*.none]\n[*]\n[*]\n", 0],
  ["cd data; args */*.txt sub/*", "[sub/d.txt][sub/d.txt]\n", 0],
  ["args {a,b}{1,2} x{,y} {3..1} {a..c} {08..10} \"{q,r}\" \\{s,t\\}", "[{a,b}{1,2}][x{,y}][{3..1}][{a..c}][{08..10}][{q,r}][{s,t}]\n", 0],
  ["echo $((1+2*3)) $(( (1+2)*3 )) $((7/2)) $((-7/2)) $((7%3)) $((2**10)) $((1<2)) $((5>3&&0)) $((0x1f)) $((010))", "dash: 1: arithmetic expression: expecting primary: \"2**10\"\n", 2],
  ["x=5; echo $((x+=2)) $x $((x++)) $x $((--x)) $((x==6?10:20))", "dash: 1: arithmetic expression: expecting primary: \"x++\"\n", 2],
  ["echo a; echo b; status 3; echo $?", "a\nb\n3\n", 0],
  ["status 1 && echo no || echo yes", "yes\n", 0],
  ["true || echo no && echo yes", "yes\n", 0],
  ["! status 2; echo $?", "0\n", 0],
  ["status 3 | status 4; echo $?", "4\n", 0],
  ["ids | upper | args", "\n", 0],
  ["stderr err | upper", "err\n", 0],
  ["stderr err 2>&1 | upper", "ERR\n", 0],
  ["stderr err |& upper", "dash: 1: Syntax error: \"&\" unexpected\n", 2],
  ["echo out >/dev/null; stderr e 2>/dev/null; echo done", "done\n", 0],
  ["{ echo g1; echo g2; } | upper", "G1\nG2\n", 0],
  ["(echo sub; exit 3); echo $?", "sub\n3\n", 0],
  ["x=1; (x=2; echo $x); echo $x", "2\n1\n", 0],
  ["x=1 | true; echo \"[$x]\"", "[]\n", 0],
  ["cd /tmp | true; cd data; pwd | sed 's|.*/w/|/w/|'", "/w/data\n", 0],
  ["if status 1; then echo then; elif true; then echo elif; else echo else; fi", "elif\n", 0],
  ["for i in 1 2 3; do echo $i; done", "1\n2\n3\n", 0],
  ["for i; do echo $i; done", "", 0],
  ["i=0; while [ $i -lt 3 ]; do i=$((i+1)); echo w$i; done", "w1\nw2\nw3\n", 0],
  ["i=0; until [ $i -ge 2 ]; do i=$((i+1)); done; echo $i", "2\n", 0],
  ["for x in a b c; do [ $x = b ] && continue; echo $x; done", "a\nc\n", 0],
  ["for x in a b; do for y in 1 2; do [ $y = 2 ] && break 2; echo $x$y; done; done", "a1\n", 0],
  ["case foo.txt in *.log) echo log;; *.txt|*.md) echo text;; *) echo other;; esac", "text\n", 0],
  ["case x in y) echo y;; esac; echo $?", "0\n", 0],
  ["f() { echo \"f[$#][$1][$2]\"; return 4; }; f a \"b c\"; echo $?", "f[2][a][b c]\n4\n", 0],
  ["f() { local v=in; g; }; g() { echo \"g sees $v\"; }; v=out; f; echo $v", "g sees in\nout\n", 0],
  ["echo $(( $(echo 3) + 4 ))", "7\n", 0],
  ["x='$HOME'; echo $x \"$x\" '$x' \"\\$x\" \\$x", "$HOME $HOME $x $x $x\n", 0],
  ["echo \"a\\\"b\" 'c\"d' \"e'f\" 'g'\\''h'", "a\"b c\"d e'f g'h\n", 0],
  ["echo \\a \\\\ \"\\a\" \"\\\\\" '\\\\'", "a \\ \u0007 \\ \\\n", 0],
  ["echo -e 'tab\\there' \"new\\nline\"", "-e tab\there new\nline\n", 0],
  ["printf '%s-%s\\n' a b c d e", "a-b\nc-d\ne-\n", 0],
  ["printf '%5.2f|%-4d|%04d|%x\\n' 3.14159 7 42 255", " 3.14|7   |0042|ff\n", 0],
  ["printf '[%s]\\n' \"$(echo)\" ", "[]\n", 0],
  ["read a b c <<< \"1 2 3 4\"; echo \"$a/$b/$c\"", "dash: 1: Syntax error: redirection unexpected\n", 2],
  ["printf 'l1\\nl2\\nl3\\n' | while read -r l; do echo \"<$l>\"; done", "<l1>\n<l2>\n<l3>\n", 0],
  ["echo one > o.txt; echo two >> o.txt; args $(cat o.txt); rm -f o.txt", "[one][two]\n", 0],
  ["echo abc | upper \"$(cat data/a.txt)\"", "ABC\n", 0],
  ["cat <<EOF\nhome=$HOME calc=$((1+1)) sub=$(echo s) \\$literal\nEOF", "home=/w calc=2 sub=s $literal\n", 0],
  ["cat <<'EOF'\nhome=$HOME $(echo no)\nEOF", "home=$HOME $(echo no)\n", 0],
  ["cat <<-EOF\n\t\ttabbed\n\tEOF", "tabbed\n", 0],
  ["cat <<A; cat <<B\nfirst\nA\nsecond\nB", "first\nsecond\n", 0],
  ["x=5 eval 'echo $x'", "5\n", 0],
  ["eval \"y=7\"; echo $y", "7\n", 0],
  ["set -e; status 0; echo ok", "ok\n", 0],
  ["set -- a b c; shift 2; echo $@ $#", "c 1\n", 0],
  ["echo ${x:-$(echo fallback)}", "fallback\n", 0],
  ["unset v; echo ${v:=assigned} $v", "assigned assigned\n", 0],
  ["echo \"${HOME}x\" \"$HOMEx\" \"${HOME}\"", "/wx  /w\n", 0],
  ["a=1 b=2; echo $a$b", "12\n", 0],
  ["echo 'multi\nline'", "multi\nline\n", 0],
  ["echo $'a\\x41\\101'", "$a\\x41A\n", 0],
  ["test -d data && echo dir; test -f data || echo notfile; [ -e data/a.txt ] && echo exists", "dir\nnotfile\nexists\n", 0],
  ["[ \"$(echo x)\" = x ] && echo eq", "eq\n", 0],
  ["type echo cd if f 2>&1 | head -3", "echo is a shell builtin\ncd is a shell builtin\nif is a shell keyword\n", 0],
  ["command -v echo", "echo\n", 0],
  ["echo $((011 + 0x10))", "25\n", 0],
  ["echo \"$(( 1 == 1 )) $(( 2 != 2 ))\"", "1 0\n", 0],
  ["x=3; y=4; echo $((x*y)) $((x<<2)) $((y>>1)) $((x&y)) $((x|y)) $((x^y)) $((~x)) $((!x))\necho a{b,c}d{e,f}\necho ${#}\necho \"$#\" \"$?\"\necho -n no-newline; echo\necho *.nomatch\nprintf '%s\\n' \"a b\" c\nargs \"\" '' x\"\"y\necho $((3 > 2 ? 100 : 200))\nargs a\"b\"'c'$'d'\"$(echo e)\"\n", "12 12 2 0 7 7 -4 0\na{b,c}d{e,f}\n0\n0 0\nno-newline\n*.nomatch\na b\nc\n[][][xy]\n100\n[abc$de]\n", 0],
];

const quote = (s: string) => `'${s.replaceAll("'", `'\\''`)}'`;

describe('behaviour matches bash 5.2.15', () => {
  it.each([...ROWS, ...BASH_EXTRA_ROWS])('%s', async (line, output, status) => {
    const shell = makeShell({ cwd: '/w', env: { HOME: '/w', PATH: '/usr/bin:/bin' }, files: FILES, programs: EXTRA });
    const r = await run(shell, `bash -c ${quote(line)} 2>&1`, { isTTY: false });
    expect(r.stdout).toBe(output);
    expect(r.status).toBe(status);
  });
});

describe('behaviour matches BusyBox 1.35.0 ash', () => {
  it.each(ASH_ROWS)('%s', async (line, output, status) => {
    const shell = makeShell({ dialect: 'ash', cwd: '/w', env: { HOME: '/w', PATH: '/usr/bin:/bin' }, files: FILES, programs: EXTRA });
    const r = await run(shell, `sh -c ${quote(line)} 2>&1`, { isTTY: false });
    expect(r.stdout).toBe(output);
    expect(r.status).toBe(status);
  });
});

describe('behaviour matches dash 0.5.12', () => {
  it.each(DASH_ROWS)('%s', async (line, output, status) => {
    const shell = makeShell({ dialect: 'dash', cwd: '/w', env: { HOME: '/w', PATH: '/usr/bin:/bin' }, files: FILES, programs: EXTRA });
    const r = await run(shell, `dash -c ${quote(line)} 2>&1`, { isTTY: false });
    expect(r.stdout).toBe(output);
    expect(r.status).toBe(status);
  });
});
