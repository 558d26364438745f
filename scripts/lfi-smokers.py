#!/usr/bin/env python3
"""Writes an LFI benchmark: a smokers network with learnable stress, influence and cancer
probabilities (MODEL.pl) and partial examples sampled from known true values (MODEL.ev).

Usage: scripts/lfi-smokers.py PERSONS EXAMPLES OUT_PREFIX [SEED]
True values: stress 0.3, influences 0.4, cancer 0.6; each person has up to 3 friends; an example
observes smokes(P) with probability 0.7 and cancer(P) with probability 0.5, for every P.
"""
import random
import sys


def main(argv):
    persons, count, prefix = int(argv[0]), int(argv[1]), argv[2]
    rnd = random.Random(int(argv[3]) if len(argv) > 3 else 1)
    people = list(range(1, persons + 1))
    friends = sorted({(a, b) for a in people for b in rnd.sample(people, min(3, persons)) if a != b})
    model = ["t(_)::stress(X) :- person(X).",
             "t(_)::influences(X,Y) :- person(X), person(Y).",
             "smokes(X) :- stress(X).",
             "smokes(X) :- friend(X,Y), influences(Y,X), smokes(Y).",
             "t(_)::cancer(X) :- smokes(X)."]
    model += ["person(%d)." % p for p in people] + ["friend(%d,%d)." % f for f in friends]
    with open(prefix + ".pl", "w") as f:
        f.write("\n".join(model) + "\n")
    examples = []
    for _ in range(count):
        smokes = {p: rnd.random() < 0.3 for p in people}
        influences = {(x, y): rnd.random() < 0.4 for x in people for y in people}
        changed = True
        while changed:
            changed = False
            for x, y in friends:
                if influences[(y, x)] and smokes[y] and not smokes[x]:
                    smokes[x] = changed = True
        lines = []
        for p in people:
            if rnd.random() < 0.7:
                lines.append("evidence(smokes(%d), %s)." % (p, str(smokes[p]).lower()))
            if rnd.random() < 0.5:
                lines.append("evidence(cancer(%d), %s)." % (p, str(smokes[p] and rnd.random() < 0.6).lower()))
        examples.append("\n".join(lines))
    with open(prefix + ".ev", "w") as f:
        f.write("\n---\n".join(examples) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
