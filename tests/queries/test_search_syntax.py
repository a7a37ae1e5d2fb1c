import pytest

from app.queries.errors import SearchSyntaxError
from app.queries.search_syntax import expand, parse_query, to_fts5, tsquery_expression
from app.queries.spelling import undoubled, undoubled_forms
from app.queries.synonyms import SYNONYMS, synonym_key


@pytest.mark.parametrize(
    ("query", "fts5"),
    [
        ("unmanned aerial vehicles", '"unmanned" AND "aerial" AND "vehicles"'),
        ('"quick-impact projects" fuel', '"quick-impact projects" AND "fuel"'),
        ("ventilators or defibrillators", '("ventilators" OR "defibrillators")'),
        ("fuel -generators", '"fuel" NOT "generators"'),
        ('COVID-19 -"air operations"', '"COVID-19" NOT "air operations"'),
        ('say "hi"" there', None),
    ],
)
def test_web_search_syntax_becomes_quoted_fts5(query, fts5):
    if fts5 is None:
        with pytest.raises(SearchSyntaxError, match="unbalanced double quote"):
            to_fts5(query)
    else:
        assert to_fts5(query) == fts5


@pytest.mark.parametrize("query", ["-", "or", "-fuel", '""', "()"])
def test_a_query_without_a_word_to_find_is_refused(query):
    with pytest.raises(SearchSyntaxError, match="no word to look for"):
        to_fts5(query)


def _alternatives(query: str) -> list[set[tuple[str, ...]]]:
    return [set(group) for group in expand(parse_query(query)).groups]


def test_a_synonym_joins_the_group_of_the_term_that_names_it():
    [drones] = _alternatives("drones")
    assert {("drones",), ("UAV",), ("unmanned aerial vehicle",)} <= drones
    # A run of words naming a multi-word member is one group; its words, ANDed, stay an alternative.
    groups = _alternatives("unmanned aerial vehicles fuel")
    assert len(groups) == 2
    assert {("unmanned", "aerial", "vehicles"), ("UAV",), ("drone",)} <= groups[0]
    assert groups[1] == {("fuel",)}
    [covid] = _alternatives('"COVID-19"')
    assert covid == {("COVID-19",), ("pandemic",), ("coronavirus",)}


def test_an_abbreviation_the_stemmers_cut_is_read_as_its_full_form_only():
    assert _alternatives("IED") == [{("improvised explosive device",)}]
    assert ("IED",) not in _alternatives("improvised explosive devices")[0]


def test_an_excluded_term_is_excluded_as_typed():
    # Expanded, "-pandemic" would exclude COVID-19 too and leave "COVID-19 -pandemic" nothing to find.
    assert expand(parse_query("COVID-19 -pandemic -fuelling")).excluded == ("pandemic", "fuelling")


@pytest.mark.parametrize(
    ("word", "form"),
    [
        ("fuelling", "fuel"),
        ("Fuelled", "Fuel"),
        ("dialled", "dial"),
        # The stemmers undouble these themselves (two syllables before the -l), and single -l is not doubled.
        ("cancelled", None),
        ("travelling", None),
        ("fueling", None),
        ("fuel", None),
    ],
)
def test_a_doubled_final_l_the_stemmers_keep_is_undoubled(word, form):
    assert undoubled(word) == form


def test_a_query_word_is_read_as_typed_and_undoubled():
    assert _alternatives("fuelling") == [{("fuelling",), ("fuel",)}]
    assert undoubled_forms("the contracting and fuelling of 60 vehicles was cancelled") == "fuel"


def test_every_synonym_set_is_keyed_once():
    keys = [synonym_key(member) for members in SYNONYMS for member in members]
    assert len(keys) == len(set(keys))


def test_postgresql_gets_the_same_expression_with_every_term_bound():
    expression, terms = tsquery_expression(parse_query('fuel or "diesel oil" -generators'))
    assert expression == (
        "(phraseto_tsquery('english', :term0) || phraseto_tsquery('english', :term1)) "
        "&& !!phraseto_tsquery('english', :term2)"
    )
    assert terms == {"term0": "fuel", "term1": "diesel oil", "term2": "generators"}
