#!/usr/bin/env bash
# Runs a command beside N CPU-bound busy processes (default 2), the way a
# newcomer's laptop runs `npm test` with other work going on (issue 18):
#
#   bash scripts/with-load.sh npm run test:unit
#   bash scripts/with-load.sh -n 4 npm test
#   LOAD_PROCESSES=3 bash scripts/with-load.sh npm test
#
# The busy processes are `node -e` loops (`for (;;)`); they are stopped when the
# command ends, fails or is interrupted (Ctrl+C), and the script exits with
# the command's status (130 after Ctrl+C).
set -u

n="${LOAD_PROCESSES:-2}"
if [ "${1:-}" = "-n" ]; then
  n="${2:-}"
  shift 2 || true
fi
if [ "${1:-}" = "--" ]; then shift; fi
case "$n" in
  '' | *[!0-9]*) echo "with-load: the number of busy processes must be a whole number (got '$n')" >&2; exit 2 ;;
esac
if [ "$#" -eq 0 ]; then
  echo "usage: bash scripts/with-load.sh [-n N] <command> [args…]   (N busy processes, default 2)" >&2
  exit 2
fi

pids=()
stop_load() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null; done
  pids=()
}
trap stop_load EXIT
trap 'stop_load; exit 130' INT
trap 'stop_load; exit 143' TERM

# Each busy process spins, and quits by itself should this script vanish
# without cleaning up (its parent changes).
busy='const parent = process.ppid; for (let i = 1; ; i++) if (i % 50_000_000 === 0 && process.ppid !== parent) process.exit(0);'
for _ in $(seq 1 "$n"); do
  node -e "$busy" &
  pids+=("$!")
done
echo "with-load: $n busy processes (${pids[*]:-none}) beside: $*" >&2

start=$(date +%s)
"$@"
status=$?
end=$(date +%s)

stop_load
echo "with-load: exit status $status after $((end - start)) s with $n busy processes" >&2
exit "$status"
