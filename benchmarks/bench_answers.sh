#!/usr/bin/env bash
# Answers timed from a store that holds the analyses of the first K OrangeSum articles: the
# corpus-level answers from scratch, stats, entities and timeline twice, the report (first build,
# rebuild) and the timeline after 10 new articles. Run by hand from the project folder:
#
#     bash benchmarks/bench_answers.sh K STORE [WORK]
#
# STORE is a CORPUS_CACHE_DIR where `corpus analyse` has parsed (at least) the first K lines of
# ../shared/data/orangesum_fr_news.jsonl.gz. Prints one line per answer: wall, CPU, peak memory.
set -u
K=$1
export CORPUS_CACHE_DIR=$2
W=${3:-$(mktemp -d)}
PY=${PYTHON:-python}
DATA="$(dirname "$0")/../../shared/data/orangesum_fr_news.jsonl.gz"
mkdir -p "$W"
$PY - "$DATA" "$W" "$K" <<'P'
import gzip, sys
data, work, k = sys.argv[1], sys.argv[2], int(sys.argv[3])
with gzip.open(data, "rt") as s, open(f"{work}/first.jsonl", "w") as a, \
        open(f"{work}/next10.jsonl", "w") as b:
    for i, line in enumerate(s):
        if i >= k + 10:
            break
        (a if i < k else b).write(line)
P
# The data set holds 33,958 articles: with none left after the first K, the 10 new articles
# are made of two of the first K each (their text one after the other, a new id), so that
# their events meet those of the corpus as a follow-up article's would.
if [ ! -s "$W/next10.jsonl" ]; then
  $PY - "$W" <<'P2'
import json, sys
work = sys.argv[1]
lines = open(f"{work}/first.jsonl").readlines()
with open(f"{work}/next10.jsonl", "w") as out:
    for n in range(10):
        at = (n + 1) * len(lines) // 11
        a, b = json.loads(lines[at]), json.loads(lines[at + 1])
        out.write(json.dumps({"id": f"new-{n}", "date": a["date"], "title": a["title"],
                              "text": a["text"] + "\n\n" + b["text"]}, ensure_ascii=False)
                  + "\n")
P2
fi
t() { /usr/bin/time -f "$1: %e s wall, %U+%S s CPU, %M KB peak" "${@:2}" > /dev/null 2>> "$W/err.txt"; tail -1 "$W/err.txt"; }
t "analyse (corpus-level answers)" $PY -m corpus_cli analyse "$W/first.jsonl" -f json
for i in 1 2; do
  for command in stats entities timeline; do
    t "$command $i" $PY -m corpus_cli $command "$W/first.jsonl" -f json
  done
done
t "report build" $PY -m corpus_cli report "$W/first.jsonl" -o "$W/report.html"
t "report build again" $PY -m corpus_cli report "$W/first.jsonl" -o "$W/report.html"
t "timeline with 10 new articles (their parse included)" \
    $PY -m corpus_cli timeline "$W/first.jsonl" "$W/next10.jsonl" -f json
t "the same again" $PY -m corpus_cli timeline "$W/first.jsonl" "$W/next10.jsonl" -f json
du -b "$CORPUS_CACHE_DIR"/store.sqlite3*
