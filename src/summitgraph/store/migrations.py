"""The schema as a versioned list of steps. Opening a store applies the steps it has not seen yet.

Each step is written once in SQL both databases accept (TEXT, INTEGER, BIGINT, BOOLEAN, DOUBLE PRECISION,
CHECK, partial indexes), plus small per-backend pieces where they must differ (the id column, full-text
search). ``@ID@`` stands for the backend's auto-assigned integer primary key. Append new steps; never edit
one that has shipped.

Timestamps are ISO 8601 UTC strings and JSON is stored as TEXT in both backends, so a row reads back the
same whichever database holds it.
"""
from __future__ import annotations

from dataclasses import dataclass
from ..errors import StoreError
from .backend import Backend
from .clock import utc_now


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    common: tuple[str, ...] = ()
    sqlite: tuple[str, ...] = ()
    postgresql: tuple[str, ...] = ()

    def statements(self, backend: Backend) -> list[str]:
        own = self.sqlite if backend.dialect == "sqlite" else self.postgresql
        return [stmt.replace("@ID@", backend.id_column) for stmt in self.common + own]


_INITIAL_TABLES = (
    # One row per version of an article. `key` is the article id (file name or JSONL id). The current
    # version has superseded_by NULL; an older one points at the row that replaced it. Versions of a key are
    # deleted together, so the self-reference needs no ON DELETE action.
    """CREATE TABLE articles (
        id @ID@,
        key TEXT NOT NULL,
        version INTEGER NOT NULL,
        source TEXT NOT NULL,
        url TEXT,
        title TEXT,
        title_folded TEXT,
        outlet TEXT,
        author TEXT,
        published TEXT,
        published_time TEXT,
        fmt TEXT NOT NULL,
        original TEXT NOT NULL,
        text TEXT NOT NULL,
        offsets TEXT NOT NULL,
        removed TEXT NOT NULL,
        quality TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        extracted_with TEXT,
        superseded_by BIGINT REFERENCES articles (id),
        UNIQUE (key, version)
    )""",
    # At most one current version per key, and the same content is never current twice.
    "CREATE UNIQUE INDEX articles_current_key ON articles (key) WHERE superseded_by IS NULL",
    "CREATE UNIQUE INDEX articles_current_hash ON articles (content_hash) WHERE superseded_by IS NULL",
    "CREATE INDEX articles_published ON articles (published)",
    """CREATE TABLE runs (
        id @ID@,
        started_at TEXT NOT NULL,
        finished_at TEXT,
        extractor_version TEXT NOT NULL,
        counts TEXT
    )""",
    # One row per record an extractor read. `record` is the gold-format JSON; span_start/span_end cover all
    # of `spans` (offsets into the article's cleaned text); `position` is the record's index in its list of
    # the reading, which a meeting's `prepares` refers to.
    """CREATE TABLE facts (
        id @ID@,
        article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        run_id BIGINT REFERENCES runs (id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('meeting', 'person', 'document', 'chair', 'published')),
        position INTEGER NOT NULL,
        record TEXT NOT NULL,
        span_start INTEGER,
        span_end INTEGER,
        spans TEXT NOT NULL,
        extractor TEXT,
        version TEXT,
        confidence DOUBLE PRECISION,
        CHECK (span_start IS NULL OR (span_start >= 0 AND span_end >= span_start))
    )""",
    "CREATE INDEX facts_article ON facts (article_id, kind, position)",
    "CREATE INDEX facts_kind ON facts (kind)",
    "CREATE INDEX facts_run ON facts (run_id)",
    # Inputs that could not be read, one row per source; `resolved` turns true when the source later ingests.
    """CREATE TABLE failures (
        id @ID@,
        source TEXT NOT NULL UNIQUE,
        problem TEXT NOT NULL,
        at TEXT NOT NULL,
        resolved BOOLEAN NOT NULL DEFAULT FALSE
    )""",
    # Human corrections, kept apart from what extractors read and applied on top by the knowledge base.
    """CREATE TABLE corrections (
        id @ID@,
        target_kind TEXT NOT NULL,
        target_key TEXT NOT NULL,
        field TEXT,
        value TEXT,
        action TEXT NOT NULL CHECK (action IN ('set', 'reject')),
        author TEXT NOT NULL,
        at TEXT NOT NULL,
        note TEXT
    )""",
    "CREATE INDEX corrections_target ON corrections (target_kind, target_key)",
    # Write tokens, stored as sha256 hex digests only.
    """CREATE TABLE tokens (
        name TEXT PRIMARY KEY,
        hash TEXT NOT NULL UNIQUE,
        created_at TEXT NOT NULL
    )""",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        1, "articles, runs, facts, failures, corrections, tokens; full-text search",
        common=_INITIAL_TABLES,
        sqlite=(
            # unicode61 with remove_diacritics keeps đ, so the rows hold text folded by store.fold already;
            # the tokenizer option still covers any mark the fold let through.
            """CREATE VIRTUAL TABLE articles_fts USING fts5(
                title, body, tokenize = "unicode61 remove_diacritics 2")""",
            # The index follows the current versions only.
            """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
                DELETE FROM articles_fts WHERE rowid = old.id;
            END""",
            """CREATE TRIGGER articles_fts_supersede AFTER UPDATE OF superseded_by ON articles
                WHEN new.superseded_by IS NOT NULL BEGIN
                DELETE FROM articles_fts WHERE rowid = old.id;
            END""",
        ),
        postgresql=(
            "ALTER TABLE articles ADD COLUMN text_folded TEXT",
            """ALTER TABLE articles ADD COLUMN search_tsv tsvector GENERATED ALWAYS AS (
                setweight(to_tsvector('simple', coalesce(title_folded, '')), 'A')
                || setweight(to_tsvector('simple', coalesce(text_folded, '')), 'B')) STORED""",
            "CREATE INDEX articles_search ON articles USING GIN (search_tsv)",
        ),
    ),
    Migration(
        2, "knowledge base: resolved meetings, people, roles, documents, chair years, near-duplicate groups",
        common=(
            # Everything below is rebuilt from the facts by summitgraph.kb.build.rebuild, in one transaction; rows are
            # keyed by stable resolution keys ("asean-summit#33"), which corrections refer to. `dossier` holds
            # the merged record before corrections as JSON; the columns beside it are the corrected values
            # that listings filter and sort on.
            """CREATE TABLE kb_meetings (
                id @ID@,
                key TEXT NOT NULL UNIQUE,
                series TEXT NOT NULL,
                ordinal INTEGER,
                partner TEXT,
                parties TEXT,
                name TEXT NOT NULL,
                start_date TEXT,
                end_date TEXT,
                year INTEGER,
                city TEXT,
                country TEXT,
                format TEXT,
                chair TEXT,
                status TEXT,
                article_count INTEGER NOT NULL,
                source_count INTEGER NOT NULL,
                conflict_count INTEGER NOT NULL,
                rejected BOOLEAN NOT NULL DEFAULT FALSE,
                search_text TEXT NOT NULL,
                dossier TEXT NOT NULL
            )""",
            "CREATE INDEX kb_meetings_year ON kb_meetings (year, start_date)",
            "CREATE INDEX kb_meetings_series ON kb_meetings (series, year)",
            "CREATE INDEX kb_meetings_country ON kb_meetings (country, year)",
            # Other keys a meeting has been known by (each mention's own key), so a correction made under an
            # earlier key still finds the meeting after new articles change its chosen key.
            """CREATE TABLE kb_meeting_aliases (
                alias TEXT NOT NULL,
                meeting_key TEXT NOT NULL REFERENCES kb_meetings (key) ON DELETE CASCADE,
                PRIMARY KEY (alias, meeting_key)
            )""",
            """CREATE TABLE kb_meeting_articles (
                meeting_key TEXT NOT NULL REFERENCES kb_meetings (key) ON DELETE CASCADE,
                article_key TEXT NOT NULL,
                position INTEGER NOT NULL,
                PRIMARY KEY (meeting_key, article_key, position)
            )""",
            "CREATE INDEX kb_meeting_articles_article ON kb_meeting_articles (article_key)",
            """CREATE TABLE kb_people (
                id @ID@,
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                country TEXT,
                mention_count INTEGER NOT NULL,
                source_count INTEGER NOT NULL,
                first_seen TEXT,
                last_seen TEXT,
                rejected BOOLEAN NOT NULL DEFAULT FALSE,
                search_text TEXT NOT NULL,
                dossier TEXT NOT NULL
            )""",
            "CREATE INDEX kb_people_country ON kb_people (country)",
            # Folded spellings of each person's names (diacritics, honorifics and word order removed).
            """CREATE TABLE kb_person_aliases (
                alias TEXT NOT NULL,
                person_key TEXT NOT NULL REFERENCES kb_people (key) ON DELETE CASCADE,
                PRIMARY KEY (alias, person_key)
            )""",
            """CREATE TABLE kb_roles (
                id @ID@,
                person_key TEXT NOT NULL REFERENCES kb_people (key) ON DELETE CASCADE,
                title TEXT NOT NULL,
                position TEXT NOT NULL,
                organisation TEXT,
                first_seen TEXT,
                last_seen TEXT,
                mention_count INTEGER NOT NULL,
                sources TEXT NOT NULL
            )""",
            "CREATE INDEX kb_roles_person ON kb_roles (person_key)",
            """CREATE TABLE kb_participants (
                meeting_key TEXT NOT NULL REFERENCES kb_meetings (key) ON DELETE CASCADE,
                person_key TEXT NOT NULL REFERENCES kb_people (key) ON DELETE CASCADE,
                titles TEXT NOT NULL,
                head BOOLEAN NOT NULL DEFAULT FALSE,
                link TEXT NOT NULL,
                PRIMARY KEY (meeting_key, person_key)
            )""",
            "CREATE INDEX kb_participants_person ON kb_participants (person_key)",
            """CREATE TABLE kb_documents (
                id @ID@,
                key TEXT NOT NULL UNIQUE,
                name TEXT NOT NULL,
                abbr TEXT,
                status TEXT,
                source_count INTEGER NOT NULL,
                search_text TEXT NOT NULL,
                dossier TEXT NOT NULL
            )""",
            """CREATE TABLE kb_meeting_documents (
                meeting_key TEXT NOT NULL REFERENCES kb_meetings (key) ON DELETE CASCADE,
                document_key TEXT NOT NULL REFERENCES kb_documents (key) ON DELETE CASCADE,
                PRIMARY KEY (meeting_key, document_key)
            )""",
            "CREATE INDEX kb_meeting_documents_document ON kb_meeting_documents (document_key)",
            """CREATE TABLE kb_chairs (
                year INTEGER PRIMARY KEY,
                country TEXT,
                theme TEXT,
                dossier TEXT NOT NULL
            )""",
            # Near-duplicate articles (one wire story in several outlets) share a group and count once.
            """CREATE TABLE kb_article_groups (
                article_key TEXT PRIMARY KEY,
                group_key TEXT NOT NULL
            )""",
            "CREATE INDEX kb_article_groups_group ON kb_article_groups (group_key)",
            """CREATE TABLE kb_state (
                name TEXT PRIMARY KEY,
                value TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        3, "source files: each input file's size, modification time and reader version when last read whole",
        common=(
            # A re-run skips, without reading it, a file whose stamp still matches and whose articles are all
            # still current. `path` is absolute; `articles` is JSON, [source, content_hash] of each article the
            # file gave (sources, so an old failure of one of them can still be resolved).
            """CREATE TABLE source_files (
                path TEXT PRIMARY KEY,
                size BIGINT NOT NULL,
                mtime_ns BIGINT NOT NULL,
                reader_version TEXT NOT NULL,
                articles TEXT NOT NULL,
                recorded_at TEXT NOT NULL
            )""",
        ),
    ),
    Migration(
        4, "monitor: news sources, their feeds, discovered items, fetched pages, meeting changes",
        common=(
            # One row per source of the sources file fetched at least once (summitgraph.monitor); items and articles
            # are counted from monitor_items.
            """CREATE TABLE monitor_sources (
                name TEXT PRIMARY KEY,
                last_fetch TEXT,
                last_success TEXT,
                last_error TEXT
            )""",
            # Each feed or sitemap URL's validators, so an unchanged one costs a 304; `parent`: the sitemap index
            # that listed it, whose children are still asked when the index itself answers 304.
            """CREATE TABLE monitor_feeds (
                url TEXT PRIMARY KEY,
                source TEXT NOT NULL,
                parent TEXT,
                etag TEXT,
                last_modified TEXT,
                last_status INTEGER,
                fetched_at TEXT
            )""",
            # Every item URL a feed, sitemap or list gave, by canonical URL, with what became of it: pending
            # (discovered, not yet fetched: a killed fetch resumes from these), stored, skipped (why), failed
            # (retried by later fetches up to a limit). Items are fetched in the order they were discovered (id).
            """CREATE TABLE monitor_items (
                id @ID@,
                canonical_url TEXT NOT NULL UNIQUE,
                url TEXT NOT NULL,
                source TEXT NOT NULL,
                title TEXT,
                published TEXT,
                discovered_at TEXT NOT NULL,
                state TEXT NOT NULL CHECK (state IN ('pending', 'stored', 'skipped', 'failed')),
                reason TEXT,
                attempts INTEGER NOT NULL DEFAULT 0,
                article_key TEXT,
                updated_at TEXT NOT NULL
            )""",
            "CREATE INDEX monitor_items_state ON monitor_items (state, source)",
            # The raw HTML of each page fetched, as served: its URL after redirects, when it was fetched, the
            # server's Date, Last-Modified and ETag, and the hash of the bytes.
            """CREATE TABLE monitor_pages (
                id @ID@,
                canonical_url TEXT NOT NULL,
                url TEXT NOT NULL,
                fetched_at TEXT NOT NULL,
                http_date TEXT,
                last_modified TEXT,
                etag TEXT,
                status INTEGER NOT NULL,
                raw_hash TEXT NOT NULL,
                html TEXT NOT NULL
            )""",
            "CREATE INDEX monitor_pages_url ON monitor_pages (canonical_url)",
            # The last seen state of each meeting of the knowledge base, and each change found against it:
            # what the Atom feeds list.
            """CREATE TABLE monitor_meeting_states (
                meeting_key TEXT PRIMARY KEY,
                state TEXT NOT NULL
            )""",
            """CREATE TABLE monitor_meeting_changes (
                id @ID@,
                meeting_key TEXT NOT NULL,
                at TEXT NOT NULL,
                kind TEXT NOT NULL CHECK (kind IN ('new', 'changed')),
                name TEXT NOT NULL,
                series TEXT,
                country TEXT,
                people TEXT NOT NULL,
                changes TEXT NOT NULL
            )""",
            "CREATE INDEX monitor_meeting_changes_at ON monitor_meeting_changes (at)",
        ),
    ),
    Migration(
        5, "stage failures: an extraction stage that raised on an article, kept with the article row",
        common=(
            # One row per stage that raised while reading one article version; the article is stored with what
            # the other stages read. Replaced with the article's facts when it is read again.
            """CREATE TABLE stage_failures (
                id @ID@,
                article_id BIGINT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
                stage TEXT NOT NULL,
                error_type TEXT NOT NULL,
                message TEXT NOT NULL,
                extractor_version TEXT NOT NULL,
                at TEXT NOT NULL
            )""",
            "CREATE INDEX stage_failures_article ON stage_failures (article_id)",
        ),
    ),
    Migration(
        6, "correction withdrawals: a correction taken back, logged beside it",
        common=(
            # The correction itself stays in the log; a withdrawn one is no longer applied. At most one
            # withdrawal per correction.
            """CREATE TABLE correction_withdrawals (
                correction_id BIGINT PRIMARY KEY REFERENCES corrections (id) ON DELETE CASCADE,
                author TEXT NOT NULL,
                at TEXT NOT NULL,
                note TEXT
            )""",
        ),
    ),
    Migration(
        7, "dossier heads (what a page shows of a record) and indexes in the order the API's listings read",
        common=(
            # A meeting's or person's dossier with the lists that grow with the corpus cut to what a page shows
            # (kb/heads.py), written beside the whole record by each build, so a page reads kilobytes instead of
            # the megabytes a story re-published thousands of times makes of the whole.
            """CREATE TABLE kb_meeting_heads (
                meeting_key TEXT PRIMARY KEY REFERENCES kb_meetings (key) ON DELETE CASCADE,
                head TEXT NOT NULL
            )""",
            """CREATE TABLE kb_person_heads (
                person_key TEXT PRIMARY KEY REFERENCES kb_people (key) ON DELETE CASCADE,
                head TEXT NOT NULL
            )""",
            # Exactly the listing's ORDER BY terms (kb/read/queries.py), so a page, and a cursor's seek, reads
            # the index in order and stops after a page instead of sorting every meeting.
            "CREATE INDEX kb_meetings_listing ON kb_meetings ((start_date IS NULL), start_date DESC, key)",
            "CREATE INDEX kb_people_listing ON kb_people (mention_count DESC, key)",
            # The articles listing (newest publication first) over current versions only.
            "CREATE INDEX articles_current_listing ON articles ((published IS NULL), published DESC, key) "
            "WHERE superseded_by IS NULL",
        ),
    ),
    Migration(
        8, "the home page's aggregates: meetings per year, series and host country",
        common=(
            # The home page's aggregates: shown meetings per (year, series, host country), a few hundred rows
            # however many meetings there are (kb/build/tables.py recounts them after a build or a correction).
            # NULLs are real: undated meetings, meetings with no known host.
            """CREATE TABLE kb_meeting_counts (
                year INTEGER,
                series TEXT NOT NULL,
                country TEXT,
                meetings INTEGER NOT NULL
            )""",
            "INSERT INTO kb_meeting_counts (year, series, country, meetings) SELECT year, series, country, "
            "COUNT(*) FROM kb_meetings WHERE rejected = FALSE GROUP BY year, series, country",
        ),
    ),
    Migration(
        9, "search over the knowledge base: covering indexes of the searched text and the ranking columns",
        common=(
            # kb/read/queries.search picks the page's keys from these narrow indexes (a scan of the folded text
            # and the ranking columns), then reads the listing rows of those keys only: the table rows hold the
            # dossiers, a page of disk each, so scanning them costs a hundred times more.
            "CREATE INDEX kb_meetings_search ON kb_meetings (rejected, search_text, series, source_count, "
            "start_date, key)",
            "CREATE INDEX kb_people_search ON kb_people (rejected, search_text, mention_count, key)",
            "CREATE INDEX kb_documents_search ON kb_documents (search_text, source_count, key)",
        ),
    ),
    Migration(
        10, "listing indexes led by the rejected flag the listings filter on",
        common=(
            # With the search indexes of migration 9 (led by `rejected`), the planner took those for
            # `WHERE rejected = ?` and sorted every meeting; led by the same equality, these serve the filter and
            # the ORDER BY together, and a page stops after its rows.
            "DROP INDEX kb_meetings_listing",
            "CREATE INDEX kb_meetings_listing ON kb_meetings (rejected, (start_date IS NULL), start_date DESC, key)",
            "DROP INDEX kb_people_listing",
            "CREATE INDEX kb_people_listing ON kb_people (rejected, mention_count DESC, key)",
        ),
    ),
    Migration(
        11, "the timeline's index: shown meetings by year",
        common=(
            # The timeline (and the home page's listed years) filters on rejected and a year range: led by
            # both, a few years' meetings are read instead of every meeting's row.
            "CREATE INDEX kb_meetings_timeline ON kb_meetings (rejected, year, start_date, key)",
        ),
    ),
    Migration(
        12, "incremental rebuild: each built article's corpus entry, each mention's resolution block, each "
            "record's fingerprint",
        common=(
            # What the last build read of each article (its sentences and mentions, as JSON), so the next build
            # reads again only the articles added or changed since (a new version has a new id; facts extracted
            # again have new ids).
            """CREATE TABLE kb_built_articles (
                article_key TEXT PRIMARY KEY,
                article_id BIGINT NOT NULL,
                last_fact_id BIGINT NOT NULL,
                entry TEXT NOT NULL
            )""",
            # The block each mention was resolved in (meetings: series and side; people: the folded name), so
            # the store answers which blocks some articles touch and which mentions a block holds.
            """CREATE TABLE kb_mention_blocks (
                article_key TEXT NOT NULL,
                kind TEXT NOT NULL,
                position INTEGER NOT NULL,
                block TEXT NOT NULL,
                PRIMARY KEY (article_key, kind, position)
            )""",
            "CREATE INDEX kb_mention_blocks_block ON kb_mention_blocks (block, article_key)",
            # A digest of everything a record's dossier is made from: a record whose digest is unchanged keeps
            # its rows, and only the others are composed and written again.
            """CREATE TABLE kb_fingerprints (
                kind TEXT NOT NULL,
                key TEXT NOT NULL,
                fingerprint TEXT NOT NULL,
                PRIMARY KEY (kind, key)
            )""",
        ),
    ),
    Migration(
        13, "near-duplicate signatures of article versions, computed at ingest",
        # One row per article version (store/signatures.py): the MinHash signature the rebuild's near-duplicate
        # detection compares, packed as bytes, and the scheme that made it. A version without a row (stored
        # before this step) has its signature computed from its text by the next rebuild.
        sqlite=(
            """CREATE TABLE article_signatures (
                article_id INTEGER PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                scheme TEXT NOT NULL,
                signature BLOB NOT NULL
            )""",
        ),
        postgresql=(
            """CREATE TABLE article_signatures (
                article_id BIGINT PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                scheme TEXT NOT NULL,
                signature BYTEA NOT NULL
            )""",
        ),
    ),
    Migration(
        14, "search over the knowledge base in bounded work: word indexes and the records in order of citations",
        common=(
            # kb/read/word_index.py: a common query's first records are among the most cited ones, read in this
            # order with the searched text and the id, so the LIKE is tested on the index alone.
            "CREATE INDEX kb_meetings_importance ON kb_meetings (rejected, source_count DESC, key, search_text, id)",
            "CREATE INDEX kb_people_importance ON kb_people (rejected, mention_count DESC, key, search_text, id)",
            # The most cited meetings of a series the query names.
            "CREATE INDEX kb_meetings_series_rank ON kb_meetings (rejected, series, source_count DESC, key)",
            # The listing filtered by series and year, in the listing's order: led by `rejected` alone (migration
            # 10), the planner read every meeting in date order to find one series' year.
            "CREATE INDEX kb_meetings_series_year ON kb_meetings (rejected, series, year, (start_date IS NULL), "
            "start_date DESC, key)",
            # A dossier's own aliases (kb/build/tables.meeting_aliases, read with every dossier): the primary key
            # leads with the alias, so PostgreSQL read all 24,919 aliases at 100,000 articles to find one meeting's.
            "CREATE INDEX kb_meeting_aliases_meeting ON kb_meeting_aliases (meeting_key)",
        ),
        # The word indexes, kept by the database as the build writes the rows: an FTS5 table over the folded
        # text (external content: the words only, the text stays in the table), or a GIN index of its words.
        sqlite=(
            """CREATE VIRTUAL TABLE kb_meetings_words USING fts5(search_text, content = 'kb_meetings',
                content_rowid = 'id', tokenize = "unicode61 remove_diacritics 2")""",
            """CREATE TRIGGER kb_meetings_words_insert AFTER INSERT ON kb_meetings BEGIN
                INSERT INTO kb_meetings_words (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            """CREATE TRIGGER kb_meetings_words_delete AFTER DELETE ON kb_meetings BEGIN
                INSERT INTO kb_meetings_words (kb_meetings_words, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
            END""",
            """CREATE TRIGGER kb_meetings_words_update AFTER UPDATE OF id, search_text ON kb_meetings BEGIN
                INSERT INTO kb_meetings_words (kb_meetings_words, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
                INSERT INTO kb_meetings_words (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            "INSERT INTO kb_meetings_words (kb_meetings_words) VALUES ('rebuild')",
            """CREATE VIRTUAL TABLE kb_people_words USING fts5(search_text, content = 'kb_people',
                content_rowid = 'id', tokenize = "unicode61 remove_diacritics 2")""",
            """CREATE TRIGGER kb_people_words_insert AFTER INSERT ON kb_people BEGIN
                INSERT INTO kb_people_words (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            """CREATE TRIGGER kb_people_words_delete AFTER DELETE ON kb_people BEGIN
                INSERT INTO kb_people_words (kb_people_words, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
            END""",
            """CREATE TRIGGER kb_people_words_update AFTER UPDATE OF id, search_text ON kb_people BEGIN
                INSERT INTO kb_people_words (kb_people_words, rowid, search_text)
                    VALUES ('delete', old.id, old.search_text);
                INSERT INTO kb_people_words (rowid, search_text) VALUES (new.id, new.search_text);
            END""",
            "INSERT INTO kb_people_words (kb_people_words) VALUES ('rebuild')",
        ),
        # On PostgreSQL the words are a stored column: a query with a common word then reads the table until it
        # has its candidates (a GIN index builds its whole bitmap first), and one with rare words the index.
        postgresql=(
            "ALTER TABLE kb_meetings ADD COLUMN search_words tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
            "CREATE INDEX kb_meetings_words ON kb_meetings USING GIN (search_words)",
            "ALTER TABLE kb_people ADD COLUMN search_words tsvector "
            "GENERATED ALWAYS AS (to_tsvector('simple', search_text)) STORED",
            "CREATE INDEX kb_people_words ON kb_people USING GIN (search_words)",
        ),
    ),
    Migration(
        15, "each meeting block's merged meetings, kept for the next incremental build",
        # One row per meeting block (kb/build/meeting_blocks.py): a digest of the block's mentions as read and
        # its meetings as merged (JSON, made and read by the same resolver version only), so a build
        # resolves again only the blocks whose mentions changed.
        sqlite=(
            """CREATE TABLE kb_meeting_blocks (
                block TEXT PRIMARY KEY,
                inputs TEXT NOT NULL,
                merged BLOB NOT NULL
            )""",
        ),
        postgresql=(
            """CREATE TABLE kb_meeting_blocks (
                block TEXT PRIMARY KEY,
                inputs TEXT NOT NULL,
                merged BYTEA NOT NULL
            )""",
        ),
    ),
)

LATEST_VERSION = MIGRATIONS[-1].version


def current_version(backend: Backend) -> int:
    return int(backend.scalar("SELECT COALESCE(MAX(version), 0) AS v FROM schema_version") or 0)


def migrate(backend: Backend) -> int:
    """Bring the schema up to LATEST_VERSION in one transaction; return the version it was at before."""
    with backend.transaction():
        backend.lock_writes("migrate")  # two processes opening a new database: one migrates, the other waits
        backend.execute(
            "CREATE TABLE IF NOT EXISTS schema_version ("
            "version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)")
        before = current_version(backend)
        if before > LATEST_VERSION:
            raise StoreError(
                f"{backend.description}: the database schema is version {before}, newer than this "
                f"summitgraph knows ({LATEST_VERSION})", hint="upgrade summitgraph")
        for step in MIGRATIONS:
            if step.version <= before:
                continue
            for statement in step.statements(backend):
                backend.execute(statement)
            backend.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                            (step.version, step.description, utc_now()))
    return before
