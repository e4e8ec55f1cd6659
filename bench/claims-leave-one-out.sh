#!/usr/bin/env bash
# Leave-one-set-out measure of the claim models (docs/BENCHMARKS.md): for each annotated set, train the
# models on every other set plus the repository's own gold sets, score the set left out, and print each
# set's line and the micro-average over all of them.
#
#   bench/claims-leave-one-out.sh SETS_DIR [THRESHOLD | grammar | models=DIR | prior=SIGMA]
#
# SETS_DIR holds setX-gold.jsonl files, each next to its text directory setX/ (the layout of the unseen
# news sets, whose texts are third-party and not in the repository). THRESHOLD defaults to the shipped 0.65;
# "grammar" scores the phrase grammar alone on every set, with no training, for comparison; "models=DIR"
# scores every set with the models in DIR (from `newsflow train claims --out DIR`), with no training: the
# first run on fresh sets. "prior=SIGMA" refits the bundled tables on the other sets alone (`newsflow train claims
# --prior bundled --sigma SIGMA`: the earlier fit is the prior, so the repository's sets are not added again); the
# tables named in KEEP (e.g. KEEP="figure-model.tsv actor-model.tsv") stay the bundled ones.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
sets_dir="${1:?usage: claims-leave-one-out.sh SETS_DIR [THRESHOLD | grammar | models=DIR]}"
threshold="${2:-0.65}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

res="$root/enrich/src/test/resources"
repo_sets=("$res/gold/seed-claims.jsonl" "$res/seeds" "$res/gold/dev-claims.jsonl" "$res/dev"
           "$res/gold/blind-claims.jsonl" "$res/blind")
names=()
for gold in "$sets_dir"/set*-gold.jsonl; do
  names+=("$(basename "$gold" -gold.jsonl)")
done

"$root/newsflow" --version > /dev/null # build once, before the loop
for left_out in "${names[@]}"; do
  if [ "$threshold" = grammar ]; then
    "$root/newsflow" eval claims --grammar-only "$sets_dir/$left_out-gold.jsonl" "$sets_dir/$left_out" \
        > "$work/$left_out.txt"
    continue
  fi
  if [[ "$threshold" == models=* ]]; then
    "$root/newsflow" eval claims --models "${threshold#models=}" "$sets_dir/$left_out-gold.jsonl" \
        "$sets_dir/$left_out" > "$work/$left_out.txt"
    continue
  fi
  training=()
  prior=()
  if [[ "$threshold" == prior=* ]]; then
    prior=(--prior bundled --sigma "${threshold#prior=}")
  else
    training=("${repo_sets[@]}")
  fi
  for name in "${names[@]}"; do
    [ "$name" = "$left_out" ] || training+=("$sets_dir/$name-gold.jsonl" "$sets_dir/$name")
  done
  "$root/newsflow" train claims ${prior[@]+"${prior[@]}"} --out "$work/$left_out" "${training[@]}" 2> /dev/null
  for table in ${KEEP:-}; do
    cp "$root/enrich/src/main/resources/dev/newsflow/enrich/claims/$table" "$work/$left_out/"
  done
  [[ "$threshold" == prior=* ]] && threshold_used=0.65 || threshold_used="$threshold"
  "$root/newsflow" eval claims --models "$work/$left_out" --threshold "$threshold_used" \
      "$sets_dir/$left_out-gold.jsonl" "$sets_dir/$left_out" > "$work/$left_out.txt"
done

# precision (m/f), recall (m/g), and field accuracies over m matched claims; micro-averaged
for name in "${names[@]}"; do
  awk -v set="$name" '
    /^precision/ { split($3, a, /[()\/]/); m = a[2]; f = a[3] }
    /^recall/    { split($3, a, /[()\/]/); g = a[3] }
    /^  actor/   { actor = $2 } /^  status/ { status = $2 } /^  location/ { location = $2 }
    END { printf "%s %d %d %d %s %s %s\n", set, m, f, g, actor, status, location }' "$work/$name.txt"
done | awk '
  { printf "%-6s P %.3f R %.3f actor %.3f status %.3f location %.3f\n", $1, $2 / $3, $2 / $4, $5, $6, $7
    m += $2; f += $3; g += $4; actor += $5 * $2; status += $6 * $2; location += $7 * $2 }
  END { printf "all    P %.3f R %.3f actor %.3f status %.3f location %.3f (%d claims)\n",
        m / f, m / g, actor / m, status / m, location / m, g }'
