"""A person's title and the country they serve, read from the words around their name.

"Ruritanian Defence Minister N. N.", "X's Security Council Secretary N. N.",
"N. N., deputy adviser to the Ruritanian Prime Minister", "his Ruritanian counterpart N. N.",
"X's senior Sunni cleric, Grand Mufti N. N.".
"""

from __future__ import annotations

from ..gazetteer import Gazetteer
from ..lexicon import Lexicon, load_lexicon, word_list
from .memo import kids, per_token, sent_of, span_root, string_key, word_table

MAX_APPOSITION = 14
MAX_TITLE = 18
STOP_WORDS = word_list("name_stop_words")
COPULAS = word_list("copulas")
HONORIFICS = word_list("honorifics")
LEADING_VERBS = word_list("leading_verbs")
DELEGATION_NOUNS = word_list("delegation_nouns")
OFFICE_TITLES = word_list("office_titles")
POST_NOMINALS = word_list("post_nominals")
LOCAL_OFFICES = word_list("local_offices")
PORTFOLIO_WORDS = word_list("portfolio_words")
OFFICIAL_BODIES = word_list("official_bodies")
TRAVEL_LEMMAS = word_list("travel_lemmas")
DOMESTIC_NOUNS = word_list("domestic_nouns")
RECEIVING_VERBS = word_list("receiving_verbs")
COUNTERPART_NOUNS = word_list("counterpart_nouns")
HOMING_VERBS = word_list("homing_verbs")
SEAT_HOST_VERBS = word_list("receiving_verbs") | word_list("seat_host_verbs")
SEAT_SPEECH_VERBS = word_list("seat_speech_verbs")
HEADING_VERBS = word_list("heading_verbs")
STANCE_MODALS = frozenset(("will", "would", "shall", "must", "wo", "can", "could"))
SPEAKING_VERBS = frozenset(("say", "tell", "announce", "declare", "insist", "stress", "warn", "add"))
POSTED_TITLES = word_list("posted_titles")
EVENT_NOUNS = word_list("visit_nouns") | word_list("talks_nouns") | word_list("gatherings")
PERSONAL_PRONOUNS = ("he", "she", "they", "we")
MODIFIER_DEPS = ("poss", "compound", "amod")
BETWEEN = frozenset([string_key("between")])
OUTSIDE = frozenset(string_key(word) for word in ("outside", "beyond"))
COUNTERPART_FORMS = frozenset(string_key(word) for word in COUNTERPART_NOUNS)
TRAVEL_FORMS = frozenset(string_key(word) for word in TRAVEL_LEMMAS)
_TRAVEL_LEMMA: dict[int, bool] = {}  # a lemma's hash -> whether its lower-case form is a travel word


def _forms_in(doc, sent, forms: frozenset) -> list[int]:
    """The tokens of a sentence whose lower-case form has one of the hashes `forms`, in order: read from the
    document's word array (memo.word_table), not from a Token made for each word."""
    lowers = word_table(doc)[sent.start : sent.end, 1].tolist()
    return [sent.start + k for k, form in enumerate(lowers) if form in forms]


@per_token
def _travel_words(first) -> tuple[int, ...]:
    """The travel words (by lemma or form) of the sentence that starts at token `first`, read once per sentence
    from the document's word array (a lemma's string is read once per process)."""
    sent = sent_of(first)
    words = []
    for k, (lemma, form) in enumerate(word_table(first.doc)[sent.start : sent.end].tolist()):
        travel = _TRAVEL_LEMMA.get(lemma)
        if travel is None:
            travel = _TRAVEL_LEMMA[lemma] = first.doc.vocab.strings[lemma].lower() in TRAVEL_LEMMAS
        if travel or form in TRAVEL_FORMS:
            words.append(sent.start + k)
    return tuple(words)


def describe_person(doc, mention, found, gazetteer: Gazetteer, lexicon: Lexicon) -> tuple[str | None, str | None]:
    role_tokens, code = _before(doc, mention, found, lexicon)
    leading = []
    for i in range(mention.start, mention.end):  # the title words the name starts with
        token = doc[i]
        if token.lower_ not in lexicon.titles:
            break
        leading.append(token)
    if not role_tokens:
        role_tokens = leading
    role = _join(role_tokens)
    if code is None or role is None:
        after_role, after_code = _apposition_after(doc, mention, found, lexicon)
        role = role or after_role
        code = code or after_code
    if code is None or role is None:
        before_role, before_code = _apposition_before(doc, mention, role_tokens, found, lexicon)
        if role and before_role and _office(before_role) and not _office(role):
            role = before_role  # "The Minister for Trade, Senator the Hon. N. N.": the office, not the rank
        role = role or before_role
        code = code or before_code
    if code is None:
        code = _of_country(doc, mention, found)
    if code is None:
        code = _predicate_country(doc, mention, found, lexicon) or _relative_demonym(doc, mention, found)
        code = code or _relative_head_of(doc, mention, found, lexicon)
    if code is None:
        for token in role_tokens:
            implied = lexicon.titles.get(token.lower_)
            if implied:
                code = implied
                break
    if code is None and role and " " in role:
        code = lexicon.titles.get(
            role.lower()
        )  # "Secretary of State N. N.": a title of one country (rule person.country_title)
    if code is None:
        code = _country_of_led_delegation(doc, mention, found, lexicon)
    if role is None:
        role, sworn_code = _sworn_in_as(doc, mention, found, lexicon)
        code = code or sworn_code
    if role is None:
        role, as_code, _ = as_title_after(doc, mention, found, lexicon)
        code = code or as_code
    return role, code


def as_title_after(doc, mention, found, lexicon: Lexicon, reach: int = 10):
    """ "N. N.'s first trip to P as the X Union's trade chief ended ...", "N. N., in P as Ruritania's envoy, ...":
    the title of an "as" phrase a few words after the name, with no verb between, whatever the parse made of it,
    and its country (or, third, the body without a country it names) (rule person.as_title)."""
    end = min(len(doc), mention.end + reach)
    i = mention.end
    while i < end and doc[i].lower_ != "as":
        if doc[i].pos_ in ("VERB", "AUX") or doc[i].text in (".", ";", ":", "(", ")") or found.at(i) is not None:
            if found.at(i) is None or found.at(i).kind == "person":
                return None, None, None
        i += 1
    if i >= end:
        return None, None, None
    i += 1
    if i < len(doc) and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    code, body = None, None
    other = found.at(i) if i < len(doc) else None
    if other is not None and other.kind in ("country", "demonym", "organization"):
        if other.kind == "organization" and not other.code and not other.media:
            body = other.actor
        code = other.code
        i = other.end
        if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
            i += 1
    words, last = [], None
    for token in doc[i : min(len(doc), i + 4)]:
        if token.lower_ not in lexicon.titles and (token.pos_ not in ("NOUN", "ADJ", "PROPN") or found.at(token.i)):
            break
        words.append(token)
        if token.lower_ in lexicon.titles:
            last = len(words)
    if last is None or words[last - 1].tag_ in ("NNS", "NNPS"):
        return None, None, None
    return _join(words[:last]), code, body


def _office(role: str) -> bool:
    return any(word in OFFICE_TITLES for word in role.lower().split())


def _sworn_in_as(doc, mention, found, lexicon: Lexicon) -> tuple[str | None, str | None]:
    """ "N. N. was sworn in as president", "N. N., who was sworn in as X's prime minister", "N. N.'s first trip
    to P as the X-ian foreign minister": the title a person takes office or acts in, and its country when the phrase
    gives one (rule person.sworn_in)."""
    root = span_root(doc, mention.start, mention.end)
    verbs = [c for c in kids(root) if c.dep_ == "relcl"]  # "N. N., who was sworn in as ..."
    if root.dep_ in ("nsubjpass", "nsubj", "poss"):
        verbs.append(root.head)  # "N. N.'s trip to P as ...": the noun the name owns
    for verb in verbs:
        sworn = verb.lemma_.lower() in ("swear", "inaugurate") or (
            verb.lemma_.lower() in ("take", "assume")
            and any(c.dep_ == "dobj" and c.lower_ == "office" for c in kids(verb))
        )  # "N. N., who took office as X's president" (rule person.sworn_in)
        if not sworn and (verb.pos_ not in ("NOUN", "VERB") or any(c.dep_ == "dobj" for c in kids(verb))):
            continue  # not "N. N. welcomed M. M. as the new president": the title is the object's
        if not sworn and verb.pos_ == "NOUN" and verb.lemma_.lower() not in TRAVEL_LEMMAS | EVENT_NOUNS:
            continue
        for prep in (c for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "as"):
            for title in (c for c in kids(prep) if c.dep_ == "pobj" and c.lower_ in lexicon.titles):
                words = [t for t in title.subtree if t.i <= title.i and (t.lower_ in lexicon.titles or t.i == title.i)]
                code = None
                for child in kids(title):
                    other = found.at(child.i)
                    if other is not None and other.kind in ("demonym", "country") and child.dep_ in MODIFIER_DEPS:
                        code = other.code
                return " ".join(t.text for t in words), code
    return None, None


def country_from_context(doc, mentions, role: str | None, found, gazetteer: Gazetteer) -> str | None:
    """The country of a person whom no mention in the article gives one, read from the context of their
    mentions as a reader would, strongest evidence first (each step names its rule):
    where they go home to (person.home), the other country beside a partner of one country (person.pair_partner,
    also when the next sentence pairs two countries as its subject), the country their own trip goes outside of
    (person.trip_outside), the title of two they take in turn (person.respective_titles),
    the seat of government they host or speak at (person.at_seat) or that reports their act (person.reported_by_seat),
    the town a visitor of another country meets them in (person.met_at_home), the country of the person whose aide
    they are (person.aide_of), the seat whose account gives their act (person.according_to_seat); for one named
    with no title, the home of a foreign guest they host (person.host) or the dateline's (person.dateline_untitled);
    then, for officials, the other country beside "his X-ian counterpart" (person.counterpart) and the country
    whose seat or body reports their act (person.reported_by); the country whose guest they welcome or receive
    (person.host), or that a visitor who meets them has travelled to (person.host_of_visitor); for a visitor, the
    one other country their sentence names (person.visitor_other_side, person.flew_in); the country that is the subject of an
    earlier clause of their sentence (person.sentence_subject) or of the sentence before; the dateline's for a
    head of state or government or a minister with a bare title, or one named with no title who travels nowhere
    (person.dateline_untitled), who acts in a story filed from a city of their country ("LIMA - President N. N.
    said ...", also one side of "A/B -", person.two_place_dateline) or whom
    someone of another country meets there (person.dateline_partner); the lead's issuer; else the country whose
    own people their sentence speaks of. Never a country they travel to by its name (person.not_host)."""
    for mention in mentions:
        code = _home_country(doc, mention, found, gazetteer) or _country_beside_partner(doc, mention, found)
        code = code or _trip_outside(doc, mention, found) or _respective_title(doc, mention, found)
        if code:
            return code
    for mention in mentions:
        code = _host_at_seat(doc, mention, found, gazetteer) or _reported_by(doc, mention, found, gazetteer)
        code = code or _met_at_home(doc, mention, found) or _aide_of(doc, mention, found)
        code = code or _according_to_seat(doc, mention, found, gazetteer)
        if code and not _visits(doc, mentions, code, found, gazetteer):
            return code
    if role is None:
        for mention in mentions:  # "P - N. N. hosted X-ian President M. M. at his resort"
            code = _country_of_host(doc, mention, found)
            if code and _guest_of_another_country(doc, mention, found, code):
                if not _visits(doc, mentions, code, found, gazetteer):
                    return code
        for mention in mentions:  # "X's ministry said N. N. would visit Y", "N. N. said X would not back down"
            code = _reported_by(doc, mention, found) or _speaks_for(doc, mention, found)
            if code and not _visits(doc, mentions, code, found, gazetteer):
                return code
        alone = [m for m in mentions if not _paired(doc, m, found)]  # not "P - N. N. and M. M. signed ..."
        if alone and not any(_travels(doc, m) for m in mentions):  # "P - N. N. said ...", not "N. N. had arrived"
            code = _dateline_country(doc, alone, found, gazetteer)
            if code is not None and not _visits(doc, mentions, code, found, gazetteer):
                return code
        return None
    every = mentions
    mentions = [m for m in mentions if m.titled]
    for mention in mentions:
        code = _country_beside_counterpart(doc, mention, found) or _reported_by(doc, mention, found)
        code = code or _speaks_for(doc, mention, found)
        if code and not _visits(doc, every, code, found, gazetteer):
            return code
    for mention in mentions:
        code = _country_of_host(doc, mention, found)
        if code and not _visits(doc, every, code, found, gazetteer):
            return code
    for mention in mentions:
        code = _host_of_visitor(doc, mention, found, gazetteer)
        if code and not _visits(doc, every, code, found, gazetteer):
            return code
    code = _visitor_from_other_side(doc, every, found, gazetteer) or _flew_in(doc, mentions, found, gazetteer)
    if code:
        return code
    for mention in mentions:
        if _near_organization(doc, mention, found):
            continue  # "as did N. N., the European Union's commissioner": not the country's
        code = _country_of_sentence_subject(doc, mention, found)
        if code and not _visits(doc, every, code, found, gazetteer):
            return code
    for mention in mentions:
        if not _near_organization(doc, mention, found) and not _met_by_pronoun(doc, mention):
            code = _country_of_previous_subject(doc, mention, found)
            if code:
                return code
    if not any(word in OFFICE_TITLES for word in role.lower().split()):
        return None
    code = _dateline_country(doc, every, found, gazetteer)  # "President N. N. ...; N. N. told lawmakers ..."
    if code is not None and not _visits(doc, every, code, found, gazetteer):
        return code
    _, _, line_code = found.line
    if line_code and any(_partner_of_foreigner(doc, m, found, line_code) for m in mentions):
        if not _visits(doc, every, line_code, found, gazetteer):
            return line_code
    acting = [m for m in mentions if span_root(doc, m.start, m.end).dep_ in ("nsubj", "nsubjpass")]
    if acting and not _near_organization(doc, acting[0], found, before=4, after=3):
        code = _issuer_country(doc, found, gazetteer)
        if code is not None and not _visits(doc, every, code, found, gazetteer):
            return code
    for mention in mentions:
        code = _country_of_own_people(doc, mention, found)
        if code:
            return code
    return None


def _issuer_country(doc, found, gazetteer: Gazetteer) -> str | None:
    """The one country that the article's lead sentence has as its subject ("The Foreign Ministry of
    X condemns ...", "X will host ..."): the issuer of a release, the country a story is about."""
    _, end, _ = found.line
    start = end or 0
    if start >= len(doc):
        return None
    sent = sent_of(doc[start])
    if end and not any(t.pos_ in ("VERB", "AUX") for t in sent):  # "LIMA, May 2 -" parsed on its own
        sent = sent_of(doc[sent.end]) if sent.end < len(doc) else sent
    codes = set()
    for subject in (c for c in kids(sent.root) if c.dep_ in ("nsubj", "nsubjpass")):
        for token in subject.subtree:
            other = found.at(token.i)
            if other is not None and other.kind in ("country", "organization") and other.code:
                codes.add(other.code)
    return codes.pop() if len(codes) == 1 else None


def _dateline_country(doc, mentions, found, gazetteer: Gazetteer) -> str | None:
    _, end, code = found.line
    if code is None and found.two_places is not None:
        end, code = found.two_places[0], _side_of_two_places(found)
    if code is None:
        return None
    for mention in mentions:
        if mention.start < end:
            continue  # a headline above the dateline
        if _travels_to(doc, mention, code, end, found) and not _other_traveller(doc, mention, code, end, found):
            return None  # "LIMA - President N. N., who arrived in Lima on Monday, ... N. N. said": a visitor
        root = span_root(doc, mention.start, mention.end)
        if root.dep_ == "conj" and root.head.lower_ in load_lexicon().titles and root.head.i < root.i:
            root = root.head  # "Deputy Prime Minister and Foreign Minister N. N. held ...": the parse joins the titles
        elif _named_in_portfolio(root):
            root = (
                root.head.head
            )  # "Minister of Foreign Affairs N. N. received ...": the parse puts the name in the portfolio
        elif root.dep_ == "appos" and root.head.lower_ in load_lexicon().titles and root.head.i < root.i:
            root = root.head  # "Prime Minister the Rt Hon. N. N. welcomed ...": the name set beside its title
        if root.dep_ in ("nsubj", "nsubjpass") and _placed_elsewhere(root.head, found, code):
            continue  # "P - ... after President N. N. signed a treaty in Q": acting in another country
        if root.dep_ in ("nsubj", "nsubjpass") and not _near_organization(doc, mention, found, before=4, after=3):
            return code  # the one who acts in a domestic story, not whom they call or meet, nor "NATO's N. N."
    return None


def _named_in_portfolio(root) -> bool:
    """Whether the parse took a name for the last word of the portfolio before it ("State Minister of Foreign
    Affairs N. N. received ...": "N. N." the object of "of"): the title's word stands for the person
    (rule person.named_in_portfolio)."""
    if root.dep_ != "pobj" or root.head.dep_ != "prep" or root.head.lower_ != "of":
        return False
    title = root.head.head
    return title.i < root.i and title.lower_ in load_lexicon().titles


def _other_traveller(doc, mention, code: str, end: int, found) -> bool:
    """Whether another person named in the sentence of a mention is the one who travels to the country `code`
    ("P - M. M. called off a visit to X after Prime Minister N. N. dismissed ..."): N. N. is no visitor
    (rule person.other_traveller)."""
    for other in _sentence_mentions(sent_of(doc[mention.start]), found):
        if other.kind != "person" or other.actor is None or other.actor == mention.actor:
            continue
        if _person_travels_to(doc, other, code, end, found, lambda place: True):
            return not _person_travels_to(doc, mention, code, end, found, lambda place: True)
    return False


def _placed_elsewhere(verb, found, code: str) -> bool:
    """Whether a clause says it happens in a place of another country than `code` ("signed a treaty in Q",
    "spoke at the Kremlin")."""
    objects = [c for c in kids(verb) if c.dep_ == "dobj" and c.lemma_.lower() not in EVENT_NOUNS]
    for head in [verb, *objects]:  # "signed a treaty in Q"; not "called off the summit in R"
        for prep in (c for c in kids(head) if c.dep_ == "prep" and c.lower_ in ("in", "at")):
            for obj in (c for c in kids(prep) if c.dep_ == "pobj"):
                other = found.at(obj.i)
                if other is not None and other.code and other.kind in ("country", "place") and other.code != code:
                    return True
    return False


def _reported_by(doc, mention, found, seats: Gazetteer | None = None) -> str | None:
    """ "the Elysee said President N. N. condemned ...", "Lima said its foreign minister N. N. would ...": an
    official whose act a country, its seat or a body of it reports serves that country (rule person.reported_by).
    Given the gazetteer (`seats`), only a seat of government counts, for anyone: "the Kremlin said N. N. would
    ..." (rule person.reported_by_seat)."""
    root = _mention_root(doc, mention)
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.dep_ != "ccomp":
        return None
    reporting = root.head.head
    for subject in (c for c in kids(reporting) if c.dep_ == "nsubj"):
        codes = set()
        for token in subject.subtree:
            other = found.at(token.i)
            if other is not None and other.kind in ("country", "demonym", "organization") and other.code:
                place = seats.place(other.place) if seats is not None and other.place else None
                if seats is None or (place is not None and place.kind == "seat"):
                    codes.add(other.code)
            if other is not None and other.kind == "person":
                return None
        return codes.pop() if len(codes) == 1 else None
    return None


def _speaks_for(doc, mention, found) -> str | None:
    """ "N. N. said X would not back down", "N. N. told reporters that X was ready to ...": one who states what
    their country will do or is, the one country the subject of the statement names, speaks for it (rule
    person.speaks_for); not a statement naming a person or two countries."""
    root = _mention_root(doc, mention)
    if root.dep_ != "nsubj" or root.head.lemma_.lower() not in SPEAKING_VERBS:
        return None
    codes = set()
    for clause in (c for c in kids(root.head) if c.dep_ == "ccomp"):
        if not any(c.dep_ == "aux" and c.lower_ in STANCE_MODALS for c in kids(clause)):
            continue  # what the country will or would do, not what another did ("said X-ian troops had ...")
        for subject in (c for c in kids(clause) if c.dep_ in ("nsubj", "nsubjpass")):
            other = found.at(subject.i)
            if other is not None and other.kind == "country" and other.code:
                codes.add(other.code)
    return codes.pop() if len(codes) == 1 else None


def _according_to_seat(doc, mention, found, gazetteer: Gazetteer) -> str | None:
    """ "According to a White House readout, N. N. raised ...", "N. N. told him, according to the Kremlin, ...": whose
    act a seat of government's account gives serves its country (rule person.according_to_seat)."""
    root = _mention_root(doc, mention)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    codes = set()
    for according in (c for c in kids(root.head) if c.dep_ == "prep" and c.lower_ == "according"):
        for to in (c for c in kids(according) if c.dep_ == "prep" and c.lower_ == "to"):
            for obj in (c for c in kids(to) if c.dep_ == "pobj"):
                for token in obj.subtree:
                    other = found.at(token.i)
                    if other is not None and other.kind == "person":
                        return None  # "according to N. N.'s aides"
                    place = gazetteer.place(other.place) if other is not None and other.place else None
                    if place is not None and place.kind == "seat" and other.code:
                        codes.add(other.code)
    return codes.pop() if len(codes) == 1 else None


def _visits(doc, mentions, code: str, found, gazetteer: Gazetteer) -> bool:
    """Whether any mention of a person has them travel to the country `code` by its name ("N. N., who arrived
    in P on Monday on his first visit to X, ..."): a visitor there, who does not serve it (rule
    person.not_host). A trip to one of its towns is no sign ("the minister is due to visit a border town")."""
    _, end, _ = found.line
    named = _named_country(gazetteer)
    return any(_person_travels_to(doc, m, code, end or 0, found, named) for m in mentions)


def _mention_root(doc, mention):
    """The head word of a mention, the first of its conjoined names ("A and B met": A's)."""
    root = span_root(doc, mention.start, mention.end)
    while root.dep_ == "conj" and root.head.i < root.i:
        root = root.head
    return root


def _own_phrase(doc, mention):
    """The head word of a person's mention (the first of conjoined names) and the tokens of their own phrase, with
    the noun their possessive hangs on ("N. N.'s first trip to X")."""
    root = _mention_root(doc, mention)
    own = {t.i for t in root.subtree}
    if root.dep_ == "poss":
        own.add(root.head.i)
    return root, own


def _person_travels_to(doc, mention, code: str, end: int, found, named, before: int | None = None) -> bool:
    """Whether the person of a mention is the one who travels to the country `code` in its sentence: the travel
    word inside their own phrase ("N. N., who arrived in ...", "N. N.'s visit to ...") or in the clause they are
    the subject of ("N. N. is paying a visit to ..."), with the destination under that word."""
    root, own = _own_phrase(doc, mention)
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    if root.dep_ == "dobj" and root.head.lemma_.lower() in RECEIVING_VERBS:
        verb = root.head  # "welcomed N. N. on his first visit to X": the guest travels
    sent = sent_of(doc[mention.start])
    for i in _travel_words(doc[sent.start]):
        word = doc[i]
        if before is not None and word.i >= before:
            continue
        if word.i not in own and (verb is None or not _under(word, verb)):
            continue
        for token in doc[max(sent.start, end) : sent.end]:
            other = found.at(token.i)
            if other is None or other.code != code or token.i != span_root(doc, other.start, other.end).i:
                continue
            if not named(other) or not (token.head.i == word.i or word in token.ancestors):
                continue
            if (token.dep_ == "pobj" and token.head.lower_ in ("in", "to", "into", "at")) or token.dep_ == "dobj":
                return True
    return False


def _named_country(gazetteer: Gazetteer):
    def named(other) -> bool:
        place = gazetteer.place(other.place) if other.place else None
        return place is not None and place.kind in ("name", "variant")

    return named


def _visitor_from_other_side(doc, mentions, found, gazetteer: Gazetteer) -> str | None:
    """ "P is ready to expand cooperation with Y, said the president as he welcomed Chancellor N. N. on
    his first visit to X": a visitor to one country, in a sentence that names one other country (and
    no one else of it), or followed by one that pairs it with one other, comes from that other country (rule
    person.visitor_other_side)."""
    named = _named_country(gazetteer)
    _, end, _ = found.line
    if any(_near_organization(doc, m, found) for m in mentions):
        return None  # "UN Secretary-General N. N.'s trip to X": an organisation's official
    for mention in mentions:
        sent = sent_of(doc[mention.start])
        codes = _codes_in_order(m for m in _sentence_mentions(sent, found) if m.kind in ("country", "demonym"))
        for visited in codes:
            if not _person_travels_to(doc, mention, visited, end or 0, found, named):
                continue
            served = {
                m.actor.country for m in _sentence_mentions(sent, found) if m.kind == "person" and m.actor is not None
            }
            others = set(codes) - {visited} - served
            if len(others) == 1:
                return others.pop()
            if sent.end < len(doc):  # "... the two leaders signed a declaration between X and Y."
                following = sent_of(doc[sent.end])
                pair = {
                    m.code for m in _sentence_mentions(following, found) if m.kind in ("country", "demonym") and m.code
                }
                if len(pair) == 2 and visited in pair:
                    return (pair - {visited}).pop()
    return None


def _flew_in(doc, mentions, found, gazetteer: Gazetteer) -> str | None:
    """ "In P, Trade Secretary N. N., who flew in on Monday, signed a pact backing X's reforms":
    an official who flies in to a town of one country, in a sentence that names one other country, comes from
    that other country (rule person.flew_in)."""
    for mention in mentions:
        root = span_root(doc, mention.start, mention.end)
        verbs = [c for c in kids(root) if c.dep_ == "relcl" and c.lemma_.lower() in TRAVEL_LEMMAS]
        if not any(c.lower_ == "in" and c.dep_ in ("advmod", "prt") for v in verbs for c in kids(v)):
            continue
        sent = sent_of(doc[mention.start])
        placed = set()
        for i in range(sent.start, sent.end):
            other = found.at(i)
            if other is not None and other.code and doc[i].dep_ == "pobj" and doc[i].head.lower_ == "in":
                placed.add(other.code)
        named = _named_country(gazetteer)
        codes = {
            m.code
            for m in _sentence_mentions(sent, found)
            if m.kind in ("country", "demonym")
            and m.code
            and not (m.kind == "country" and _town_as_modifier(doc, m, named))
        }
        others = codes - placed
        if len(placed) == 1 and len(others) == 1:
            return others.pop()
    return None


def _town_as_modifier(doc, mention, named) -> bool:
    """ "the P deal", "the P talks": a town or capital naming a thing, not its country acting."""
    return not named(mention) and doc[mention.end - 1].dep_ in ("compound", "nmod")


def _sentence_mentions(sent, found) -> list:
    seen = []
    for i in range(sent.start, sent.end):
        other = found.at(i)
        if other is not None and (not seen or seen[-1] is not other):
            seen.append(other)
    return seen


def _codes_in_order(mentions) -> list[str]:
    """The countries of mentions, each once, in the order the text names them (so the first that fits is the same
    on every run, whatever the hash seed)."""
    return list(dict.fromkeys(m.code for m in mentions if m.code))


def _destination(doc, mention, found, before: int) -> str | None:
    """The country the person of a mention travels to in its sentence (by a country's or a town's name), told
    before token `before`."""
    for code in _codes_in_order(_sentence_mentions(sent_of(doc[mention.start]), found)):
        if _person_travels_to(doc, mention, code, found.line[1] or 0, found, lambda other: True, before):
            return code
    return None


def _host_of_visitor(doc, mention, found, gazetteer: Gazetteer) -> str | None:
    """ "N. N. arrived in X on Monday. N. N. will meet King M. M. on Tuesday": whom a visitor to a
    country meets there is its host, of that country (rule person.host_of_visitor)."""
    root = _mention_root(doc, mention)
    if root.dep_ not in ("dobj", "pobj"):
        return None
    verb = root.head
    for _ in range(3):
        if verb.pos_ in ("VERB", "AUX"):
            break
        verb = verb.head
    while verb.dep_ in ("xcomp", "conj", "advcl") and not any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(verb)):
        verb = verb.head  # "N. N. is scheduled to hold talks with M. M.", "N. N. called ... and flew to X for talks"
    for subject in (c for c in kids(verb) if c.dep_ in ("nsubj", "nsubjpass")):
        visitor = found.at(subject.i)
        if visitor is None and subject.lower_ in ("he", "she"):
            visitor = _person_before(doc, subject.i, found)  # "N. N. arrived in X. She met President M. M."
        if visitor is None or visitor.kind != "person" or visitor.actor is None or visitor is mention:
            return None
        for other in found.mentions:
            if other.actor != visitor.actor or other.start > mention.start:
                continue
            code = _destination(doc, other, found, mention.start)
            if code and code != visitor.actor.country:
                return code
    return None


BETWEEN_REACH = 8  # "between President N. N. and visiting Ruritanian President M. M.": the other within a few words


def _partner_of_foreigner(doc, mention, found, code: str) -> bool:
    """ "P - X's king held talks with President N. N.", "Q - Ambassador M. M. of X called on President
    N. N.": in a story filed from a country, an official whom someone of another country meets or calls on is
    the host, of the dateline's country (rule person.dateline_partner)."""
    _, end, _ = found.line
    if mention.start < (end or 0):
        return False
    root = span_root(doc, mention.start, mention.end)
    if root.dep_ == "pobj" and root.head.lower_ == "between":  # "talks between President N. N. and visiting M. M."
        for token in doc[mention.end : min(len(doc), mention.end + BETWEEN_REACH)]:
            other = found.at(token.i)
            if other is not None and other.kind == "person" and other.actor is not None and other.actor.country:
                return other.actor.country != code
        return False
    if root.dep_ == "conj" and root.head.dep_ == "nsubj" and root.head.i < root.i:
        subjects = [root.head]  # "NEW DELHI - ... he and Prime Minister N. N. declared": beside a visitor
    else:
        while root.dep_ == "conj" and root.head.i < root.i:
            root = root.head
        if root.dep_ not in ("dobj", "pobj"):
            return False
        verb = root.head
        for _ in range(3):  # "held talks with N. N.", "called on N. N.", "met N. N."
            if verb.pos_ in ("VERB", "AUX"):
                break
            verb = verb.head
        if verb.pos_ not in ("VERB", "AUX"):
            return False
        subjects = [c for c in kids(verb) if c.dep_ == "nsubj"]
    for subject in subjects:
        if subject.lower_ in ("he", "she"):
            person = _person_before(doc, subject.i, found)
            if person is not None and person.actor is not None and person.actor.country:
                return person.actor.country != code
        for token in subject.subtree:
            other = found.at(token.i)
            if other is None or other is mention:
                continue
            theirs = other.actor.country if other.kind == "person" and other.actor is not None else other.code
            if other.kind in ("person", "country", "demonym") and theirs:
                return theirs != code
    return False


def _person_before(doc, i: int, found):
    """The person a "he" or "she" at token i stands for: the nearest person named before it as the subject of a
    clause, in its sentence or the one before."""
    sent = sent_of(doc[i])
    start = sent_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    for other in found.before(i, reach=i - start):
        if other.kind == "person" and span_root(doc, other.start, other.end).dep_ in ("nsubj", "nsubjpass"):
            return other
    return None


def _home_country(doc, mention, found, gazetteer: Gazetteer) -> str | None:
    """ "N. N. flew home to Lima", "President N. N. returned to Lima", "N. N., who flew in from Lima, ...": the
    country of the place a person goes home to, returns to as its capital, or flies in from as its capital
    (rule person.home)."""
    root = _mention_root(doc, mention)
    verbs = [c for c in kids(root) if c.dep_ == "relcl"]  # "N. N., who flew in from ..."
    if root.dep_ == "nsubj":
        verbs.append(root.head)
    for verb in verbs:
        if verb.lemma_.lower() not in TRAVEL_LEMMAS and verb.lemma_.lower() not in HOMING_VERBS:
            continue
        home = any(c.lower_ == "home" for c in kids(verb))
        arriving = any(c.lower_ == "in" and c.dep_ in ("advmod", "prt") for c in kids(verb))
        _, end, line_code = found.line
        if home and line_code and mention.start >= (end or 0):
            left = [
                found.at(o.i)
                for p in kids(verb)
                if p.dep_ == "prep" and p.lower_ == "from"
                for o in kids(p)
                if o.dep_ == "pobj"
            ]
            if any(o is not None and o.code and o.code != line_code for o in left):
                return line_code  # "P - N. N. flew home from Q": home is where the story is filed
        for prep in (c for c in kids(verb) if c.dep_ == "prep"):
            wanted = (
                (home and prep.lower_ in ("to", "in"))
                or (prep.lower_ == "to" and verb.lemma_.lower() in HOMING_VERBS)
                or (arriving and prep.lower_ == "from")
            )
            if not wanted:
                continue
            for obj in (c for c in kids(prep) if c.dep_ == "pobj"):
                other = found.at(obj.i)
                if other is None or not other.code or other.kind not in ("country", "place"):
                    continue
                place = gazetteer.place(other.place) if other.place else None
                if home or (place is not None and place.kind == "capital"):
                    return other.code
    return None


def _respective_title(doc, mention, found) -> str | None:
    """ "A and B met on Monday, the first meeting between a sitting X-ian president and a Y-ian leader": two people
    named before a meeting "between" two titles of two countries take them in turn, or the one the other person
    does not hold (rule person.respective_titles)."""
    sent = sent_of(doc[mention.start])
    for i in _forms_in(doc, sent, BETWEEN):
        word = doc[i]
        if word.dep_ != "prep" or word.i < mention.end:
            continue
        titles = [c for c in kids(word) if c.dep_ == "pobj"]
        titles += [c for t in titles for c in kids(t) if c.dep_ == "conj"]
        titles = [t for t in titles if t.lower_ in load_lexicon().titles]
        if len(titles) != 2 or not all(any(c.lower_ in ("a", "an") for c in kids(t)) for t in titles):
            return None  # "the X-ian president" refers back; "a X-ian president" describes
        codes = []
        for title in titles:
            found_codes = [
                found.at(c.i).code
                for c in kids(title)
                if c.dep_ in ("amod", "compound") and found.at(c.i) is not None and found.at(c.i).code
            ]
            if len(found_codes) != 1:
                return None
            codes.append(found_codes[0])
        if codes[0] == codes[1]:
            return None
        people = []
        for other in _sentence_mentions(doc[sent.start : word.i], found):
            if other.kind == "person" and other.actor is not None and other.actor not in people:
                people.append(other.actor)
        if len(people) != 2 or mention.actor not in people:
            return None
        partner = people[1 - people.index(mention.actor)]
        if partner.country in codes:
            return codes[1 - codes.index(partner.country)]
        return codes[people.index(mention.actor)] if partner.country is None else None
    return None


def _trip_outside(doc, mention, found) -> str | None:
    """ "N. N. flew into Lima on his first trip outside Ruritania in ten years", "N. N.'s first journey outside
    Ruritania": the country a person's own trip goes outside of is theirs (rule person.trip_outside)."""
    root, own = _own_phrase(doc, mention)
    verb = root.head if root.dep_ in ("nsubj", "nsubjpass") else None
    for i in _forms_in(doc, sent_of(doc[mention.start]), OUTSIDE):
        word = doc[i]
        if word.dep_ != "prep":
            continue
        trip = word.head
        if trip.lemma_.lower() not in TRAVEL_LEMMAS and trip.lower_ not in TRAVEL_LEMMAS:
            continue
        if trip.i not in own and (verb is None or not _under(trip, verb)):
            continue
        for obj in (c for c in kids(word) if c.dep_ == "pobj"):
            other = found.at(obj.i)
            if other is not None and other.kind == "country" and other.code:
                return other.code
    return None


def _host_at_seat(doc, mention, found, gazetteer: Gazetteer) -> str | None:
    """ "guests were honoured by N. N. at the Elysee Palace", "N. N. told reporters at the Kremlin", "Speaking in
    the Kremlin's press room, N. N. said ...": who hosts or honours someone at a seat of government, or speaks
    there in a sentence that names no other country but as a modifier ("X's economy"), acts at
    home and serves the seat's country (rule person.at_seat)."""
    root = _mention_root(doc, mention)
    if root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        verb = root.head.head
    elif root.dep_ == "nsubj":
        verb = root.head
    else:
        return None
    lemma = verb.lemma_.lower()
    hosting = lemma in SEAT_HOST_VERBS
    heads = [verb, root, *(c for c in kids(verb) if c.dep_ == "dobj")]  # "told reporters at the Kremlin"
    if not hosting and lemma not in SEAT_SPEECH_VERBS:
        heads = []
    clauses = [c for c in kids(verb) if c.dep_ == "advcl" and c.lemma_.lower() in SEAT_SPEECH_VERBS]
    heads += clauses + [o for c in clauses for o in kids(c) if o.dep_ == "dobj"]  # "Telling reporters at ..."
    heads += [  # "Speaking to reporters at the Kremlin, N. N. said": the place hung on the listeners
        o
        for h in heads[:]
        if h.i != root.i
        for p in kids(h)
        if p.dep_ == "prep" and p.lower_ == "to"
        for o in kids(p)
        if o.dep_ == "pobj"
    ]
    codes = set()
    for head in heads:
        for prep in (c for c in kids(head) if c.dep_ == "prep" and c.lower_ in ("at", "in")):
            for obj in (c for c in kids(prep) if c.dep_ == "pobj"):
                for token in [obj, *(t for c in obj.lefts for t in c.subtree)]:  # "the Kremlin press room"
                    other = found.at(token.i)
                    place = gazetteer.place(other.place) if other is not None and other.place else None
                    if place is not None and place.kind == "seat" and other.code:
                        codes.add(other.code)
    if len(codes) != 1:
        return None
    code = codes.pop()
    if not hosting:
        sent = sent_of(doc[mention.start])
        if _travel_words(doc[sent.start]):
            return None
        for i in range(sent.start, sent.end):
            other = found.at(i)
            if other is None or other is mention or i != span_root(doc, other.start, other.end).i:
                continue
            if other.code and other.code != code and doc[i].dep_ not in MODIFIER_DEPS:
                return None  # "N. N. said at the White House that Peru ...": maybe a guest
    return code


def _under(word, verb) -> bool:
    """Whether a travel word belongs to the clause of `verb`: the verb itself, its object ("pays a visit"), or
    the object of one of its prepositions ("arrived on a visit"); not "invited M. M. to visit"."""
    node = word
    if word.dep_ == "dobj":
        node = word.head
    elif word.dep_ == "pobj" and word.head.dep_ == "prep":
        node = word.head.head
    for _ in range(4):  # "N. N. telephoned M. M., asking ..., and flew to X": clauses that share the subject
        if node.i == verb.i:
            return True
        if node.dep_ not in ("conj", "advcl", "xcomp") or any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(node)):
            return False
        node = node.head
    return node.i == verb.i


def _side_of_two_places(found) -> str | None:
    """ "P/Q - President N. N. ...; Ruritanian President M. M. said ...": under a dateline of two
    places, an official of neither named country serves the side no one named in the article serves yet, else
    the first (rule person.two_place_dateline)."""
    codes = found.two_places[1]
    served = {m.actor.country for m in found.mentions if m.kind == "person" and m.actor is not None}
    left = [code for code in codes if code not in served]
    return left[0] if left else None


def _country_of_own_people(doc, mention, found) -> str | None:
    """ "President N. N. promised the Ruritanian people ...", "President N. N. warned
    Elbonian opposition parties": a leader whose sentence speaks of one country's own people (its citizens,
    voters, opposition, protesters) leads that country."""
    codes = set()
    sent = sent_of(doc[mention.start])
    for i in range(sent.start, sent.end):
        other = found.at(i)
        if other is None or other.kind != "demonym" or i != other.end - 1:
            continue
        token = doc[i]
        if token.dep_ not in ("amod", "compound"):
            continue
        noun = token.head
        words = {noun.lemma_.lower()} | {c.lemma_.lower() for c in kids(noun) if c.dep_ == "compound"}
        if words & DOMESTIC_NOUNS:
            codes.add(other.code)
    return codes.pop() if len(codes) == 1 else None


def _travels_to(doc, mention, code: str, end: int, found) -> bool:
    """Whether the sentence of a mention has someone travel and gives the country `code` (after the dateline) as
    where they go or are ("arrived in Lima", "a visit to Peru", "visited Peru")."""
    sent = sent_of(doc[mention.start])
    if not _travel_words(doc[sent.start]):
        return False
    for token in doc[max(sent.start, end) : sent.end]:
        other = found.at(token.i)
        if other is None or other.code != code or token.i != span_root(doc, other.start, other.end).i:
            continue
        if token.dep_ == "pobj" and token.head.lower_ in ("in", "to", "into", "at"):
            return True
        if token.dep_ == "dobj" and token.head.lemma_.lower() in TRAVEL_LEMMAS:
            return True
    return False


def _country_of_led_delegation(doc, mention, found, lexicon: Lexicon) -> str | None:
    """ "a Ruritanian delegation led by N. N.", "X's delegation was headed by N. N.": who leads a country's
    delegation serves that country."""
    root = span_root(doc, mention.start, mention.end)
    agent = root.head
    if root.dep_ in ("conj", "appos") and agent.lower_ in lexicon.titles:  # "led by Minister of ... Dr N. N."
        agent = agent.head
    elif root.dep_ == "pobj" and agent.dep_ == "prep" and agent.head.lower_ in lexicon.titles:
        agent = agent.head.head  # "led by Deputy Minister for Mines and Fisheries N. N.": the name inside the portfolio
    if agent.lower_ != "by":
        return None
    verb = agent.head
    if verb.pos_ == "NOUN" and verb.lemma_.lower() in DELEGATION_NOUNS:
        nouns = [verb]  # "... was led by N. N. and the Slovenian side by M. M."
    elif verb.lemma_.lower() in LEADING_VERBS:
        nouns = [verb.head] if verb.dep_ == "acl" else [c for c in kids(verb) if c.dep_ == "nsubjpass"]
    else:
        return None
    for noun in nouns:
        for child in kids(noun):
            other = found.at(child.i)
            if (
                child.dep_ in ("amod", "compound", "poss")
                and other is not None
                and other.kind in ("demonym", "country")
            ):
                return other.code
        objects = [o for p in kids(noun) if p.dep_ == "prep" and p.lower_ in ("of", "from") for o in kids(p)]
        if noun.dep_ == "pobj" and noun.head.lower_ in ("of", "from"):
            if noun.head.head.lemma_.lower() in DELEGATION_NOUNS:
                objects = [noun]  # the parse hangs "led by" on the object: "a delegation from X led by N. N."
        for obj in objects:
            for token in (t for t in obj.subtree if t.i <= obj.i):  # the object and the words before it
                other = found.at(token.i)  # "a delegation of the Ruritanian Workers' Party led by N. N."
                if other is not None and other.kind in ("demonym", "country", "organization") and other.code:
                    return other.code
    return None


def _near_organization(doc, mention, found, before: int = 8, after: int = 8) -> bool:
    for i in range(max(0, mention.start - before), min(len(doc), mention.end + after)):
        other = found.at(i)
        if other is not None and other.kind == "organization" and not other.media:
            return True
    return False


def _met_by_pronoun(doc, mention) -> bool:
    """ "X's minister flew to Y. She met President N. N.": the object of a clause whose subject is a pronoun for
    the one the sentence before is about is that one's partner, likely of another country."""
    root = span_root(doc, mention.start, mention.end)
    verb = root.head.head if root.dep_ == "pobj" else root.head
    if root.dep_ not in ("dobj", "pobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    return any(c.dep_ == "nsubj" and c.pos_ == "PRON" and c.lower_ in PERSONAL_PRONOUNS for c in kids(verb))


def _country_beside_counterpart(doc, mention, found) -> str | None:
    """ "a treaty signed by Prime Minister N. N. and his Ruritanian counterpart M. M.", "talks between President N. N.
    and her Elbonian counterpart", "N. N. met his Ruritanian counterpart": beside a counterpart of one country, an
    official serves the one other country the sentence names, else the dateline's (rule person.counterpart)."""
    root = span_root(doc, mention.start, mention.end)
    sent = sent_of(doc[mention.start])
    partner = None
    for i in _forms_in(doc, sent, COUNTERPART_FORMS):
        token = doc[i]
        if token.i in range(mention.start, mention.end):
            continue
        head = token
        while head.dep_ == "compound" and head.head.i > head.i:
            head = head.head  # "his Ruritanian counterpart M. M.": the name the title sits on
        if not (
            (head.dep_ == "conj" and head.head.i == root.i)
            or (root.dep_ == "nsubj" and head.dep_ == "dobj" and head.head.i == root.head.i)
        ):
            continue
        partner = token
        break
    if partner is None:
        return None
    theirs = None
    for i in range(max(sent.start, partner.i - 3), partner.i):
        other = found.at(i)
        if other is not None and other.kind in ("country", "demonym") and other.code:
            theirs = other.code
    if theirs is None:
        return None
    _, end, line_code = found.line
    codes = set()
    for token in doc[max(sent.start, end or 0) : sent.end]:
        other = found.at(token.i)
        if other is not None and other.kind in ("country", "demonym") and other.code and other.code != theirs:
            if token.i == other.start:
                codes.add(other.code)
    if not codes and line_code and line_code != theirs:
        codes.add(line_code)
    return codes.pop() if len(codes) == 1 else None


def _country_beside_partner(doc, mention, found) -> str | None:
    """ "X and Y agreed to a truce ... after talks with N. N. and Y's premier M. M.": one
    of two people named together, beside one of the two countries the sentence or the lead pairs, serves the
    other (rule person.pair_partner)."""
    root = span_root(doc, mention.start, mention.end)
    partners = [c for c in kids(root) if c.dep_ == "conj"]
    if root.dep_ == "conj":
        partners.append(root.head)
    theirs = set()
    for partner in partners:
        other = found.at(partner.i)
        if other is None:  # "N. N. and X's acting premier, M. M.": the name set beside the title
            other = next((found.at(c.i) for c in kids(partner) if c.dep_ == "appos" and found.at(c.i)), None)
        if other is not None and other.kind == "person" and other.actor is not None and other.actor.country:
            theirs.add(other.actor.country)
    if len(theirs) != 1 or _near_organization(doc, mention, found):
        return None  # not "N. N., head of the Agency," beside a minister
    top = root
    while top.dep_ == "conj" and top.head.i < top.i:
        top = top.head
    verb = (
        top.head.head if top.dep_ == "pobj" and top.head.lower_ == "by" else top.head if top.dep_ == "nsubj" else None
    )
    if verb is not None and verb.lemma_.lower() in RECEIVING_VERBS:
        return None  # "welcomed by President N. N. and Vice-President M. M.": hosts together, one side (rule person.host_conjoined)
    sent = sent_of(doc[mention.start])
    served = {m.actor.country for m in _sentence_mentions(sent, found) if m.kind == "person" and m.actor is not None}
    _, end, _ = found.line
    lead = sent_of(doc[min(end or 0, len(doc) - 1)])
    if lead.end - lead.start < 4 and lead.end < len(doc):
        lead = sent_of(doc[lead.end])  # the dateline parsed on its own
    for span in (sent, lead):
        codes = {m.code for m in _sentence_mentions(span, found) if m.kind in ("country", "demonym") and m.code}
        if len(codes) < 2 or not theirs <= codes:
            continue
        others = codes - theirs - served
        if len(others) == 1:
            return others.pop()
    if root.dep_ in ("nsubj", "conj") and sent.end < len(doc):
        pair = _subject_pair(sent_of(doc[sent.end]), found)  # "A and B met ... After talks, P and Q agreed to ..."
        if pair is not None and theirs < pair:
            return (pair - theirs).pop()
    return None


def _subject_pair(sent, found) -> set | None:
    """The two countries a sentence has as its conjoined subject ("Moscow and Kyiv committed to ..."), if so
    (rule person.pair_partner, the sentence after the people's)."""
    for token in sent:
        if token.dep_ != "nsubj":
            continue
        first = found.at(token.i)
        second = next((found.at(c.i) for c in kids(token) if c.dep_ == "conj"), None)
        if first is None or second is None or first is second:
            return None
        if first.kind == "country" and second.kind == "country" and first.code and second.code:
            return {first.code, second.code} if first.code != second.code else None
        return None
    return None


def _aide_of(doc, mention, found) -> str | None:
    """ "M. M.'s spokesman and adviser N. N.", "M. M.'s chief of staff, N. N.": the aide a person of a known
    country names by a title serves that country (rule person.aide_of)."""
    titles = load_lexicon().titles
    titled = False
    i = mention.start - 1
    while i >= max(0, mention.start - 7):
        token = doc[i]
        if token.lower_ in ("'s", "’s") and i > 0:
            owner = found.at(i - 1)
            if titled and owner is not None and owner.kind == "person" and owner.actor is not None:
                return owner.actor.country
            return None
        if token.lemma_.lower() in COUNTERPART_NOUNS or token.lower_ in COUNTERPART_NOUNS:
            return None  # "M. M.'s counterpart N. N.": of another country
        if token.lower_ in titles:
            titled = True
        elif not (token.lower_ in ("and", "of", "chief", "top", "senior", ",") or token.pos_ == "ADJ"):
            return None
        i -= 1
    return None


def _met_at_home(doc, mention, found) -> str | None:
    """ "M. M.'s visit, for a summit with N. N. in Cusco, ...", "on a visit, M. M. held talks with N. N. in Cusco":
    whom a visitor of another country meets, visits ("M. M. will visit N. N. in Cusco") or holds talks with in a
    town of one country, in a sentence that speaks of travel, serves that country (rule person.met_at_home)."""
    root = _mention_root(doc, mention)
    if root.dep_ == "dobj" and root.head.lemma_.lower() in ("visit", "meet"):
        head = root.head  # "M. M. would visit N. N. in Cusco"
    elif root.dep_ == "pobj" and root.head.lower_ == "with":
        head = root.head.head  # "talks with N. N.", "met with N. N."
    else:
        return None
    if head.lemma_.lower() not in EVENT_NOUNS | {"meet", "visit"} and head.lower_ not in EVENT_NOUNS:
        return None
    places = set()
    verb_of = head if head.pos_ in ("VERB", "AUX") else head.head
    if verb_of.dep_ == "relcl" and any(c.dep_ == "advmod" and c.lower_ == "where" for c in kids(verb_of)):
        other = found.at(verb_of.head.i)  # "flew to X, where she met N. N." (rule person.met_at_home_where)
        if other is not None and other.code and other.kind in ("country", "place"):
            places.add(other.code)
    for node in (head, root):
        for prep in (c for c in kids(node) if c.dep_ == "prep" and c.lower_ == "in"):
            for obj in (c for c in kids(prep) if c.dep_ == "pobj"):
                other = found.at(obj.i)
                if other is not None and other.code and other.kind in ("country", "place"):
                    places.add(other.code)
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    for _ in range(3):  # "M. M.'s visit, for a summit with N. N.": the owner of the noun above
        if verb.pos_ in ("VERB", "AUX") or any(c.dep_ == "poss" for c in kids(verb)):
            break
        verb = verb.head
    if not places and verb.lemma_.lower() in TRAVEL_LEMMAS and head.dep_ == "pobj" and head.head.lower_ == "for":
        for prep in (c for c in kids(verb) if c.dep_ == "prep" and c.lower_ in ("to", "into")):
            for obj in (c for c in kids(prep) if c.dep_ == "pobj"):  # "M. M. flew to P for talks with N. N."
                other = found.at(obj.i)
                if other is not None and other.code and other.kind in ("country", "place"):
                    places.add(other.code)
    if len(places) != 1:
        return None
    code = places.pop()
    sides = [c for c in kids(verb) if c.dep_ in ("nsubj", "poss")]
    if verb.dep_ == "relcl" and any(c.lower_ in ("who", "that") for c in sides):
        sides.append(verb.head)  # "M. M., who flew to P for talks with N. N.
    if head.pos_ == "NOUN":
        sides += [c for c in kids(head) if c.dep_ == "poss"]
    sides += [c for side in sides for c in kids(side) if c.dep_ == "poss"]  # "M. M.'s visit ... ended"
    foreign = set()
    for side in sides:
        other = found.at(side.i)
        if other is None and side.lower_ in ("he", "she") and side.dep_ == "nsubj":
            other = _person_before(doc, side.i, found)  # "M. M. said he would visit N. N. in Cusco"
        if other is not None and other.kind == "person" and other.actor is not None and other.actor.country:
            foreign.add(other.actor.country)
    if not foreign or code in foreign:
        return None
    sent = sent_of(doc[mention.start])  # a visitor's meeting, not a summit on neutral ground
    visiting = bool(_travel_words(doc[sent.start]))
    return code if visiting else None


def _country_of_host(doc, mention, found) -> str | None:
    """ "N. N., who landed in P on Friday, was greeted by President M. M.", "P - ... the ministers were
    received by President M. M.": who receives, welcomes or hosts a guest who travels to a country, or in the
    dateline's country, serves that country (rule person.host)."""
    root = _mention_root(doc, mention)
    while root.dep_ == "conj" and root.head.i < root.i and root.head.pos_ in ("PROPN", "NOUN"):
        root = root.head  # "welcomed by President M. M. and Vice-President L. L." (rule person.host_conjoined)
    if root.dep_ == "pobj" and root.head.lower_ == "by":
        verb = root.head.head
        for _ in range(4):  # "welcomed with a ceremony by N. N.", "embraced at the foot of the steps by N. N."
            if verb.pos_ in ("NOUN", "ADP") and verb.dep_ in ("pobj", "prep", "dobj"):
                verb = verb.head
    elif root.dep_ == "nsubj":
        verb = root.head
    else:
        return None
    if verb.lemma_.lower() not in RECEIVING_VERBS:
        return None
    sent = sent_of(doc[mention.start])
    start, end, line_code = found.line
    codes = set()
    if _travel_words(doc[sent.start]):
        for token in doc[max(sent.start, end or 0) : sent.end]:
            other = found.at(token.i)
            if other is None or other.kind not in ("country", "place") or not other.code:
                continue  # "arrived in X", "arrived in the city of P" (a place of X)
            if token.i == span_root(doc, other.start, other.end).i and token.dep_ == "pobj":
                prep = token.head
                if prep.lower_ == "of" and prep.head.dep_ == "pobj":
                    prep = prep.head.head  # "arrived in the city of P"
                if prep.lower_ in ("in", "to", "into", "at"):
                    codes.add(other.code)
    if not codes and line_code and mention.start >= (end or 0):
        codes.add(line_code)
    return codes.pop() if len(codes) == 1 else None


def _paired(doc, mention, found) -> bool:
    """Whether a person is named together with another person ("N. N. and M. M. signed ...")."""
    root = span_root(doc, mention.start, mention.end)
    partners = [c for c in kids(root) if c.dep_ == "conj"] + ([root.head] if root.dep_ == "conj" else [])
    return any(found.at(p.i) is not None and found.at(p.i).kind == "person" for p in partners)


def _travels(doc, mention) -> bool:
    """Whether a person's mention is the subject of a travel word ("N. N. had arrived on Saturday", "N. N. flew to
    P", "N. N., who landed in P"), wherever to."""
    root = _mention_root(doc, mention)
    verbs = [c for c in kids(root) if c.dep_ == "relcl"]
    if root.dep_ in ("nsubj", "nsubjpass"):
        verbs.append(root.head)
        verbs += [c for c in kids(root.head) if c.dep_ == "conj" and not any(d.dep_ == "nsubj" for d in kids(c))]
    return any(v.lemma_.lower() in TRAVEL_LEMMAS for v in verbs)


def _guest_of_another_country(doc, mention, found, code: str) -> bool:
    """Whether the one a person receives, welcomes or hosts is a person of a known country other than `code`
    ("N. N. hosted X-ian President M. M.", "M. M. was welcomed by N. N."): someone named with no title who hosts
    a foreign leader at home serves the host's country (rule person.host, untitled)."""
    root = _mention_root(doc, mention)
    if root.dep_ == "nsubj":
        guests = [c for c in kids(root.head) if c.dep_ == "dobj"]
    elif root.dep_ == "pobj" and root.head.lower_ == "by" and root.head.dep_ == "agent":
        guests = [c for c in kids(root.head.head) if c.dep_ == "nsubjpass"]
    else:
        return False
    for guest in guests:
        other = found.at(guest.i)
        if other is not None and other.kind == "person" and other.actor is not None and other.actor.country:
            return other.actor.country != code
    return False


def _country_of_sentence_subject(doc, mention, found) -> str | None:
    """ "X dropped its objection after President N. N. and M. M. held talks", "Y moved to mediate:
    President N. N. telephoned ...": an official who is the subject of a clause after one whose subject is a
    country, in the same sentence, serves that country (rule person.sentence_subject)."""
    root = _mention_root(doc, mention)
    if root.dep_ not in ("nsubj", "nsubjpass"):
        return None
    sent = sent_of(doc[mention.start])
    verb = root.head
    clauses = {sent.root.i} | {c.i for c in kids(verb) if c.dep_ in ("ccomp", "advcl", "parataxis")}
    codes = set()
    for token in doc[sent.start : mention.start]:
        if token.dep_ not in ("nsubj", "nsubjpass") or token.head.i == verb.i or token.head.i not in clauses:
            continue
        aside = {t.i for c in kids(token) if c.dep_ in ("appos", "relcl", "acl") for t in c.subtree}
        for inner in (t for t in token.subtree if t.i not in aside):  # not "X, home to a Y-ian community,"
            other = found.at(inner.i)
            if other is not None and other.kind in ("country", "demonym") and other.code:
                codes.add(other.code)
            if other is not None and other.kind == "person":
                return None
    return codes.pop() if len(codes) == 1 else None


def _country_of_previous_subject(doc, mention, found) -> str | None:
    """ "X protested first. Hours later, Foreign Minister N. N. said ...": an official whose country the text
    does not give serves the country the sentence before is about (its subject)."""
    sent = sent_of(doc[mention.start])
    if sent.start == 0:
        return None
    previous = sent_of(doc[sent.start - 1])
    for token in previous:
        if token.dep_ in ("nsubj", "nsubjpass") and token.head.i == previous.root.i:
            for inner in token.subtree:
                other = found.at(inner.i)
                if other is not None and other.kind in ("country", "demonym") and other.code:
                    if other.kind == "demonym" and inner.head.i == token.i and inner.i != token.i:
                        return None  # "A Ruritanian court sentenced ...": a body of X, not X itself
                    return other.code
    return None


def _before(doc, mention, found, lexicon: Lexicon):
    """Title words and a country or demonym right before the name, in the same noun phrase."""
    role, code = [], None
    i = mention.start - 1
    while i >= 0:
        token = doc[i]
        other = found.at(i)
        if other is not None and other is not mention:
            if (
                other.kind == "country"
                and code is None
                and other.start >= 2
                and doc[other.start - 1].lower_ == "to"
                and doc[other.start - 2].lower_ in POSTED_TITLES
            ):  # "Ruritanian Ambassador to X N. N.": the country the envoy is sent to (rule person.envoy_to)
                role[:0] = list(doc[other.start - 2 : other.end])
                i = other.start - 3
                continue
            if other.kind in ("demonym", "country") and code is None:
                code = other.code
                i = other.start - 1
                if not role and other.kind == "country" and i > 0 and doc[i].lower_ in ("of", "the"):
                    i -= 1 if doc[i].lower_ == "of" else 2  # "Minister of Trade of the Kingdom of X N. N."
                    if i >= 0 and doc[i + 1].lower_ == "of" and _portfolio_word(doc[i], lexicon):
                        role.insert(0, doc[i])
                        i -= 1
                        continue
                    break
                continue
            if other.kind == "organization" and other.actor is not None:
                code = code or other.code
                i = other.start - 1
                continue
            if other.kind == "place" and other.code and code is None and any(t.lower_ in LOCAL_OFFICES for t in role):
                code = (
                    other.code
                )  # "Kerala Chief Minister N. N.", "Lagos State Governor N. N." (rule person.local_office)
            break
        lower = token.lower_  # read once: each reading makes the string anew
        if lower in ("'s", "’s") and i > 0 and found.at(i - 1) is not None:
            i -= 1
            continue
        if lower in ("'s", "’s") and role and i > 0 and doc[i - 1].lower_ in OFFICIAL_BODIES:
            role.insert(0, token)  # "the Ruritanian Foreign Ministry's spokesman N. N." (rule person.body_title)
            i -= 1
            continue
        if lower in lexicon.titles or (lower == "of" and role) or _portfolio_word(token, lexicon):
            role.insert(0, token)
            i -= 1
            continue
        if token.text == "-" and role and i > 0 and doc[i - 1].lower_ in lexicon.titles and not token.whitespace_:
            role.insert(0, token)  # "First Vice-President N. N." (rule person.hyphened_title)
            i -= 1
            continue
        if lower == "the" and role and role[0].lower_ in HONORIFICS and i > 0 and doc[i - 1].lower_ in lexicon.titles:
            i -= 1  # "Senator the Hon. N. N.", "Prime Minister the Rt Hon. N. N." (rule person.title_the_honourable)
            continue
        if lower == "the" and role and i > 0 and doc[i - 1].lower_ == "of":
            role.insert(0, token)  # "Ruritanian First Secretary of the Council of Regions N. N."
            i -= 1
            continue
        if lower in ("and", "for", "&") and role and i > 0 and _portfolio_word(doc[i - 1], lexicon):
            role.insert(0, token)  # "Vice Minister of Trade and Tourism N. N."
            i -= 1
            continue
        if token.text[:1].isupper() and token.pos_ == "PROPN" and lower not in STOP_WORDS and role:
            role.insert(0, token)
            i -= 1
            continue
        if (
            role
            and token.dep_ in ("amod", "advmod", "compound")
            and token.pos_ in ("ADJ", "ADV", "VERB", "NOUN")
            and token.text.islower()
            and i < token.head.i
        ):  # "X's caretaker Prime Minister N. N."
            i -= 1  # "X's newly elected President N. N.": a modifier of the title, not a title word
            continue
        break
    while role and role[0].lower_ == "of":
        role = role[1:]
    return role, code


def _apposition_after(doc, mention, found, lexicon: Lexicon):
    """ ", deputy adviser to the Iraqi Prime Minister," after the name."""
    i = mention.end
    if i + 2 < len(doc) and doc[i].text == "," and doc[i + 1].lower_ in POST_NOMINALS and doc[i + 2].text == ",":
        i += 2  # "Hon. N. N., MP, Minister of Foreign Affairs of X," (rule person.post_nominal)
    if i >= len(doc) or doc[i].text != ",":
        return None, None
    words = []
    for token in doc[i + 1 : i + 1 + MAX_APPOSITION]:
        if token.text == "," and words and _portfolio_word(words[-1], lexicon) and _portfolio_goes_on(doc, token.i):
            words.append(token)  # "N. N., Minister of Foreign Affairs, Integration and Malians Abroad, said"
            continue  # (rule person.long_portfolio_after)
        if token.is_punct and token.text not in ("-", "'"):
            break
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("who", "which", "that"):
            return None, None
        words.append(token)
    first = found.at(words[0].i) if words else None
    country_first = (  # "N. N., X's foreign secretary,"; not "N. N., Y's M. M. and ..."
        first is not None
        and first.kind in ("country", "demonym")
        and not any((found.at(w.i) or first).kind == "person" for w in words)
    )
    if not words or (
        words[0].lower_ not in lexicon.titles and words[0].lower_ not in ("the", "a", "an") and not country_first
    ):
        return None, None
    if not any(w.lower_ in lexicon.titles for w in words):
        return None, None
    code = None
    for token in words:
        other = found.at(token.i)
        if other is not None and other.kind in ("demonym", "country", "organization"):
            code = other.code
            break
    return _join(words), code


def _portfolio_goes_on(doc, comma: int) -> bool:
    """Whether the words after a comma in a title are more of its portfolio: capitalised words up to "and" and a
    last one, or up to the next comma, none a verb ("..., African Integration and Malians Abroad, ...")."""
    for token in doc[comma + 1 : comma + 8]:
        if token.text == "," or token.lower_ == "and":
            return token.i > comma + 1
        if not token.text[:1].isupper() or token.pos_ in ("VERB", "AUX"):
            return False
    return False


def _apposition_before(doc, mention, role_tokens, found, lexicon: Lexicon):
    """ "X's senior Sunni cleric, Grand Mufti N. N.", "The African Union envoy, N. N.":
    the title and the country of the phrase before the comma."""
    first = role_tokens[0].i if role_tokens else mention.start
    if first > 2 and doc[first - 1].lower_ == "the" and doc[first - 2].text == ",":
        first -= 1  # "The Prime Minister of X, the Hon. N. N."
    root = span_root(doc, mention.start, mention.end)
    titled_conj = root.dep_ == "conj" and root.head.i < first and root.head.lower_ in lexicon.titles
    if first < 2 or doc[first - 1].text != ",":
        return None, None
    if root.dep_ != "appos" and not titled_conj and not _opening_title(doc, first - 1, found, lexicon):
        return None, None  # the parse joins "X's Deputy Minister for Foreign Affairs, N. N., and ..." as a conj
    code, titles, local = None, [], None
    for token in reversed(doc[max(0, first - MAX_TITLE) : first - 1]):  # a long title before the comma
        if token.text == "," and token.i > 0 and _portfolio_word(doc[token.i - 1], lexicon):
            continue  # "Minister of Foreign Affairs, Regional Integration and the Diaspora, N. N."
        if token.text in ("'", "’") and token.i > 0 and found.at(token.i - 1) is not None:
            continue  # "the Ruritanian Islands' Minister of Trade, N. N."
        if token.lower_ == "whose" and token.i > 1 and doc[token.i - 1].text == ",":
            other = found.at(token.i - 2)  # "hosted by X, whose foreign minister, N. N., ..."
            if other is not None and other.kind == "country" and code is None:
                code = other.code
            break
        if token.pos_ in ("VERB", "AUX") or token.is_punct:
            break
        other = found.at(token.i)
        if other is not None and other.kind == "person":
            break  # "X's envoy N. N. and the rebels' chief, M. M.": another's title
        if other is not None and other.kind in ("demonym", "country") and code is None and not _posted_to(doc, other):
            code = other.code
        if other is not None and other.kind == "place" and other.code and code is None:
            local = other.code  # "The mayor of P, N. N.": the country of the town a local office governs
        if token.lower_ in lexicon.titles:
            titles.insert(0, token)
    if code is None and local and any(t.lower_ in LOCAL_OFFICES for t in titles):
        code = local  # (rule person.local_office_apposition)
    return _join(titles), code


def _opening_title(doc, comma: int, found, lexicon: Lexicon) -> bool:
    """ "X's emir, Sheikh N. N. launched ...": a sentence that opens with a country's title and a comma before the
    name, however the parse joined them: every word before the comma the country, its "'s", "the", a title word or
    a modifier in lower case (rule person.opening_title)."""
    sent = sent_of(doc[comma])
    words = doc[sent.start : comma]
    if not words or not any(t.lower_ in lexicon.titles for t in words):
        return False
    for token in words:
        other = found.at(token.i)
        if other is not None and other.kind in ("country", "demonym"):
            continue
        if token.lower_ in ("'s", "’s", "the") or token.lower_ in lexicon.titles:
            continue
        if token.is_lower and token.pos_ in ("ADJ", "NOUN"):
            continue
        return False
    return True


def _posted_to(doc, mention) -> bool:
    """ "X's ambassador to Y", "the envoy in P", "the UN envoy for Y": the country an official is sent to, not the
    one served."""
    return mention.start > 0 and doc[mention.start - 1].lower_ in ("to", "in", "for")


def _portfolio_word(token, lexicon: Lexicon) -> bool:
    return token.text[:1].isupper() and (token.lower_ in PORTFOLIO_WORDS or token.lower_ in lexicon.titles)


def _of_country(doc, mention, found) -> str | None:
    """ "President Ana Brask of X"."""
    end = mention.end
    if end + 1 < len(doc) and doc[end].lower_ == "of":
        other = found.at(end + 1) or (found.at(end + 2) if doc[end + 1].lower_ == "the" else None)
        if other is not None and other.kind == "country":
            return other.code
    return None


def _predicate_country(doc, mention, found, lexicon: Lexicon) -> str | None:
    """ "A became the first serving Ruritanian leader", "N. N. landed in P, becoming the first Danish
    premier to ...": the country of the title the name is equated with."""
    root = span_root(doc, mention.start, mention.end)
    if root.dep_ == "attr" and root.head.lemma_ in COPULAS:
        return _title_country(root.head, "nsubj", found, lexicon)  # "The last Indian minister to go was N. N."
    if root.dep_ != "nsubj":
        return None
    verb = root.head
    if verb.lemma_ not in COPULAS:  # "N. N. arrived in P, becoming the first Ruritanian head of state to ..."
        verb = _subjectless_copula(verb)
        if verb is None:
            return None
    return _title_country(verb, "attr", found, lexicon)


def _relative_demonym(doc, mention, found) -> str | None:
    """ "N. N., who is Ruritanian, ...": the demonym a relative clause gives the person (rule person.who_is)."""
    root = span_root(doc, mention.start, mention.end)
    for verb in (c for c in kids(root) if c.dep_ == "relcl" and c.lemma_ in COPULAS):
        if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "that") for c in kids(verb)):
            continue
        for word in (c for c in kids(verb) if c.dep_ in ("acomp", "attr")):
            other = found.at(word.i)
            if other is not None and other.kind == "demonym" and other.code:
                return other.code
    return None


def _relative_head_of(doc, mention, found, lexicon: Lexicon) -> str | None:
    """ "N. N., who heads X's foreign ministry, ...", "N. N., who leads the Ruritanian delegation", "N. N., who is X's
    trade envoy": the country of the body or office a relative clause on "who" puts the person at the head of
    (rule person.who_heads); not a body without a country ("who heads the UN's agency")."""
    root = span_root(doc, mention.start, mention.end)
    for verb in (c for c in kids(root) if c.dep_ == "relcl" and c.i > root.i):
        if not any(c.dep_ == "nsubj" and c.lower_ == "who" for c in kids(verb)):
            continue
        copula = verb.lemma_ in COPULAS
        if not copula and verb.lemma_.lower() not in HEADING_VERBS:
            continue
        for word in (c for c in kids(verb) if c.dep_ in (("attr",) if copula else ("dobj",))):
            if copula and word.lower_ not in lexicon.titles:
                continue
            codes = set()
            for child in kids(word):
                other = found.at(child.i)
                if other is None or child.dep_ not in ("poss", "amod", "compound", "nmod"):
                    continue
                if other.kind == "organization" and not other.code:
                    return None
                if other.kind in ("country", "demonym") and other.code:
                    codes.add(other.code)
            if len(codes) == 1:
                return codes.pop()
    return None


def _title_country(verb, dep: str, found, lexicon: Lexicon) -> str | None:
    """The country of a title that is the `dep` of a verb ("the last Ruritanian foreign minister", "the first
    Ruritanian president")."""
    for title in kids(verb):
        if title.dep_ == dep and title.lower_ in lexicon.titles:
            for child in kids(title):
                other = found.at(child.i)
                if (
                    other is not None
                    and other.kind in ("demonym", "country")
                    and child.dep_ in ("amod", "compound", "nmod", "poss")
                ):
                    return other.code
    return None


def _subjectless_copula(verb, depth: int = 3):
    """A clause of "becoming ..." or "to become ..." under the verb, whose subject is the verb's (also "a day
    after becoming ...")."""
    for child in kids(verb):
        if child.dep_ == "npadvmod" and depth > 1:
            found = _subjectless_copula(child, depth - 1)  # "a day after becoming ..."
            if found is not None:
                return found
            continue
        if child.dep_ == "prep" and depth > 1:
            child = next((c for c in kids(child) if c.dep_ == "pcomp"), None)
            if child is None:
                continue
        elif child.dep_ not in ("advcl", "xcomp"):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in kids(child)):
            continue
        if child.lemma_ in COPULAS:
            return child
        if depth > 1:
            found = _subjectless_copula(child, depth - 1)
            if found is not None:
                return found
    return None


def _join(tokens) -> str | None:
    """The words of a title as written, without the honorifics around it ("Hon.", "H.E.")."""
    tokens = [t for t in tokens if t.lower_ not in HONORIFICS]
    if not tokens:
        return None
    text = "".join(  # words the title skips between are spaced ("Minister ... Affairs, ... Trade")
        t.text_with_ws if i + 1 == len(tokens) or tokens[i + 1].i == t.i + 1 else t.text + " "
        for i, t in enumerate(tokens)
    )
    text = text.strip().strip(",")
    return text or None
