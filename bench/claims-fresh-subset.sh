#!/usr/bin/env bash
# The fresh part of annotated sets: the excerpts whose page no earlier set used (docs/BENCHMARKS.md). The search
# corpus the sets are collected from is finite, so a later set sometimes reuses a page of an earlier one, which the
# bundled tables may have been fitted on. docs/unseen-news-sources.tsv lists every set's excerpts in the order the
# sets were made; an excerpt is fresh when its URL appears in no row before its set's first row.
#
#   bench/claims-fresh-subset.sh SETS_DIR OUT_DIR SET...      e.g. ... /data/unseen /tmp/fresh DH DI DJ
#
# writes OUT_DIR/setX-gold.jsonl and OUT_DIR/setX/ (links to the fresh texts) for each SET, to score with
# `newsflow eval claims` or bench/claims-leave-one-out.sh OUT_DIR models=DIR.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sources="$root/docs/unseen-news-sources.tsv"
sets_dir="${1:?usage: claims-fresh-subset.sh SETS_DIR OUT_DIR SET...}"
out="${2:?usage: claims-fresh-subset.sh SETS_DIR OUT_DIR SET...}"
shift 2
mkdir -p "$out"
for set in "$@"; do
  prefix="$(printf '%s' "$set" | tr '[:upper:]' '[:lower:]')"
  fresh="$(awk -F'\t' -v p="$prefix" '
    NR == 1 { next }
    index($1, p) == 1 && $1 ~ ("^" p "[0-9]") { mine = 1; if (!($2 in before)) print $1; next }
    !mine { before[$2] = 1 }' "$sources")"
  mkdir -p "$out/set$set"
  : > "$out/set$set-gold.jsonl"
  for file in $fresh; do
    ln -sf "$(cd "$sets_dir/set$set" && pwd)/$file" "$out/set$set/$file"
    grep -F "\"file\": \"$file\"" "$sets_dir/set$set-gold.jsonl" >> "$out/set$set-gold.jsonl" || true
  done
  echo "set$set: $(printf '%s\n' $fresh | grep -c .) fresh excerpts of $(ls "$sets_dir/set$set" | wc -l)"
done
