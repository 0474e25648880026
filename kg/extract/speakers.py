"""Who "I" and "we" are in transcripts and speeches: the speaker label that opens the paragraph ("FOREIGN
MINISTER BRASK (Ruritania): ...", "BRASK: ..."), else the signature line of a speech ("- Address by the
Foreign Minister of Ruritania, Ann-Marie Brask, to ..."). "I" is the speaker, "we" the speaker's country."""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, word_list
from ..model import Actor
from ..nlp import DATELINE_DASHES
from .mentions import DocMentions

LABEL_WORDS = 8  # a speaker label is a few words before a colon at the start of a line
NOT_SPEAKERS = word_list("not_speakers")  # "QUESTION:", "Q:", "MODERATOR:"


class Speakers:
    """The speakers of one article, read once: a label per line start, the signature line, names by surname."""

    def __init__(self, doc, found: DocMentions, gazetteer: Gazetteer, lexicon: Lexicon):
        self.doc, self.found, self.gazetteer, self.lexicon = doc, found, gazetteer, lexicon
        self._labels: dict[int, Actor | None] | None = None
        self._signature: Actor | None = None

    def of(self, token) -> Actor | None:
        """The one who says "I" at `token`: the label of its paragraph, else the article's signature."""
        labels = self._read()
        start = max((s for s in labels if s <= token.i), default=None)
        if start is not None:
            return labels[start]
        return self._signature

    def _read(self) -> dict[int, Actor | None]:
        if self._labels is None:
            self._labels, by_surname = {}, {}
            line_starts = [t.i + 1 for t in self.doc if "\n" in t.text and t.i + 1 < len(self.doc)]
            for start in [0, *line_starts]:
                label = self._label_at(start)
                if label is None:
                    continue
                words, actor = label
                known = by_surname.get(words[-1].lower()) if words else None
                if known is not None and (actor is None or not actor.country):
                    actor = known  # "BRASK:" after "FOREIGN MINISTER BRASK (Ruritania):"
                if actor is not None:
                    by_surname[actor.name.split()[-1].lower()] = actor
                self._labels[start] = actor
            self._signature = self._find_signature(line_starts)
        return self._labels

    def _label_at(self, start: int) -> tuple[list[str], Actor | None] | None:
        """(the label's name words, the speaker) when the line at `start` opens with "LABEL:"."""
        window = self.doc[start : start + LABEL_WORDS + 4]
        colon = next((t.i for t in window if t.is_punct and t.text.endswith(":")), None)  # "BRASK:", "(Ruritania):"
        if colon is None or colon == start:
            return None
        label = self.doc[start:colon]
        if any(t.is_punct and t.text not in ("(", ")", ".", "'", "-") for t in label) or "\n" in label.text:
            return None
        if label.text.strip().lower() in NOT_SPEAKERS:
            return [], None
        return self._speaker_in(label)

    def _speaker_in(self, span) -> tuple[list[str], Actor | None]:
        """A person named in the words, with their title and the country in them ("(Denmark)", "of Barbados")."""
        code, titles, names, person = None, [], [], None
        for token in span:
            mention = self.found.at(token.i)
            if mention is not None and mention.kind == "person" and mention.actor is not None:
                person = person or mention.actor
            elif mention is not None and mention.kind in ("country", "demonym") and mention.code:
                code = code or mention.code
            elif token.lower_ in self.lexicon.titles:
                titles.append(token.text.title())
            elif token.is_alpha and token.text[:1].isupper() and token.lower_ not in ("of", "the"):
                names.append(token.text.title())
        if person is not None:
            name = person.name.title() if person.name.isupper() else person.name
            return [name], Actor(name, "person", person.country or code, person.role or " ".join(titles) or None)
        if not names:
            return [], None
        return names, Actor(" ".join(names), "person", code, " ".join(titles) or None)

    def _find_signature(self, line_starts: list[int]) -> Actor | None:
        """ "- Address by the Foreign Minister of Ruritania, Ann-Marie Brask, to the council": a line opening with a
        dash and "by", naming the one who speaks in the text above it."""
        for start in line_starts:
            first = self.doc[start]
            line = self.doc[start : min(len(self.doc), start + 40)]
            if first.text not in DATELINE_DASHES or not any(t.lower_ == "by" for t in line[:6]):
                continue
            persons = [m for t in line if (m := self.found.at(t.i)) is not None and m.kind == "person"]
            if persons and persons[0].actor is not None:
                return persons[0].actor
        return None
