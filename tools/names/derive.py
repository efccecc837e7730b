#!/usr/bin/env python3
"""Derives first-name and surname lists from the Swedish NER corpus (Webbnyheter 2012,
github:klintan/swedish-ner-corpus, CC BY 4.0) into assets/lexicons/*-ner.txt.

Only the first half of the corpus's sentences is read: `cargo run --release --example
ner_measure` measures the name detector on the second half, which these lists have not
seen. A token becomes a name when it starts a (first name) or ends a (surname) run of two
or more PER tokens, is written with a capital and letters only, and is not also an
ordinary word of the corpus (seen in lower case, or capitalised outside a name more often
than inside one).

    python3 tools/names/derive.py ../shared/data/swedish-ner-corpus/train_corpus.txt
"""
import sys
from collections import Counter
from pathlib import Path

HEADER = """# {what} derived from the first half of the Swedish NER corpus (Webbnyheter 2012,
# github:klintan/swedish-ner-corpus, CC BY 4.0: © the corpus's authors; names taken from
# runs of PER tokens) by tools/names/derive.py. Regenerate rather than edit by hand;
# add names by hand to {manual}.
"""


def sentences(path):
    sentence = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        parts = line.split("\t") if "\t" in line else line.split()
        if len(parts) < 2:
            if sentence:
                yield sentence
            sentence = []
            continue
        sentence.append((parts[0], parts[-1]))
    if sentence:
        yield sentence


def runs(sentence):
    run = []
    for word, tag in sentence:
        if tag == "PER":
            run.append(word)
        else:
            if run:
                yield run
            run = []
    if run:
        yield run


def name_like(word):
    letters = word.replace("-", "").replace("'", "")
    return (
        len(letters) >= 2
        and letters.isalpha()
        and word[0].isupper()
        and word[1:].replace("-", "").replace("'", "").islower()
    )


def main():
    corpus = list(sentences(sys.argv[1]))
    half = corpus[: len(corpus) // 2]
    lower, capital_outside, capital_inside = Counter(), Counter(), Counter()
    for sentence in half:
        for k, (word, tag) in enumerate(sentence):
            if word.islower():
                lower[word] += 1
            elif tag == "PER":
                capital_inside[word] += 1
            elif k > 0:
                capital_outside[word] += 1
    first, last = set(), set()
    for sentence in half:
        for run in runs(sentence):
            if len(run) >= 2:
                first.add(run[0])
                last.add(run[-1])

    def ordinary(word):
        return lower[word.lower()] > 0 or capital_outside[word] > capital_inside[word]

    out = Path(__file__).resolve().parents[2] / "assets" / "lexicons"
    for names, file, what, manual in [
        (first, "fornamn-ner.txt", "First names", "fornamn.txt"),
        (last, "efternamn-ner.txt", "Surnames", "efternamn.txt"),
    ]:
        kept = sorted(n for n in names if name_like(n) and not ordinary(n))
        text = HEADER.format(what=what, manual=manual) + "".join(n + "\n" for n in kept)
        (out / file).write_text(text, encoding="utf-8")
        print(f"{file}: {len(kept)} names")


if __name__ == "__main__":
    main()
