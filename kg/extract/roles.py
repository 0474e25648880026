"""From a word in the parse to the actors it stands for: names, metonyms, titles, pronouns, groups."""

from __future__ import annotations

import numpy
from spacy.attrs import LOWER

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, word_list
from ..model import Actor
from .attributes import GATHERINGS
from .memo import kids, per_token, sent_of, sentence_start, span_root
from .mentions import DocMentions
from .speakers import Speakers

PERSON_PRONOUNS = {"he", "she", "him", "her", "his", "hers"}
RELATIVE_PRONOUNS = {"who", "which", "that", "whom"}
CLIMB_DEPS = {"xcomp", "advcl", "conj", "acomp", "ccomp", "pcomp", "prep", "pobj", "dobj", "attr", "csubj", "acl"}
OFFICIAL_NOUNS = word_list("official_nouns")
LEADER_ROLES = word_list("leader_roles")
LEADER_REFERENCES = word_list("leader_references")
MEMBER_NOUNS = word_list("member_nouns")
COURTS = word_list("court_nouns")
INTERNATIONAL_COURT = word_list("international_court_words")
SPEAKER_VERBS = word_list("speaker_verbs")
NEIGHBOURS = word_list("neighbour_nouns")
COMPASS = word_list("compass_nouns")
NON_TITLE_OFFICIALS = word_list("non_title_officials")
PAIR_WORDS = word_list("pair_words")
PAIR_NOUNS = word_list("pair_nouns")
FIRST_PERSON_PLURAL = word_list("first_person_plural")
COUNTERPARTS = word_list("counterpart_nouns")
VISIT_HOSTS = word_list("visit_host_references")
VISIT_GUESTS = word_list("visit_guest_references")
PORTFOLIO_WORDS = word_list("portfolio_words")
COUNTS = {"two": 2, "both": 2, "three": 3}
FIRST_PERSON = word_list("first_person_singular") | FIRST_PERSON_PLURAL


class Resolver:
    """Resolves parse tokens of one article to actors; remembers who was named, for later references."""

    def __init__(self, doc, found: DocMentions, gazetteer: Gazetteer, lexicon: Lexicon):
        self.doc = doc
        self.found = found
        self.gazetteer = gazetteer
        self.lexicon = lexicon
        self._lower = None  # the document's lower-case forms, read once when first needed
        self._dateline = None
        self._speakers = None
        self._actors_at: dict[int, list[Actor]] = {}  # token index -> its actors, read once per document
        self._places_read: dict[tuple, bool] = {}  # (test, start, end) -> _venue's or _in_a_name's answer
        self._countries: dict[str, Actor] = {}  # code -> the country as an actor (an Actor is frozen: one each)

    # ---- single actors ----

    def actor_of(self, head, _depth: int = 0) -> Actor | None:
        if head is None or _depth > 4:
            return None
        relative = self.relative_country(head)
        if relative is not None:
            return relative
        mention = self.found.at(head.i)
        if mention is not None:
            if mention.media:
                return None
            if mention.actor is not None:
                return mention.actor
            if mention.kind == "demonym":
                return self.country(mention.code)
            return None
        lower = head.lower_
        if lower in PERSON_PRONOUNS:
            if lower in ("him", "her") and head.dep_ in ("dobj", "dative"):
                other = self.object_person(head)
                if other is not None:
                    return other
            return self.last_person(head.i) or self.last_title(head, _depth)
        if lower in ("it", "they", "we") and head.dep_ == "nsubj" and head.head.dep_ == "ccomp":
            return self.speaker(head.head.head, _depth)
        if lower in FIRST_PERSON:
            return self.first_person(head)
        if lower in RELATIVE_PRONOUNS and head.head.i != head.i:
            verb = head.head
            if verb.dep_ == "relcl":
                return self.actor_of(verb.head, _depth + 1)
        if lower in self.lexicon.non_diplomatic:
            return self.tribunal(head)
        refers = self.lexicon.definite_references.get(lower)
        if refers == "armed_group" and head.pos_ == "NOUN":
            group = self.armed_group_before(head)  # "the rebels": the armed group named before (rule ref.armed_group)
            if group is not None:
                return group
            refers = None
        if refers and head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            code = self.country_modifier(head, places=False) if refers == "country" else None
            if code:  # "the Moroccan kingdom": its adjective's, not the country named last (rule ref.demonym_kingdom)
                return self.country(code)
            hosting = any(c.dep_ in ("compound", "amod") and c.lower_ in VISIT_HOSTS for c in kids(head))
            if refers == "country" and hosting and not any(c.dep_ == "appos" for c in kids(head)):
                visited = next(  # "the host country": the one of the place visited, named last (rule ref.visit_party)
                    (m.code for m in self.found.before(head.i, 400) if m.kind in ("place", "country") and m.code), None
                )
                if visited:
                    return self.country(visited)
            return self.named_before(head, refers)
        if (
            refers == "country"
            and head.pos_ == "NOUN"
            and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kids(head))
        ):
            person = self.last_person(head.i)  # "N. N. said his country would ...": N. N.'s (rule ref.his_country)
            return self.country(person.country) if person is not None and person.country else None
        party = self.visit_party(head)
        if party is not None:
            return party
        for child in kids(head):
            if child.dep_ == "appos":
                actor = self.actor_of(child, _depth + 1)
                if (
                    actor is not None
                    and actor.kind == "person"
                    and head.lemma_.lower() in self.lexicon.collective_nouns
                ):
                    actor = self.collective(head)  # "the militant group N. N.": a name the model took for a person
                if actor is not None:
                    return actor
        if lower in MEMBER_NOUNS and head.pos_ == "NOUN":
            for obj in prep_objects(head, ("of", "from")):
                actor = self.actor_of(obj, _depth + 1)
                if actor is not None:
                    return actor
        if head.pos_ in ("NOUN", "PROPN", "ADJ") and (lower in self.lexicon.titles or lower in OFFICIAL_NOUNS):
            if self.armed_modifier(head):
                return self.collective(head, stateless=True)
            code = self.country_modifier(head, places=False)
            org = self.org_modifier(head) if code is None else None
            code = code or (self.country_modifier(head) if org is None else None)
            person = self.person_by_title(head, code) or self.named_after_title(head, code)
            if person is None and org is not None:
                person = self.official_of(org, head)  # "the UN chief": the UN official named before
            if person is not None:
                return person
            if code is not None:
                return self.country(code)
            if org is not None:
                return org
            implied = self.lexicon.titles.get(lower)
            if implied:  # "the Pope" is the Holy See's
                return self.country(implied)
            earlier = self.title_used_before(head)
            if earlier is not None:
                return earlier
        if lower in GATHERINGS and head.dep_ in ("nsubj", "nsubjpass"):
            return self.gathering(head, _depth)
        return self.collective(head)

    def first_person(self, pronoun) -> Actor | None:
        """ "I" is the one speaking in a transcript or speech (speakers.py); "we" and "our" are their country."""
        if self._speakers is None:
            self._speakers = Speakers(self.doc, self.found, self.gazetteer, self.lexicon)
        speaker = self._speakers.of(pronoun)
        if speaker is not None and pronoun.lower_ in FIRST_PERSON_PLURAL and speaker.country:
            return self.country(speaker.country)
        return speaker

    def gathering(self, head, _depth: int) -> Actor | None:
        """ "The ASEAN ministers' meeting condemned", "the G7 summit called for": the body that met."""
        org = self.org_modifier(head)
        if org is not None:
            return org
        for child in kids(head):
            if child.dep_ in ("compound", "nmod"):
                actor = self.actor_of(child, _depth + 1)
                if actor is not None:
                    return actor
        return None

    def named_before(self, head, kind: str) -> Actor | None:
        """ "The bloc condemned", "the kingdom signed": the organisation or country named last before, not a
        place something happened in."""
        for mention in self.found.before(head.i):
            actor = mention.actor
            if actor is None or mention.media or self._venue(mention):
                continue
            if kind == "organization" and actor.kind == "organization":
                return actor
            if kind == "country" and actor.kind == "country":
                return actor
        return None

    def armed_group_before(self, head, reach: int = 400) -> Actor | None:
        """ "the rebels", "the insurgents", bare after "the": the armed group the article named last before, one
        of the gazetteer's or a body it does not know and that has no country; none when modifiers say whose."""
        children = list(head.children)
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in children):
            return None
        if any(c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") for c in children):
            return None
        for mention in self.found.before(head.i, reach):
            actor = mention.actor
            if actor is None or actor.kind != "organization" or mention.media:
                continue
            org = self.gazetteer.organization(actor.name)
            if (org is not None and org.kind == "armed_group") or (org is None and not mention.code):
                return actor
        return None

    def official_of(self, org: Actor, head, reach: int = 1500) -> Actor | None:
        """ "UN Secretary-General N. N. met ... the UN chief said": a singular title of a body refers to the person
        named before with that body in their title or apposition (rule ref.body_official)."""
        if head.tag_ != "NN" or not any(c.dep_ in ("det", "poss") for c in head.children):
            return None
        for mention in self.found.before(head.i, reach):
            actor = mention.actor
            if mention.kind != "person" or actor is None or actor.country:
                continue
            sent = sent_of(self.doc[mention.start])
            for i in range(max(sent.start, mention.start - 8), min(sent.end, mention.end + 12)):
                other = self.found.at(i)
                if other is not None and other.kind == "organization" and other.actor == org:
                    return actor
        return None

    def armed_groups_counted(self, head) -> list[Actor]:
        """ "the region's two main rebel groups", "both militant groups": as many armed groups as the phrase counts,
        when the article names exactly that many near it (the sentences before, or the next one that names them)
        (rule ref.armed_groups_counted)."""
        if head.pos_ != "NOUN" or head.tag_ != "NNS":
            return []
        armed = self.lexicon.collective_nouns.get(head.lemma_.lower())
        if armed is None or not (armed or self.armed_modifier(head)):
            return []
        count = next((COUNTS[c.lower_] for c in head.children if c.lower_ in COUNTS), 0)
        if not count:
            return []
        sent = head.sent
        before = self._armed_groups_in(sent.start - 400, sent.end, head)
        if len(before) == count:
            return before
        if sent.end < len(self.doc):  # "... two rebel groups broke off talks. Delegates of A and B said ..."
            after = self._armed_groups_in(sent.end, self.doc[sent.end].sent.end, head)
            if len(after) == count:
                return after
        return []

    def armed_groups_counted_before(self, head) -> list[Actor]:
        """ "talks with the region's two rebel groups ..., with the rebels accusing X": bare "the rebels", when no
        armed group was named before, are the groups a counted phrase earlier in the sentence stands for."""
        if self.lexicon.definite_references.get(head.lower_) != "armed_group" or head.tag_ != "NNS":
            return []
        if self.armed_group_before(head) is not None:
            return []
        for token in reversed(self.doc[head.sent.start : head.i]):
            if token.tag_ == "NNS" and token.pos_ == "NOUN":
                counted = self.armed_groups_counted(token)
                if counted:
                    return counted
        return []

    def _armed_groups_in(self, start: int, end: int, head) -> list[Actor]:
        groups: list[Actor] = []
        for mention in self.found.mentions:
            if not start <= mention.start < end or head.i - 3 <= mention.start <= head.i:
                continue
            actor = mention.actor
            if actor is None or actor.kind != "organization" or mention.media or actor in groups:
                continue
            org = self.gazetteer.organization(actor.name)
            if (org is not None and org.kind == "armed_group" and not org.country) or (
                org is None and not mention.code
            ):
                groups.append(actor)
        return groups

    def dateline(self):
        """The dateline's place token and country (dateline.py), where "flew in" and "arrived" lead."""
        if self._dateline is None:
            start, _, code = self.found.line
            self._dateline = (self.doc[start], self.country(code)) if code else (None, None)
        return self._dateline

    def _venue(self, mention) -> bool:
        return self._read_once("venue", mention, self._read_venue)

    def _read_once(self, question: str, mention, read) -> bool:
        """A question of the parse alone about a mention, read once per mention."""
        key = (question, mention.start, mention.end)
        known = self._places_read.get(key)
        if known is None:
            known = self._places_read[key] = read(mention)
        return known

    def _read_venue(self, mention) -> bool:
        root = span_root(self.doc, mention.start, mention.end)
        while root.dep_ == "conj" and root.head.i != root.i:
            root = root.head
        prep = root.head
        return (
            root.dep_ == "pobj"
            and prep.lower_ in ("in", "at", "to", "from", "into")
            and prep.head.pos_ in ("VERB", "AUX")
        )

    def _in_a_name(self, mention) -> bool:
        """A place after "of" in a capitalised name: "the Treaty of Lima", "the Declaration of Doha"."""
        return self._read_once("name", mention, self._read_in_a_name)

    def _read_in_a_name(self, mention) -> bool:
        span = self.doc[mention.start : mention.end]
        prep = span.root.head
        if not (span.root.dep_ == "pobj" and prep.lower_ == "of" and prep.head.pos_ == "PROPN" and prep.head.is_title):
            return False
        found = self.gazetteer.place(span.text)
        return found is not None and found.kind in ("capital", "seat", "city")  # not "the Republic of Peru"

    def tribunal(self, head) -> Actor | None:
        """A court is no diplomatic actor ("a court in Lagos ruled"), unless international: "the U.N. genocide
        court", "the International Criminal Court" (stateless, named as written)."""
        if head.lemma_.lower() not in COURTS:
            return None
        international = self.org_modifier(head) or any(c.lower_ in INTERNATIONAL_COURT for c in head.subtree)
        return self.collective(head, stateless=True, named=True) if international else None

    def armed_modifier(self, head) -> bool:
        """ "rebel leaders", "militia commanders": they speak for a stateless armed group."""
        return any(
            c.dep_ in ("compound", "amod") and self.lexicon.collective_nouns.get(c.lemma_.lower()) for c in kids(head)
        )

    def collective(self, head, stateless: bool = False, named: bool = False) -> Actor | None:
        """A group the gazetteer does not name: "Darfur rebels", "a human rights group", "Croatian extremists".

        Armed groups are stateless (SCHEMA: non-state armed groups have no country); others take the country
        of their demonym. A bare "the group" is left alone: it names no one.
        """
        armed = stateless or self.lexicon.collective_nouns.get(head.lemma_.lower())
        if armed is None or head.pos_ != "NOUN":
            return None
        org = None if named else self.org_modifier(head)
        if org is not None:
            return org
        proper = _appositive_name(head)
        if proper is not None:  # "the militant group Jaish-e-Ruritania": its name (rule ref.group_named)
            return Actor(proper, "organization", None if armed else self.country_modifier(head))
        modifiers = [c for c in kids(head) if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i]
        if not modifiers and not armed:
            return None
        start = min(t.i for m in modifiers for t in m.subtree) if modifiers else head.i
        name = self.doc[start : head.i + 1].text
        return Actor(name, "organization", None if armed else self.country_modifier(head))

    def speaker(self, verb, _depth: int) -> Actor | None:
        """ "Hungary said it will support": "it" in what is reported is the one who reports it."""
        if verb.lemma_.lower() not in SPEAKER_VERBS:
            return None
        for child in kids(verb):
            if child.dep_ == "nsubj":
                return self.actor_of(child, _depth + 1)
        return None

    def relative_country(self, head) -> Actor | None:
        """ "its neighbour" is the country named last before it in the sentence; "the North" is North Korea
        (or North Sudan...) when the article has named it."""
        lower = head.lower_
        if lower in NEIGHBOURS and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in kids(head)):
            for i in range(head.i - 1, sent_of(head).start - 1, -1):
                mention = self.found.at(i)
                if mention is not None and mention.kind == "country" and mention.actor is not None:
                    return mention.actor
            return None
        if lower in COMPASS and any(c.lower_ == "the" for c in kids(head)) and head.dep_ != "compound":
            for mention in self.found.before(head.i):
                actor = mention.actor
                if mention.kind == "country" and actor and actor.name.lower().startswith(lower + " "):
                    return actor
        return None

    def country_modifier(self, head, places: bool = True) -> str | None:
        """The country in "Iraqi officials", "Russia's foreign ministry", "the government of Iraq"; with
        places=False not the one of "officials in P" (an organisation named before it comes first:
        "ECOWAS leaders in P")."""
        for child in kids(head):
            if child.dep_ in ("amod", "compound", "poss", "nmod", "npadvmod"):
                mention = self.found.at(child.i)
                if mention is not None and mention.kind in ("demonym", "country") and mention.code:
                    return mention.code
                if mention is not None and mention.kind == "organization" and mention.actor and mention.code:
                    return mention.code
                if mention is not None and mention.kind == "person" and mention.actor and mention.actor.country:
                    return mention.actor.country  # "the Brask administration", "Brask's cabinet"
                if child.dep_ == "compound":
                    deeper = self.country_modifier(child, places)
                    if deeper:
                        return deeper
        for child in kids(head) if places else ():
            if child.dep_ == "prep" and child.lower_ in ("of", "in", "from", "for"):
                for obj in kids(child):
                    mention = self.found.at(obj.i)
                    if obj.dep_ == "pobj" and mention is not None and mention.kind in ("country", "demonym"):
                        return mention.code
                    if obj.dep_ == "pobj" and mention is None and obj.lower_ in OFFICIAL_NOUNS and obj.i != head.i:
                        return self.country_modifier(obj)
                    if (
                        obj.dep_ == "pobj"
                        and mention is None
                        and obj.lower_ in PORTFOLIO_WORDS
                        and obj.text[:1].isupper()
                    ):
                        inners = [i for part in (obj, *obj.conjuncts) for i in prep_objects(part, ("of",))]
                        for inner in inners:  # "the Ministry of Foreign Affairs (and Cooperation) of X"
                            other = self.found.at(inner.i)  # (rule actor.portfolio_of_country)
                            if other is not None and other.kind in ("country", "demonym") and other.code:
                                return other.code
        return None

    def org_modifier(self, head) -> Actor | None:
        """The body in "UN officials", "NATO's chief", "leaders at an ECOWAS summit"."""
        for child in kids(head):
            if child.dep_ in ("compound", "poss", "nmod"):
                mention = self.found.at(child.i)
                if mention is not None and mention.kind == "organization" and mention.actor:
                    return mention.actor
        for obj in prep_objects(head, ("at",)):
            if obj.lower_ in GATHERINGS and obj.i != head.i:
                return self.org_modifier(obj)
        for obj in prep_objects(head, ("of",)):  # "the head of the IMF" (rule ref.title_of_body)
            mention = self.found.at(obj.i)
            if mention is not None and mention.kind == "organization" and mention.actor and not mention.media:
                return mention.actor
        return None

    def person_by_title(self, head, code: str | None) -> Actor | None:
        """ "the minister" after "Foreign Minister Jon Brask" was named: that person."""
        lower = head.lower_
        if lower not in self.lexicon.titles or lower in NON_TITLE_OFFICIALS:
            return None
        det = [c for c in kids(head) if c.dep_ == "det"]
        his = lower in LEADER_REFERENCES and any(c.dep_ == "poss" and c.lower_ in ("his", "her") for c in kids(head))
        if (not det or det[0].lower_ != "the") and not his:
            return None
        # "the leader", "the Premier", "His Majesty" (rule ref.leader_title), "the Head of State", "the head of
        # government": the president or prime minister named before
        leads = lower in LEADER_REFERENCES or (
            lower == "head" and any(o.lower_ in ("state", "government") for o in prep_objects(head, ("of",)))
        )
        # "the Prime Minister": the last one named whose role has every word of the title, before the foreign
        # minister named after him; the last minister of any kind when none has (rule ref.compound_title)
        words = [c.lower_ for c in kids(head) if c.dep_ == "compound" and c.i < head.i]
        loose = None
        matches = []
        for mention in (m for m in self.found.before(head.i) if m.kind == "person"):
            actor = mention.actor
            if actor and actor.role and (code is None or actor.country == code):
                role = actor.role.lower()
                if lower in role or (leads and any(w in role for w in LEADER_ROLES)):
                    if not leads:
                        if all(w in role for w in words):
                            return actor
                        loose = loose or actor
                        continue
                    if matches and sent_of(self.doc[mention.start]) != self.doc[matches[0].start].sent:
                        break
                    matches.append(mention)
        if loose is not None:
            return loose
        # of two leaders in one sentence ("N. N. wrote to President M. M."), the subject is the one meant
        return self._subject_first(sorted(matches, key=lambda m: m.start)).actor if matches else None

    def named_after_title(self, head, code: str | None, reach: int = 16) -> Actor | None:
        """ "Deputy Minister of Lands and Housing N. N. arrived": the parse can make the title
        the subject and hang the name inside its portfolio; the person named right after the subject title is meant."""
        if head.dep_ not in ("nsubj", "nsubjpass"):  # "with his Omani counterpart N. N." parsed apart: the next words
            mention = self.found.at(head.i + 1)
            if mention is not None and mention.kind == "person" and mention.actor is not None and head.dep_ != "appos":
                return mention.actor if code is None or mention.actor.country == code else None
            return None
        for i in range(head.i + 1, min(head.right_edge.i + 1, head.i + reach)):
            token = self.doc[i]
            mention = self.found.at(i)
            if mention is not None and mention.kind == "person" and mention.actor is not None:
                return mention.actor if code is None or mention.actor.country == code else None
            after = self.found.at(i + 1) if token.text == "," and i + 1 < len(self.doc) else None
            if after is not None and after.kind == "person" and after.actor is not None and after.start == i + 1:
                # "the UN envoy for Libya, N. N., arrived": the parse hangs the name on the country
                return after.actor if code is None or after.actor.country == code else None
            if token.pos_ in ("VERB", "AUX") or token.is_punct:
                return None
        return None

    def title_used_before(self, head, reach: int = 400) -> Actor | None:
        """ "The Omani foreign minister arrived ... The minister later met": the country of the same title used
        before with its country, when no name was given."""
        if head.lower_ not in self.lexicon.titles or not any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head)):
            return None
        if self._lower is None:
            self._lower = self.doc.to_array([LOWER])
        start = max(0, head.i - reach)
        for i in reversed(numpy.nonzero(self._lower[start : head.i] == head.lower)[0] + start):
            word = self.doc[int(i)]
            if word.pos_ in ("NOUN", "PROPN"):
                code = self.country_modifier(word)
                if code:
                    return self.country(code)
        return None

    def visit_guests(self, head) -> list[Actor]:
        """ "hosted the presidents of A and B ... thanked his guests": the parties of other countries than the
        visited one named in this sentence or the one before, when there are two or more (rule ref.visit_guests)."""
        if head.lower_ not in VISIT_GUESTS or head.tag_ != "NNS":
            return []
        code = self._visited(head)
        if code is None:
            return []
        sentence = sent_of(head)
        start = sent_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else 0
        guests: list[Actor] = []
        for mention in self.found.before(head.i, head.i - start):
            actor = mention.actor
            if mention.kind not in ("person", "country") or actor is None or not actor.country:
                continue
            if actor.country != code and not any(a.country == actor.country for a in guests):
                guests.append(actor)
        return list(reversed(guests)) if len(guests) >= 2 else []

    def _apposed_apart(self, head, reach: int = 8) -> Actor | None:
        """ "held talks with her host, Japanese Foreign Minister N. N.": the parse hangs the name elsewhere; the
        person named right after the comma, with only capitalised title words between, is the host."""
        doc = self.doc
        if head.i + 2 >= len(doc) or doc[head.i + 1].text != "," or any(c.dep_ == "appos" for c in kids(head)):
            return None
        for i in range(head.i + 2, min(head.i + 2 + reach, len(doc))):
            mention = self.found.at(i)
            if mention is not None and mention.start == i and mention.kind == "person":
                return mention.actor
            if not (doc[i].is_title or doc[i].pos_ == "PROPN"):
                return None
        return None

    def _visited(self, head, reach: int = 400) -> str | None:
        """The country visited, for a reference to its host or guests: the one of the place named last before; None
        unless the phrase is only "the"/"his"/"her"/"their" and the noun ("his Fijian host" says whose)."""
        marked = [c for c in kids(head) if c.dep_ in ("det", "poss")]
        if not marked or any(c.lower_ not in ("the", "his", "her", "their") for c in marked):
            return None
        if any(
            c.dep_ in ("compound", "nmod", "appos", "prep") or (c.dep_ == "amod" and c.lower_ != "visiting")
            for c in kids(head)
        ):
            return None
        return next(
            (m.code for m in self.found.before(head.i, reach) if m.kind in ("place", "country") and m.code), None
        )

    def visit_party(self, head, reach: int = 400) -> Actor | None:
        """ "his host", "her hosts", "his guest", "the visitor", "the visiting minister": the other party of the visit
        told before. The visited country is the one of the place named last; the host is its person named last (or
        the country itself, for "hosts"), the guest the person of another country named last (rule ref.visit_party).
        A phrase that says whose ("his Fijian host", "the guest of B", "his host, N. N.") is read as written."""
        lower = head.lower_
        visiting = any(c.dep_ == "amod" and c.lower_ == "visiting" for c in kids(head)) and (
            lower in self.lexicon.titles or lower in OFFICIAL_NOUNS
        )
        if head.pos_ != "NOUN" or not (lower in VISIT_HOSTS or lower in VISIT_GUESTS or visiting):
            return None
        apart = self._apposed_apart(head)
        if apart is not None:
            return apart
        code = self._visited(head, reach)
        if code is None:
            return None
        people = [m.actor for m in self.found.before(head.i, reach) if m.kind == "person" and m.actor is not None]
        if lower in VISIT_HOSTS:
            if lower == "host":
                host = next((p for p in people if p.country == code), None)
                if host is not None:
                    return host
            return self.country(code)
        guests = [p for p in people if p.country and p.country != code]
        titled = [p for p in guests if visiting and lower in (p.role or "").lower()]  # "the visiting minister"
        return (titled or guests or [None])[0]

    def object_person(self, pronoun) -> Actor | None:
        """ "B invited him to visit": "him" is not B, the subject of its own verb ("himself" would be), but the
        last other person named, in this sentence or the one before (rule ref.object_pronoun)."""
        subjects = {a for h in subject_tokens(pronoun.head)[0] for a in self.actors_of(h)}
        if not subjects:
            return None
        sent = sent_of(pronoun)
        for mention in self.found.before(pronoun.i):
            if mention.kind != "person" or mention.actor is None or mention.actor in subjects:
                continue
            if sentence_start(self.doc, mention.start) < sent.start and mention.start < sent.start - 80:
                return None
            return mention.actor
        return None

    def last_person(self, before: int) -> Actor | None:
        candidates = [m for m in self.found.before(before) if m.kind == "person" and m.end <= before and m.actor]
        if not candidates:
            return None
        sent_start = sent_of(self.doc[before]).start
        same = [m for m in candidates if m.start >= sent_start]
        if not same:
            last_sent = self.doc[candidates[0].start].sent.start
            same = [m for m in candidates if m.start >= last_sent]
        return self._subject_first(sorted(same, key=lambda m: m.start)).actor

    def last_title(self, pronoun, _depth: int) -> Actor | None:
        """ "Ghana's president said ..., as he welcomed": with no name before it, "he" is the titled one."""
        start = sent_of(pronoun).start
        for i in range(pronoun.i - 1, start - 1, -1):
            word = self.doc[i]
            if word.lower_ in self.lexicon.titles and word.pos_ == "NOUN" and word.dep_ in ("nsubj", "nsubjpass"):
                return self.actor_of(word, _depth + 1)
        return None

    def _subject_first(self, mentions):
        """Of the persons of one sentence, the one that is its subject, else the last named."""
        for mention in mentions:
            if span_root(self.doc, mention.start, mention.end).dep_ in ("nsubj", "nsubjpass"):
                return mention
        return mentions[-1]

    def country(self, code: str | None) -> Actor | None:
        if not code:
            return None
        actor = self._countries.get(code)
        if actor is None:
            actor = self._countries[code] = Actor(self.gazetteer.country_name(code), "country", code)
        return actor

    # ---- several actors ----

    def actors_of(self, head) -> list[Actor]:
        """The actors of a noun phrase and its conjuncts: "X, Y and the Republic of Z"."""
        if head is None:
            return []
        known = self._actors_at
        if head.i not in known:
            result = []
            included = self._included(head)  # "leaders, including the presidents of A and B,": A and B
            if included:
                known[head.i] = included
                return list(included)
            # "the Quad - A, B, C and D -": the members, not the group; "the ministers of A, B and C" parsed apart
            members = self._officials_list_apart(head) or self._members_listed(head)
            for token in members or [head, *head.conjuncts, *self._listed_apart(head)]:  # "N. N. and the two leaders"
                if self._first_of_two_titles(token):
                    continue
                listed = [] if members or token.i == head.i else self._members_listed(token)
                if listed:  # "between A and the group of B, C and D"
                    result += [a for t in listed for a in [self.actor_of(t)] if a is not None]
                    continue
                several = self.group(token) or self.demonym_list(token)
                actor = None if several else self.actor_of(token)
                result += several or ([actor] if actor is not None else [])
            known[head.i] = _unique(result)
        return list(known[head.i])  # a copy: callers extend the list they get

    def _first_of_two_titles(self, token) -> bool:
        """ "Lao Deputy Prime Minister and Foreign Minister N. N.": the parse joins the first title to the name as
        another party; the person holds both (rule actor.two_titles_one_person)."""
        if token.lower_ not in self.lexicon.titles or self.found.at(token.i) is not None:
            return False
        for other in token.conjuncts:
            mention = self.found.at(other.i)
            if other.i < token.i or mention is None or mention.kind != "person" or mention.start <= token.i + 1:
                continue
            between = token.doc[token.i + 1 : mention.start]
            if (
                between[0].lower_ in ("and", "&")
                and between[-1].lower_ in self.lexicon.titles
                and all(
                    t.lower_ in self.lexicon.titles or t.lower_ in ("and", "&", "of", "for") or t.text[:1].isupper()
                    for t in between
                )
            ):
                return True
        return False

    def _listed_apart(self, head) -> list:
        """ "X, the Republic of Y, Z and W": the parse makes the second country an
        apposition of the first, and the rest its conjuncts; a country in apposition to a country is a list."""
        if not self._is_country(head):
            return self._list_cut_off(head)
        for child in kids(head):
            if child.dep_ == "appos" and child.conjuncts and self._is_country(child):
                return [child, *child.conjuncts]
        return []

    def _included(self, head) -> list[Actor]:
        """ "Heads of state, including the presidents of A and B, arrived": a plural noun that names no one,
        with those it includes named, stands for them (rule ref.including)."""
        if head.tag_ != "NNS" or self.found.at(head.i) is not None or head.conjuncts:
            return []
        including = [p for p in kids(head) if p.dep_ == "prep" and p.lower_ in INCLUDING]
        if not including or self.group(head) or self.demonym_list(head):
            return []
        return _unique([a for obj in kids(including[0]) if obj.dep_ == "pobj" for a in self.actors_of(obj)])

    def _members_listed(self, head) -> list:
        """ "The Quad - A, B, C and D - met", "the E3, which groups A, B and C, held talks": a group no one
        names as a state, with its member countries listed in apposition or in a clause of membership, is those
        countries (rule ref.members_listed)."""
        if head.pos_ not in ("PROPN", "NOUN"):
            return []
        mention = self.found.at(head.i)
        if mention is not None and (mention.actor is None or mention.actor.kind != "organization"):
            return []
        for child in kids(head):
            listed = []
            if child.dep_ == "appos":
                listed = [child, *child.conjuncts]
            elif child.dep_ in ("relcl", "acl") and child.lemma_.lower() in MEMBERSHIP_VERBS:
                listed = [o for c in kids(child) if c.dep_ == "dobj" for o in (c, *c.conjuncts)]
            elif child.dep_ == "prep" and child.lower_ == "of" and head.lemma_.lower() in MEMBER_GROUPS:
                listed = [o for c in kids(child) if c.dep_ == "pobj" for o in (c, *c.conjuncts)]  # "the group of A, B"
            if len(listed) >= 2 and all(self._is_country(t) for t in listed):
                return listed
        return []

    def _officials_list_apart(self, head) -> list:
        """ "the ministers of A, B and C": the parse may hang A on "of" and make B an apposition of "ministers",
        C its conjunct; the countries in apposition to officials of a country continue the list of "of" (rule
        ref.officials_list_apart)."""
        if head.tag_ != "NNS" or head.lemma_.lower() not in self.lexicon.titles:
            return []
        named = [obj for obj in prep_objects(head, ("of", "from")) if self._is_country(obj)]
        apart = [c for c in kids(head) if c.dep_ == "appos" and self._is_country(c)]
        if not named or not apart:
            return []
        return [*named, *apart, *(c for a in apart for c in a.conjuncts)]

    def _list_cut_off(self, head) -> list:
        """ "talks with P's President N. N., Q's President M. M. and R's Prime Minister O. O.": the parse may end
        the list at the first comma and hang the rest on the verb as a loose modifier; a name right after the
        comma, a loose modifier with "and" a further name, continues the list (rule ref.list_cut_off)."""
        mention = self.found.at(head.i)
        if mention is None or mention.actor is None or mention.actor.kind != "person" or head.conjuncts:
            return []
        doc = self.doc
        comma = mention.end
        if comma + 1 >= len(doc) or doc[comma].text != ",":
            return []
        root = doc[comma + 1]
        while root.head.i != root.i and root.head.i > root.i and root.dep_ in ("amod", "compound"):
            root = root.head  # "Turkish President N. N.": the name the title and demonym hang on
        if not self._is_person(root) or root.left_edge.i not in (comma, comma + 1):
            return []
        if root.dep_ not in ("npadvmod", "appos") or root.head.i == head.i:
            return []
        conjoined = [c for c in kids(root) if c.dep_ == "conj"]
        if not conjoined or not all(self._is_person(c) for c in conjoined):
            return []
        return [root, *root.conjuncts]

    def _is_person(self, token) -> bool:
        mention = self.found.at(token.i)
        return mention is not None and mention.actor is not None and mention.actor.kind == "person"

    def _is_country(self, token) -> bool:
        mention = self.found.at(token.i)
        return mention is not None and mention.actor is not None and mention.actor.kind == "country"

    def demonym_list(self, head) -> list[Actor]:
        """ "Russian and Ukrainian delegations", "the leaders of X and Y", "the ministries of foreign
        affairs of X and Y": one country each, from the first of these places that names two or more."""
        titles = self.lexicon.titles
        if not any(word in OFFICIAL_NOUNS or word in titles for word in (head.lower_, head.lemma_.lower())):
            return []
        objects = list(prep_objects(head, ("of", "in", "from")))
        for modifiers in (
            [c for c in kids(head) if c.dep_ in ("amod", "compound", "nmod")],
            objects,
            [o for obj in objects for o in prep_objects(obj, ("of",))],
        ):
            codes = self._codes_of(modifiers)
            if len(codes) > 1:
                return [self.country(c) for c in codes]
        return self._bodies_of(objects)

    def _bodies_of(self, objects) -> list[Actor]:
        """ "the heads of the Ruritanian League and the Isles Forum": one actor for each organisation (or country)
        the title's "of" names, when it names two or more."""
        actors = []
        for obj in objects:
            for token in [obj, *obj.conjuncts]:
                mention = self.found.at(token.i)
                if mention is not None and mention.actor is not None and mention.kind in ("organization", "country"):
                    actors.append(mention.actor)
        actors = _unique(actors)
        return actors if len(actors) > 1 and any(a.kind == "organization" for a in actors) else []

    def _codes_of(self, words) -> list[str]:
        codes = []
        for child in words:
            for token in [child, *child.conjuncts]:
                mention = self.found.at(token.i)
                if mention is not None and mention.kind in ("demonym", "country") and mention.code:
                    codes.append(mention.code)
        return list(dict.fromkeys(codes))

    def nearest_left(self, token) -> list[Actor]:
        """When the parse gives a verb no subject: the closest actor before it in the sentence, with its conjuncts."""
        for i in range(token.i - 1, sent_of(token).start - 1, -1):
            mention = self.found.at(i)
            if mention is None or mention.actor is None or mention.media:
                continue
            head = span_root(self.doc, mention.start, mention.end)
            return self.actors_of(head) or [mention.actor]
        return []

    def group(self, head) -> list[Actor]:
        """ "the two countries", "both leaders": the last two actors of that kind named before, of two
        different countries (a host's foreign minister named last does not make a pair with the host)."""
        lower = head.lower_  # read once: each reading makes the string anew
        if (
            (lower in PAIR_WORDS or lower == "they")
            and head.pos_ in ("NUM", "PRON", "DET")
            and head.dep_ in ("nsubj", "nsubjpass")
        ):
            pair = self._last_pair(head, "person") or self._last_pair(head, "country")  # "the two", "they" met
            return self._whole_list(head, pair) if lower == "they" else pair
        if (
            lower in PAIR_NOUNS
            and head.dep_ in ("nsubj", "nsubjpass")
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
        ):  # "The pair agreed to restore relations": the last two named (rule ref.the_pair)
            return self._last_pair(head, "person") or self._last_pair(head, "country")
        if lower == "them":
            return self._them_of_first_verb(head)
        counted = self.armed_groups_counted(head) or self.armed_groups_counted_before(head)
        if counted:
            return counted
        guests = self.visit_guests(head)
        if guests:
            return guests
        owners = self._counted_owners(head)
        if owners:
            return owners
        refers = self.lexicon.group_nouns.get(lower)
        if refers is None:
            return []
        counted = next((LIST_COUNTS[c.lower_] for c in kids(head) if c.lower_ in LIST_COUNTS), 0)
        listed = self._counted_list(head, counted) if counted else []
        if listed:  # "the three leaders", "the four countries": the list of that many named before
            return listed
        paired = any(c.lower_ in PAIR_WORDS for c in kids(head))
        theirs = any(c.dep_ == "poss" and c.lower_ == "their" for c in kids(head))  # "their foreign ministers"
        the_ones = (
            head.dep_ in ("nsubj", "nsubjpass")
            and head.tag_ == "NNS"
            and any(c.dep_ == "det" and c.lower_ == "the" for c in kids(head))
        )  # "the heads of state met"
        if not (paired or theirs or the_ones):
            return []
        pair = []
        title = head.lemma_.lower()
        if refers == "person" and title in self.lexicon.titles and title not in LEADER_REFERENCES:
            pair = self._last_pair(head, refers, title)  # "both ministers": the two ministers (rule ref.pair_title)
        pair = pair or self._last_pair(head, refers)
        if not pair and refers == "person" and theirs:  # "P and Q said their ministers would meet"; "A, B and C
            pair = self._whole_list(head, self._last_pair(head, "country"))  # ... their ministers met": the list
        if not pair and refers == "person" and the_ones:  # "the leaders of A, B and C met ... the leaders said"
            listed = self._whole_list(head, self._last_pair(head, "country"))
            pair = listed if len(listed) > 2 else pair
        return pair

    def _counted_owners(self, head) -> list[Actor]:
        """ "the two countries' presidents met", "talks between the three nations' foreign ministers", "both sides'
        negotiators": officials owned by a counted plural of countries are that many countries named before, as
        "the two countries" and "the three countries" are (rule ref.counted_possessor); officials named in
        apposition are those people."""
        if head.tag_ != "NNS" or (head.lower_ not in self.lexicon.group_nouns and head.lower_ not in OFFICIAL_NOUNS):
            return []
        owner = next((c for c in kids(head) if c.dep_ == "poss" and c.tag_ == "NNS"), None)
        if owner is None or self.lexicon.group_nouns.get(owner.lower_) != "country":
            return []
        for appos in (c for c in kids(head) if c.dep_ == "appos"):  # "the two countries' ministers, P and Q,":
            if any(a.kind == "person" and a.country for a in self.actors_of(appos)):  # the people named
                return []
        counted = next((LIST_COUNTS[c.lower_] for c in kids(owner) if c.lower_ in LIST_COUNTS), 0)
        if counted:
            return self._counted_list(owner, counted)
        if any(c.lower_ in PAIR_WORDS for c in kids(owner)):
            return self._last_pair(owner, "country")
        return []

    def _them_of_first_verb(self, head) -> list[Actor]:
        """ "A met his X counterparts and agreed with them on a plan": "them" after a preposition of the second of
        two conjoined verbs are the object of the first (rule ref.them_object)."""
        prep = head.head
        verb = prep.head if head.dep_ == "pobj" else prep
        if head.dep_ not in ("pobj", "dobj") or verb.dep_ != "conj" or verb.pos_ != "VERB":
            return []
        first = verb.head
        return [a for c in kids(first) if c.dep_ == "dobj" and c.i < head.i for a in self.actors_of(c)]

    def _counted_list(self, head, count: int) -> list[Actor]:
        """ "The presidents of A, B and C met ... The three leaders condemned ...": the nearest list before `head`
        (in its sentence or the one before) of `count` countries or people, read as countries (rule
        ref.counted_list); "Iran and three European powers met ... Britain, France and Germany want": with none
        before, the first list of the next sentence (rule ref.counted_list_after). The head's own conjuncts
        ("Iran and the three powers") are no list of it."""
        sentence = sent_of(head)
        start = sent_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else 0
        own = {head.i, *(c.i for c in head.conjuncts)}
        for mention in self.found.before(head.i):
            if mention.start < start:
                break
            root = span_root(self.doc, mention.start, mention.end)
            if root.i in own or not root.conjuncts or self._group_member(mention, "country") is None:
                continue
            return self._list_at(root, count)
        if sentence.end >= len(self.doc):
            return []
        following = sent_of(self.doc[sentence.end])
        later = [m for m in self.found.before(following.end, following.end - sentence.end) if m.start >= sentence.end]
        for mention in sorted(later, key=lambda m: m.start):
            root = span_root(self.doc, mention.start, mention.end)
            if root.conjuncts and self._group_member(mention, "country") is not None:
                return self._list_at(root, count)
        return []

    def _list_at(self, root, count: int) -> list[Actor]:
        """The countries of the list `root` is in, if there are `count` of them; "The United States, Russia, China
        and France": the parse makes the second an apposition of the first, which is one more of the list."""
        tokens = sorted([root, *root.conjuncts], key=lambda t: t.i)
        if tokens[0].dep_ == "appos" and self._is_country(tokens[0].head):
            tokens.insert(0, tokens[0].head)
        listed: list[Actor] = []
        for token in tokens:
            found = self.found.at(token.i)
            actor = self._group_member(found, "country") if found is not None else None
            if actor is not None and not any(same_country(a, actor) for a in listed):
                listed.append(actor)
        return listed if len(listed) == count else []

    def _whole_list(self, head, pair: list[Actor]) -> list[Actor]:
        """ "The ministers of A, B and C met ... They signed ...": when the nearest list before "they" (in its
        sentence or the one before) names three or more, and every one named after the list is in it, "they" are
        the whole list, not its last pair (a capital of one of them named after the list does not break it)."""
        if len(pair) != 2:
            return pair
        refers = "person" if all(a.kind == "person" for a in pair) else "country"
        sentence = sent_of(head)
        start = sent_of(self.doc[sentence.start - 1]).start if sentence.start > 0 else 0
        after: list[Actor] = []
        for mention in self.found.before(head.i):
            if mention.start < start:
                return pair
            member = self._group_member(mention, refers)
            if member is None:
                continue
            root = span_root(self.doc, mention.start, mention.end)
            if not root.conjuncts:
                after.append(member)
                continue
            listed: list[Actor] = []
            for token in sorted([root, *root.conjuncts], key=lambda t: t.i):
                found = self.found.at(token.i)
                actor = self._group_member(found, refers) if found is not None else None
                if actor is not None and not any(same_country(a, actor) for a in listed):
                    listed.append(actor)
            inside = all(any(same_country(a, b) for b in listed) for a in [*pair, *after])
            return listed if len(listed) > 2 and inside else pair
        return pair

    def pair_before(self, head) -> list[Actor]:
        """The last two people named before `head`, else the last two countries: what "the two" refers to."""
        return self._last_pair(head, "person") or self._last_pair(head, "country")

    def _last_pair(self, head, refers: str, title: str | None = None) -> list[Actor]:
        """The last two actors of that kind named before `head`; with `title`, only people whose role holds it."""
        seen: list[Actor] = []
        own = self._own_subject(head)
        for mention in self.found.before(head.i):
            if mention.start in own:
                continue
            actor = self._group_member(mention, refers)
            role = (actor.role or "").lower() if actor is not None else ""
            if actor is not None and title and title not in role and not any(c in role for c in COUNTERPARTS):
                continue  # "both ministers": not the envoy who mediated; "his counterpart" holds the same title
            if actor is None or any(a == actor or (a.country and a.country == actor.country) for a in seen):
                continue
            seen.append(actor)
            if len(seen) == 2:
                pair = list(reversed(seen))
                return (self._named_together(mention, pair) or pair) if refers == "country" else pair
        return []

    def _named_together(self, last, pair: list[Actor]) -> list[Actor]:
        """ "X and Y agreed ... N. N. said ... P ... officers from both countries will meet":
        two countries named together earlier, one of them in the last two named, are the pair "both" refers to,
        not the pair a third country's leader, named in between, makes with one of them."""
        for mention in self.found.before(last.start):
            if mention.kind != "country":
                continue
            root = span_root(self.doc, mention.start, mention.end)
            if root.dep_ != "conj":
                continue
            partner = self.found.at(root.head.i)
            if partner is None or partner.kind != "country":
                continue
            first, second = self._group_member(partner, "country"), self._group_member(mention, "country")
            if first is None or second is None or first.country == second.country:
                continue
            together = [first, second]
            if together != pair and any(a in pair for a in together):
                return together
            return []  # the last pair named together is the pair itself, or has nothing to do with it
        return []

    def _own_subject(self, head) -> set[int]:
        """The tokens of the subject of the clause "both capitals" is the object of: its visitor is not one of them."""
        if head.dep_ not in ("dobj", "pobj"):
            return set()
        verb = head.head if head.dep_ == "dobj" else head.head.head
        heads, _ = subject_tokens(verb)
        return {t.i for h in heads for t in h.subtree}

    def _group_member(self, mention, refers: str) -> Actor | None:
        """A country counts through its name, its demonym ("Turkish") or a person of it; a person through the name."""
        if refers != "country":
            return mention.actor if mention.actor is not None and mention.actor.kind == "person" else None
        if mention.kind == "demonym":
            return self.country(mention.code)
        actor = mention.actor
        if actor is None or actor.kind not in ("country", "person") or not actor.country:
            return None  # (tested first: the parse is read below only for a country's or a person's mention)
        if self._venue(mention):
            return None  # "met in P": a venue, not one of the pair; "officials in Q" still count
        if self._in_a_name(mention):
            return None  # "the Treaty of Lima": a city in the name of a treaty is no party
        return self.country(actor.country)


MEMBERSHIP_VERBS = word_list("membership_verbs")
MEMBER_GROUPS = word_list("member_group_nouns")
INCLUDING = word_list("including_words")
LIST_COUNTS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8}  # "the three leaders"


def same_country(one: Actor, other: Actor) -> bool:
    """The same actor, or two of one country."""
    return one == other or bool(one.country and one.country == other.country)


def _unique(actors: list[Actor]) -> list[Actor]:
    out = []
    for actor in actors:
        if actor not in out:
            out.append(actor)
    return out


@per_token
def subject_tokens(verb) -> tuple[list, bool]:
    """The subject of a verb, climbing out of "ready to expand", "agreed to restore", "declining to condemn".

    Returns the subject heads and whether the clause is passive.
    """
    token = verb
    if is_trailing_attribution(verb):
        return [verb.head], False
    for _ in range(6):
        subjects = [c for c in kids(token) if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            passive = subjects[0].dep_ == "nsubjpass" and token.i == verb.i
            return _list_head(token, subjects[0]) + _joined(subjects), passive
        if token.dep_ == "relcl":
            return [token.head], False
        subject = _verbless_subject(token)
        if subject is not None:
            return [subject, *_joined([subject])[1:]], False
        if token.dep_ == "conj" and token.pos_ in ("VERB", "AUX"):
            pair = _pair_left_in_object(token.head)
            if pair is not None:
                return [pair], False
        if token.dep_ in CLIMB_DEPS and token.head.i != token.i:
            token = token.head
            continue
        break
    return [], False


def _verbless_subject(verb):
    """ "President A and his Hungarian counterpart, B, signed on Thursday a declaration": a sentence whose root is
    the noun of its subject, the parse having hung the finite verb on the subject's last noun as a reduced
    relative; the root noun is the subject (with what is joined to it)."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBD", "VBN") or not any(c.dep_ == "dobj" for c in kids(verb)):
        return None  # "a protocol signed in 1942" has no object of its own: the noun is what was signed
    head = verb.head
    if head.dep_ not in ("conj", "appos") or head.head.dep_ != "ROOT" or head.head.pos_ not in ("NOUN", "PROPN"):
        return None
    root = head.head
    return root if any(c.dep_ == "cc" for c in kids(root)) else None


def _list_head(verb, subject) -> list:
    """ "X, the Y and Z issued ...": the parse hangs the first name of a list of subjects on the verb
    (npadvmod) when the rest are joined."""
    doc = verb.doc
    return [
        c
        for c in kids(verb)
        if c.dep_ == "npadvmod"
        and c.pos_ == "PROPN"
        and c.i + 1 == subject.left_edge.i - 1
        and doc[c.i + 1].text == ","
        and subject.conjuncts
    ]


def _joined(subjects: list) -> list:
    """The first subject, and the next ones when the parse hung "A and B" as two subjects of one verb; a first
    "subject" set off by a comma is someone addressed ("Excellencies, I visited ..."), and the next one speaks."""
    if len(subjects) == 1:
        return subjects[:1]  # one subject: nothing joined (no edge of it to read)
    doc = subjects[0].doc
    after = subjects[0].right_edge.i + 1
    if (
        after < len(doc)
        and doc[after].text == ","
        and not any(t.lower_ == "and" for t in doc[after : subjects[1].left_edge.i])
    ):
        subjects = subjects[1:]
    joined = subjects[:1]
    for subject in subjects[1:]:
        between = subject.doc[joined[-1].i : subject.left_edge.i]
        if not any(t.lower_ == "and" for t in between):
            break
        joined.append(subject)
    return joined


def _pair_left_in_object(verb):
    """ "He met X and the two leaders agreed ...": the parse joins "the two leaders" to the object of "met";
    they are the subject of the verb that follows."""
    for obj in (c for c in kids(verb) if c.dep_ == "dobj"):
        for conj in obj.conjuncts:
            if any(c.lower_ in PAIR_WORDS for c in kids(conj)):
                return conj
    return None


def is_trailing_attribution(verb) -> bool:
    """ "<claim>, a rights group charged Saturday": the small model often parses the closing speaker as a noun
    with the reporting verb as its modifier (acl); the noun is then the verb's subject."""
    if verb.dep_ != "acl":
        return False
    head = verb.head
    if verb.tag_ not in ("VBD", "VBN") or verb.i != head.i + 1:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in kids(verb)):
        return False
    before = head.left_edge.i - 1
    return before >= sent_of(verb).start and verb.doc[before].is_punct


def agent_of(verb):
    for child in kids(verb):
        if child.dep_ == "agent":
            for obj in kids(child):
                if obj.dep_ == "pobj":
                    return obj
    return None


def prep_objects(token, preps: tuple[str, ...]):
    """The objects of the prepositions `preps` on a word, and of their conjuncts ("with A and with B")."""
    for child in kids(token):
        if child.dep_ not in ("prep", "dative"):  # "send a delegation to X": "to" is a dative
            continue
        lower = child.lower_  # read once: each reading makes the string anew
        if lower in preps:
            for prep in (child, *(c for c in child.conjuncts if c.lower_ == lower)):
                for obj in kids(prep):
                    if obj.dep_ == "pobj":
                        yield obj


NAME_JOINERS = ("-", "'s", "’s", "of", "and", "the")


def _appositive_name(head) -> str | None:
    """ "the rebel group Ruritanian Liberation Front", "the militant group Jaish-e-Ruritania": the proper name set
    right after a group noun, capitalised words (hyphens, "of", "'s" inside allowed), is the group's name."""
    doc = head.doc
    for child in head.children:
        if child.dep_ != "appos" or not child.text[:1].isupper():
            continue
        inside = {t.i for t in child.subtree}
        end = head.i + 1
        while end in inside and (
            doc[end].text[:1].isupper() or doc[end].lower_ in NAME_JOINERS or doc[end - 1].text == "-"
        ):
            end += 1
        while end > head.i + 1 and doc[end - 1].lower_ in NAME_JOINERS:
            end -= 1
        if end > child.i and doc[head.i + 1].text[:1].isupper():
            return doc[head.i + 1 : end].text
    return None
