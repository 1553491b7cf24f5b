"""Per-document token arrays: the same values spaCy's own attributes give."""

from __future__ import annotations


def test_sentences_are_the_spans_doc_sents_gives(nlp):
    from afru_nlp.components.token_arrays import sentences

    text = ("Chile and Peru signed a treaty in 1929.\n\nIt settled the border. Arica went to Chile;\n"
            "Tacna returned to Peru. The two states later agreed on a port.")
    doc = nlp(text)
    assert [(s.start, s.end) for s in sentences(doc)] == [(s.start, s.end) for s in doc.sents]
    assert len(sentences(doc)) >= 4


def test_arrays_match_token_attributes(nlp):
    from afru_nlp.components.token_arrays import token_arrays

    doc = nlp("Brazil's President met Argentina's envoys in Brasília.")
    arrays = token_arrays(doc)
    assert arrays.lemma_lower == [t.lemma_.lower() for t in doc]
    assert arrays.dep == [t.dep_ for t in doc]
    assert arrays.head == [t.head.i for t in doc]
    assert arrays.lower == [t.lower_ for t in doc]


def test_doc_text_is_the_text_spacy_joins(nlp):
    from afru_nlp.components.token_arrays import token_arrays

    for text in ("Norway's envoy met  Sri Lanka's foreign minister in Oslo.\n\n  Talks resumed on 3 May. ",
                 "Kenya - Somalia talks (Nairobi)\tended;\nno deal.", "x"):
        doc = nlp(text)
        assert token_arrays(doc).doc_text == doc.text == text


def test_string_arrays_stay_right_from_one_document_to_the_next(nlp):
    # the strings seen are kept across documents: a second document, with words of its own, reads its own
    from afru_nlp.components.token_arrays import token_arrays

    for text in ("Ghana and Togo reopened their border.", "Uruguay's envoy criticised Paraguay's new tariffs."):
        doc = nlp(text)
        arrays = token_arrays(doc)
        assert arrays.text == [t.text for t in doc]
        assert arrays.lower == [t.lower_ for t in doc]
        assert arrays.pos == [t.pos_ for t in doc]
        assert arrays.lemma_lower == [t.lemma_.lower() for t in doc]
