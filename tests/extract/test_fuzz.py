"""Random and adversarial text never makes the extractor raise."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

NASTY = st.sampled_from([
    "<img src=x onerror=alert(1)>", "\u202eevil", "\x00\x1f", "\\", '"', "’s", "\n\n", "🙂", "the Kremlin",
    "President", "condemned", "visited", "with", "and", "Iraq", "Shoigu", ",", ".", "'s", "hosted by",
])
TEXT = st.one_of(st.text(max_size=300), st.lists(NASTY, max_size=40).map(" ".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=TEXT, published=st.one_of(st.none(), st.dates().map(str)))
def test_extraction_never_raises(extract, text, published):
    result = extract(text, published)
    for event in result["events"]:
        assert event["type"] in ("visit", "meeting", "condemnation", "cooperation", "other")
        assert 0 <= event["evidence"]["start"] <= event["evidence"]["end"] <= len(text)
