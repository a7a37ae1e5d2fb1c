import pytest

from app.queries.errors import SearchSyntaxError
from app.queries.search_syntax import to_fts5


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
