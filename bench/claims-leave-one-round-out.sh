#!/usr/bin/env bash
# Leave-one-round-out measure of a model-table refit (docs/BENCHMARKS.md, sessions 17 and 18): for each round, refit
# the bundled tables from their prior on the sets of every other round (`newsflow train claims --prior bundled
# --sigma SIGMA`), keep the refitted TABLES (status, the default; figure; or all) and the bundled others, score the
# round left out, and print each
# round's line and the micro-average over all of them. Rounds are annotated in batches on nearby topics, so a
# round left out is further from its training data than a set left out of its own round
# (bench/claims-leave-one-out.sh).
#
#   bench/claims-leave-one-round-out.sh ROUNDS_DIR [SIGMA] [status|figure|all]
#
# ROUNDS_DIR holds one directory per round, each holding setX-gold.jsonl files next to their text directories
# setX/ (the layout of the unseen news sets, whose texts are third-party and not in the repository). SIGMA
# defaults to 1.0, the refitted tables to status.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rounds_dir="${1:?usage: claims-leave-one-round-out.sh ROUNDS_DIR [SIGMA] [status|figure|all]}"
sigma="${2:-1.0}"
refit="${3:-status}"
case "$refit" in
  status) bundled=(figure-model.tsv actor-model.tsv) ;;
  figure) bundled=(actor-model.tsv status-model.tsv) ;;
  all) bundled=() ;;
  *) echo "refitted tables must be status, figure or all, not '$refit'" >&2; exit 2 ;;
esac
tables="$root/enrich/src/main/resources/dev/newsflow/enrich/claims"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

"$root/newsflow" --version > /dev/null # build once, before the loop
rounds=()
for dir in "$rounds_dir"/*/; do
  rounds+=("$(basename "$dir")")
done
for left_out in "${rounds[@]}"; do
  training=()
  for round in "${rounds[@]}"; do
    [ "$round" = "$left_out" ] && continue
    for gold in "$rounds_dir/$round"/set*-gold.jsonl; do
      training+=("$gold" "${gold%-gold.jsonl}")
    done
  done
  "$root/newsflow" train claims --prior bundled --sigma "$sigma" --out "$work/$left_out" "${training[@]}" 2> /dev/null
  for table in "${bundled[@]}"; do
    cp "$tables/$table" "$work/$left_out/"
  done
  for gold in "$rounds_dir/$left_out"/set*-gold.jsonl; do
    "$root/newsflow" eval claims --models "$work/$left_out" "$gold" "${gold%-gold.jsonl}" \
        > "$work/$left_out-$(basename "$gold" -gold.jsonl).txt"
  done
done

# precision (m/f), recall (m/g), and field accuracies over m matched claims; micro-averaged per round and overall
for round in "${rounds[@]}"; do
  for scored in "$work/$round"-set*.txt; do
    awk -v round="$round" '
      /^precision/ { split($3, a, /[()\/]/); m = a[2]; f = a[3] }
      /^recall/    { split($3, a, /[()\/]/); g = a[3] }
      /^  actor/   { actor = $2 } /^  status/ { status = $2 }
      END { printf "%s %d %d %d %s %s\n", round, m, f, g, actor, status }' "$scored"
  done
done | awk '
  { m[$1] += $2; f[$1] += $3; g[$1] += $4; a[$1] += $5 * $2; s[$1] += $6 * $2
    M += $2; F += $3; G += $4; A += $5 * $2; S += $6 * $2 }
  END { for (r in m) printf "%-10s P %.3f R %.3f actor %.3f status %.3f (%d claims)\n", r, m[r] / f[r],
            m[r] / g[r], a[r] / m[r], s[r] / m[r], g[r]
        printf "all        P %.3f R %.3f actor %.3f status %.3f (%d claims)\n", M / F, M / G, A / M, S / M, G }'
