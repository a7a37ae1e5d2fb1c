"""Rules shared by the loader and the API, with no dependency on either: vocabularies, slugs, ids, markup."""
