"""Small views of an extraction result, for readable assertions."""


def triples(result, kind=None):
    """(type, source country or name, target country or name) of each event."""
    out = []
    for e in result["events"]:
        if kind and e["type"] != kind:
            continue
        src = e["source"]["country"] or e["source"]["name"]
        tgt = (e["target"] or {}).get("country") or (e["target"] or {}).get("name")
        out.append((e["type"], src, tgt))
    return out


def only(result, kind):
    events = [e for e in result["events"] if e["type"] == kind]
    assert len(events) == 1, f"expected one {kind}, got {events}"
    return events[0]
