"""Learned components of the meeting reader (issue 11): a sequence tagger that finds where a meeting's name
starts and ends, and a classifier that gives a name its series, for names the hand-written rules do not produce.

``features`` turns a sentence into tokens and their features, ``align`` lays gold names on a text as BIO tags
(for training only), ``tagger`` loads the shipped model and proposes mentions, ``train`` builds the model from
the annotated sets. The model files in ``data/`` hold feature weights only, never a sentence.
"""
