#!/usr/bin/env bash
# Records what real Docker prints into the transcripts (format: README.md here).
#
#   test/transcripts/record.sh                      # every transcript
#   test/transcripts/record.sh test/transcripts/volumes/prune.txt ...
#
# For each file: resets the local reference engine (/work/shared/reference-docker:
# removes every container, volume and user network, restores the images, removes
# the host paths named on `#! cleanup:` lines), then runs each `$` command with
# `bash -c` in a scratch directory and rewrites the file: comments, directives and
# commands are kept, the output lines (`|`, `!`, `\`, `?`) are replaced by what was
# printed. A step marked `#! current-docker:` keeps its hand-edited output; the
# recorder still runs it (or its `#! reference:` command) so that the state the
# next steps see is right, and prints what the reference engine said instead.
#
# It only ever talks to the local reference engine: DOCKER_HOST is forced to the
# local socket and the daemon must be the reference one (20.10, every image a
# local import). It never pulls, pushes or logs in.
set -euo pipefail

# run from a copy, so that editing this file while it records is harmless
if [ -z "${TRANSCRIPTS_DIR:-}" ]; then
  TRANSCRIPTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  export TRANSCRIPTS_DIR
  copy=$(mktemp /tmp/record.sh.XXXXXX)
  cp "${BASH_SOURCE[0]}" "$copy"
  exec bash "$copy" "$@"
fi
case $0 in /tmp/record.sh.*) rm -f "$0" ;; esac
here=$TRANSCRIPTS_DIR
reference=${REFERENCE_DOCKER:-/work/shared/reference-docker}
scratch=/tmp/transcript-scratch
images=(busybox:latest alpine:latest ubuntu:latest ubuntu:22.04 ubuntu:14.04 debian:latest
        nginx:latest httpd:latest mysql:latest postgres:latest redis:latest wordpress:latest)
step_timeout=${STEP_TIMEOUT:-180}

die() { echo "record.sh: $*" >&2; exit 1; }

# --- talk only to the local reference engine -------------------------------------
unset DOCKER_CONTEXT DOCKER_TLS_VERIFY DOCKER_CERT_PATH
export DOCKER_HOST=unix:///var/run/docker.sock
export DOCKER_CLI_HINTS=false
if ! docker info >/dev/null 2>&1; then
  [ -x "$reference/start" ] || die "no Docker engine and no $reference/start"
  "$reference/start" >&2
fi
server=$(docker version --format '{{.Server.Version}}' 2>/dev/null) || die "cannot reach the local engine"
case $server in
  20.10.*) ;;
  *) die "the local engine is $server, not the reference 20.10 engine; refusing to record" ;;
esac
for img in "${images[@]}"; do
  comment=$(docker image inspect -f '{{.Comment}}' "$img" 2>/dev/null || true)
  if [ -z "$comment" ]; then "$reference/start" >&2; break; fi
done
for img in "${images[@]}"; do
  [ "$(docker image inspect -f '{{.Comment}}' "$img" 2>/dev/null)" = "Imported from -" ] ||
    die "$img is not a local stand-in image of the reference engine; refusing to record"
done

# one recorder at a time
exec 9>/tmp/transcript-record.lock
flock -n 9 || die "another record.sh is running"

# --- reset --------------------------------------------------------------------------
safe_cleanup_path() {
  # absolute, no `..`, and under a scratch-like top directory only
  [[ $1 =~ ^/(home|tmp|srv|mnt|opt|data|var/tmp)/[^/] ]] && [[ $1 != *..* ]]
}

reset_engine() {
  local ids
  ids=$(docker ps -a --format '{{.Names}}' | grep -v '^transcript-' || true)
  [ -n "$ids" ] && [ "${1:-}" != "" ] && echo "record.sh: removing containers left on the engine: $(echo $ids)" >&2
  ids=$(docker ps -aq)
  [ -n "$ids" ] && docker rm -f -v $ids >/dev/null
  ids=$(docker volume ls -q)
  [ -n "$ids" ] && docker volume rm -f $ids >/dev/null
  ids=$(docker network ls --filter type=custom -q)
  [ -n "$ids" ] && docker network rm $ids >/dev/null
  # images: exactly the reference set (a transcript may tag or remove some)
  local missing=0 img
  for img in "${images[@]}"; do docker image inspect "$img" >/dev/null 2>&1 || missing=1; done
  [ $missing = 1 ] && "$reference/start" >/dev/null
  local extra
  extra=$(docker images --format '{{.Repository}}:{{.Tag}}' | grep -vxF -f <(printf '%s\n' "${images[@]}") || true)
  [ -n "$extra" ] && docker rmi -f $extra >/dev/null 2>&1 || true
  extra=$(docker images -q --filter dangling=true)
  [ -n "$extra" ] && docker rmi -f $extra >/dev/null 2>&1 || true
  if [ -n "$(docker ps -aq)$(docker volume ls -q)$(docker network ls --filter type=custom -q)" ]; then
    # someone else created something meanwhile: try again a few times
    reset_tries=$(( ${reset_tries:-0} + 1 ))
    [ $reset_tries -le 5 ] || die "the engine is not empty after the reset (someone else is using it?)"
    sleep 3
    reset_engine
    return
  fi
  reset_tries=0
  # default address pools: 20.10 hands them out round-robin for the daemon's whole
  # life; current Docker takes the lowest free one, so a fresh engine's first user
  # network gets 172.18.0.0/16. Walk the 20.10 pointer round to the start: allocate
  # (and free) pools until the last one, 192.168.240.0/20, has been handed out.
  local i subnet=192.168.240.0/20
  [ "$pools_walked" = 1 ] && return 0
  for i in $(seq 1 40); do
    docker network create transcript-pool-probe >/dev/null
    subnet=$(docker network inspect -f '{{range .IPAM.Config}}{{.Subnet}}{{end}}' transcript-pool-probe)
    docker network rm transcript-pool-probe >/dev/null
    [ "$subnet" = 192.168.240.0/20 ] && break
  done
  [ "$subnet" = 192.168.240.0/20 ] || die "could not bring the address pool pointer round (last: $subnet)"
  pools_walked=1
}

# whether the 20.10 pool pointer is known to be back at the start (see reset_engine);
# only a `docker network create` without --subnet moves it
pools_walked=0

# --- running one command ------------------------------------------------------------
out_file=$(mktemp) err_file=$(mktemp)
trap 'rm -f "$out_file" "$err_file"' EXIT

run_cmd() { # $1 = command; sets status, fills out_file/err_file
  set +e
  (cd "$scratch" && env -i PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
      HOME=/root LANG=C.UTF-8 DOCKER_HOST="$DOCKER_HOST" DOCKER_CLI_HINTS=false \
      timeout "$step_timeout" bash -c "$1" </dev/null >"$out_file" 2>"$err_file")
  status=$?
  set -e
}

emit_stream() { # $1 = file, $2 = prefix (| or !), $3 = stream name
  local f=$1 p=$2 line
  [ -s "$f" ] || return 0
  sed -i 's/\r$//' "$f"
  while IFS= read -r line; do
    if [ -z "$line" ]; then printf '%s\n' "$p"; else printf '%s %s\n' "$p" "$line"; fi
  done <"$f"
  # read stops before a last line without a newline: print it with the marker
  if [ -n "$line" ]; then
    printf '%s %s\n\\ no newline at end of %s\n' "$p" "$line" "$3"
  fi
}

recorded_output() {
  emit_stream "$out_file" '|' stdout
  emit_stream "$err_file" '!' stderr
  if [ "$status" != 0 ]; then printf '? %s\n' "$status"; fi
  return 0
}

# --- one transcript -----------------------------------------------------------------
record_file() {
  local file=$1
  local -a lines=()
  mapfile -t lines <"$file"
  local n=${#lines[@]} i=0 line

  # host paths to remove before recording
  local -a cleanup=()
  for line in "${lines[@]}"; do
    if [[ $line =~ ^\#!\ *cleanup:\ *(.*)$ ]]; then
      read -r -a more <<<"${BASH_REMATCH[1]}"
      cleanup+=("${more[@]}")
    fi
  done

  # a `docker network create` in an earlier try of this file moved the pool pointer
  grep -q 'network create' "$file" && [ "${2:-}" = retry ] && pools_walked=0
  local since
  since=$(date +%s)
  reset_engine "${2:-}"
  local p
  for p in "${cleanup[@]}"; do
    safe_cleanup_path "$p" || die "$file: refusing to clean up $p (only /home, /tmp, /srv, /mnt, /opt, /data, /var/tmp)"
    rm -rf -- "$p"
  done
  rm -rf "$scratch" && mkdir -p "$scratch"

  local tmp
  tmp=$(mktemp "$file.XXXXXX")
  {
    while [ $i -lt $n ]; do
      line=${lines[$i]}
      if [[ $line != '$ '* ]]; then
        printf '%s\n' "$line"; i=$((i + 1)); continue
      fi
      # the command, with its `> ` continuation lines
      local cmd=${line:2} at=$((i + 1))
      printf '%s\n' "$line"; i=$((i + 1))
      while [[ $cmd == *\\ && $i -lt $n && ( ${lines[$i]} == '> '* || ${lines[$i]} == '>' ) ]]; do
        printf '%s\n' "${lines[$i]}"
        cmd+=$'\n'"${lines[$i]:2}"
        i=$((i + 1))
      done
      # its annotations
      local hand=0 ref=''
      while [ $i -lt $n ] && [[ ${lines[$i]} == '#!'* ]]; do
        [[ ${lines[$i]} =~ ^\#!\ *current-docker: ]] && hand=1
        [[ ${lines[$i]} =~ ^\#!\ *reference:\ *(.*)$ ]] && ref=${BASH_REMATCH[1]}
        printf '%s\n' "${lines[$i]}"
        i=$((i + 1))
      done
      # its old output
      local -a old=()
      while [ $i -lt $n ] && [[ ${lines[$i]} == '|' || ${lines[$i]} == '| '* || ${lines[$i]} == '!' ||
                                ${lines[$i]} == '! '* || ${lines[$i]} == '\ '* || ${lines[$i]} == '? '* ]]; do
        old+=("${lines[$i]}"); i=$((i + 1))
      done
      run_cmd "${ref:-$cmd}"
      if [ $hand = 1 ]; then
        [ ${#old[@]} -gt 0 ] && printf '%s\n' "${old[@]}"
        local now
        now=$(recorded_output)
        if [ "$now" != "$(printf '%s\n' "${old[@]}")" ]; then
          {
            echo "  $file:$at kept the hand edit of: ${cmd//$'\n'/ }"
            echo "    the reference engine printed:"
            printf '%s\n' "$now" | sed 's/^/      /'
          } >&2
        fi
      else
        recorded_output
      fi
    done
  } >"$tmp"
  local foreign
  foreign=$(foreign_objects "$since" "$tmp")
  if [ -n "$foreign" ]; then
    rm -f "$tmp"
    echo "record.sh: $file: objects this transcript did not create appeared while recording: $(echo $foreign)" >&2
    return 1
  fi
  mv "$tmp" "$file"
  grep -q 'network create\|compose' "$file" && pools_walked=0
  return 0
}

# Names of containers, networks and named volumes created since $1 that the
# transcript $2 does not mention: someone else used the engine meanwhile.
foreign_objects() {
  local until name
  until=$(date +%s.%N)
  docker events --since "$1" --until "$until" --filter event=create \
      --format '{{.Type}} {{if eq .Type "volume"}}{{.Actor.ID}}{{else}}{{.Actor.Attributes.name}}{{end}}' 2>/dev/null |
    while read -r type name; do
      case $type in
        container) [[ $name =~ ^[a-z]+_[a-z]+$ ]] && continue ;;
        network) [ "$name" = transcript-pool-probe ] && continue ;;
        volume) [[ $name =~ ^[0-9a-f]{64}$ ]] && continue ;;
        *) continue ;;
      esac
      [ -z "$name" ] && continue
      grep -qwF -- "$name" "$2" || echo "$type:$name"
    done
}

# --- main ---------------------------------------------------------------------------
files=("$@")
if [ ${#files[@]} -eq 0 ]; then
  mapfile -t files < <(find "$here" -name '*.txt' -type f | sort)
fi
[ ${#files[@]} -gt 0 ] || die "no transcripts"
first=first
failed=()
for f in "${files[@]}"; do
  [ -f "$f" ] || die "no such file: $f"
  echo "recording ${f#"$here"/}" >&2
  tries=0
  until record_file "$f" "$first"; do
    tries=$((tries + 1))
    if [ $tries -ge 5 ]; then
      echo "record.sh: $f: gave up after $tries tries, left as it was" >&2
      failed+=("$f")
      break
    fi
    echo "record.sh: recording ${f#"$here"/} again" >&2
    first=retry
    sleep 10
  done
  first=
done
reset_engine
echo "recorded $(( ${#files[@]} - ${#failed[@]} )) of ${#files[@]} transcript(s)" >&2
[ ${#failed[@]} -eq 0 ] || { printf 'not recorded: %s\n' "${failed[@]}" >&2; exit 1; }
