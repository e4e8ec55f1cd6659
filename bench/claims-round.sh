#!/usr/bin/env bash
# Scores a round of annotated sets as one (docs/BENCHMARKS.md): precision and recall micro-averaged over all the
# round's claims, actor and status over all its matched claims, in one `newsflow eval claims` run rather than one per
# set. Excerpt file names are unique across sets (each set has its own prefix), so one directory of links holds them.
#
#   bench/claims-round.sh SETS_DIR SET...      e.g. ... /data/unseen HP HQ HR HS
#
# SETS_DIR holds setX-gold.jsonl next to setX/ (the layout of the unseen news sets). NEWSFLOW (default ./newsflow)
# is the command that scores; EVAL_ARGS (e.g. --verbose) is passed to it.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sets_dir="${1:?usage: claims-round.sh SETS_DIR SET...}"
shift
[ $# -gt 0 ] || { echo "usage: claims-round.sh SETS_DIR SET..." >&2; exit 2; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

mkdir -p "$work/round"
for set in "$@"; do
  for file in "$sets_dir/set$set"/*; do
    ln -s "$(cd "$(dirname "$file")" && pwd)/$(basename "$file")" "$work/round/"
  done
  cat "$sets_dir/set$set-gold.jsonl" >> "$work/round-gold.jsonl"
done
# shellcheck disable=SC2086
"${NEWSFLOW:-$root/newsflow}" eval claims ${EVAL_ARGS:-} "$work/round-gold.jsonl" "$work/round"
