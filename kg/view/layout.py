"""Positions for large graphs, computed in Python so the page can draw with physics off.

A force layout of every node is quadratic (networkx's spring_layout needs SciPy and tens of seconds at
5,000 nodes), so the layout has two levels: countries (and actors without a country) are laid out
with networkx's spring layout, weighted by the events between them; each person or organisation then
sits on a sunflower spiral around the country it serves, the most active nearest. Overlapping
clusters are pushed apart. Linear in the number of nodes apart from the few hundred anchors.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

import networkx as nx
import numpy as np

MAX_ANCHORS = 400  # networkx's dense spring layout (no SciPy) stays below 500 nodes
SPACING = 30.0  # pixels between neighbours on a spiral (node sizes are 6 to 40)
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def _anchor_pairs(anchor_of: list[int], pairs: Counter) -> Counter:
    result: Counter = Counter()
    for (a, b), weight in pairs.items():
        x, y = anchor_of[a], anchor_of[b]
        if x != y:
            result[(x, y) if x < y else (y, x)] += weight
    return result


def _anchors(anchor_of: list[int], pairs: Counter, degree: list[int]) -> list[int]:
    """anchor_of with the anchors beyond MAX_ANCHORS moved to the kept anchor they share most events with."""
    anchors = sorted(set(anchor_of), key=lambda a: (-degree[a], a))
    if len(anchors) <= MAX_ANCHORS:
        return anchor_of
    kept = set(anchors[:MAX_ANCHORS])
    best: dict[int, tuple[int, int]] = {}
    for (a, b), weight in _anchor_pairs(anchor_of, pairs).items():
        for x, y in ((a, b), (b, a)):
            if x not in kept and y in kept and (x not in best or weight > best[x][0]):
                best[x] = (weight, y)
    loose = max(kept, key=lambda a: (degree[a], -a))
    moved = {a: best[a][1] if a in best else loose for a in anchors[MAX_ANCHORS:]}
    return [moved.get(a, a) for a in anchor_of]


def _spread(centres: np.ndarray, radii: np.ndarray, rounds: int = 80) -> np.ndarray:
    """Push apart circles that overlap, keeping their arrangement."""
    pos = centres.copy()
    need = radii[:, None] + radii[None, :] + SPACING
    np.fill_diagonal(need, 0)
    for _ in range(rounds):
        delta = pos[:, None, :] - pos[None, :, :]
        dist = np.hypot(delta[..., 0], delta[..., 1])
        overlap = need - dist
        np.maximum(overlap, 0, out=overlap)
        if overlap.max() < 1:
            break
        factor = overlap / (2 * np.maximum(dist, 1e-6))
        pos += np.einsum("ij,ijk->ik", factor, delta)
    return pos


def anchored_layout(
    anchor_of: list[int], edges: list[tuple[int, int]], degree: list[int], size: list[float], seed: int = 7
) -> list[tuple[float, float]]:
    """x, y in pixels for each node. anchor_of[i] is the node i is drawn around (itself for an anchor);
    edges are (source, target) pairs, one per event; degree is the number of events of each node."""
    n = len(anchor_of)
    if n == 0:
        return []
    pairs: Counter = Counter()
    for a, b in edges:
        pairs[(a, b) if a < b else (b, a)] += 1
    anchor_of = _anchors(anchor_of, pairs, degree)
    anchor_pairs = _anchor_pairs(anchor_of, pairs)

    satellites: dict[int, list[int]] = defaultdict(list)
    for i, a in enumerate(anchor_of):
        if i != a:
            satellites[a].append(i)
    anchors = sorted(set(anchor_of))

    graph = nx.Graph()
    graph.add_nodes_from(anchors)
    for (a, b), weight in anchor_pairs.items():
        graph.add_edge(a, b, weight=1 + math.log(weight))
    coarse = (
        nx.spring_layout(graph, seed=seed, iterations=60, weight="weight", method="force")
        if len(anchors) > 1
        else {anchors[0]: np.zeros(2)}
    )

    inner = {a: size[a] + SPACING for a in anchors}
    radius = np.array([inner[a] + SPACING * math.sqrt(len(satellites[a]) + 1) for a in anchors])
    centres = np.array([coarse[a] for a in anchors], dtype=float)
    area = float(((radius + SPACING) ** 2).sum())
    centres *= math.sqrt(area) * 1.4
    centres = _spread(centres, radius)

    pos: list[tuple[float, float]] = [(0.0, 0.0)] * n
    for (cx, cy), a in zip(centres.tolist(), anchors):
        pos[a] = (cx, cy)
        members = sorted(satellites[a], key=lambda i: (-degree[i], i))
        for k, i in enumerate(members):
            r = inner[a] + SPACING * math.sqrt(k + 0.5)
            angle = k * GOLDEN_ANGLE
            pos[i] = (cx + r * math.cos(angle), cy + r * math.sin(angle))
    return [(round(x, 1), round(y, 1)) for x, y in pos]
