"""The resolved knowledge base in the ``kb_*`` tables: written whole by a rebuild, row by row after a
correction, and read by the queries. Values always travel as parameters; JSON is stored as TEXT."""
from __future__ import annotations

from typing import Any, Iterable

from summitgraph.store.backend import Backend
from summitgraph.store.clock import utc_now
from summitgraph.store.serialize import dumps, loads
from summitgraph.text.normalize import fold
from summitgraph.kb.heads import dossier_head
from summitgraph.kb.labels import country_name, series_labels

# Children first, so foreign keys never point at a deleted row mid-transaction.
_CLEAR = (
    "DELETE FROM kb_meeting_heads",
    "DELETE FROM kb_person_heads",
    "DELETE FROM kb_participants",
    "DELETE FROM kb_meeting_documents",
    "DELETE FROM kb_meeting_articles",
    "DELETE FROM kb_meeting_aliases",
    "DELETE FROM kb_roles",
    "DELETE FROM kb_person_aliases",
    "DELETE FROM kb_meetings",
    "DELETE FROM kb_people",
    "DELETE FROM kb_documents",
    "DELETE FROM kb_chairs",
    "DELETE FROM kb_article_groups",
    "DELETE FROM kb_state",
    "DELETE FROM kb_meeting_counts",
    "DELETE FROM kb_built_articles",
    "DELETE FROM kb_mention_blocks",
    "DELETE FROM kb_fingerprints",
    "DELETE FROM kb_meeting_blocks",
)


def clear(db: Backend) -> None:
    for statement in _CLEAR:
        db.execute(statement)


# --- search text --------------------------------------------------------------------------------

def _folded(parts: Iterable[Any]) -> str:
    return " ".join(fold(str(p)) for p in parts if p not in (None, "", []))


def meeting_search_text(d: dict[str, Any]) -> str:
    labels = series_labels().get(d.get("series") or "", ("", ""))
    sides = [d.get("partner")] + list(d.get("parties") or [])
    return _folded([d.get("key"), d.get("series"), *labels, *(d.get("names") or []), d.get("name"),
                    d.get("ordinal"), d.get("city"), d.get("country"), country_name(d.get("country")),
                    d.get("year"), *sides, *(country_name(s) for s in sides)])


def person_search_text(d: dict[str, Any]) -> str:
    return _folded([d.get("key"), d.get("name"), *(d.get("names") or []), d.get("country"),
                    country_name(d.get("country")), *(r.get("title") for r in d.get("roles") or [])])


def document_search_text(d: dict[str, Any]) -> str:
    return _folded([d.get("key"), d.get("name"), *(d.get("names") or []), d.get("abbr")])


# --- writing ------------------------------------------------------------------------------------

def meeting_columns(d: dict[str, Any]) -> tuple:
    """The listing columns of a (corrected) meeting dossier, in kb_meetings column order after ``key``."""
    parties = d.get("parties")
    return (d.get("series"), d.get("ordinal"), d.get("partner"), "-".join(parties) if parties else None,
            d.get("name") or d.get("series"), d.get("start"), d.get("end"), d.get("year"), d.get("city"),
            d.get("country"), d.get("format"), d.get("chair"), d.get("status"), int(d.get("article_count") or 0),
            int(d.get("source_count") or 0), len(d.get("conflicts") or []) + len(d.get("issues") or []),
            bool(d.get("rejected")), meeting_search_text(d))


def insert_meeting(db: Backend, raw: dict[str, Any], corrected: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO kb_meetings (key, series, ordinal, partner, parties, name, start_date, end_date, year, city, "
        "country, format, chair, status, article_count, source_count, conflict_count, rejected, search_text, "
        "dossier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (raw["key"], *meeting_columns(corrected), dumps(raw)))
    _insert_meeting_children(db, raw)


_DELETE_MEETING_CHILDREN = (
    "DELETE FROM kb_meeting_heads WHERE meeting_key = ?",
    "DELETE FROM kb_meeting_aliases WHERE meeting_key = ?",
    "DELETE FROM kb_meeting_articles WHERE meeting_key = ?",
    "DELETE FROM kb_participants WHERE meeting_key = ?",
    "DELETE FROM kb_meeting_documents WHERE meeting_key = ?",
)
_DELETE_PERSON_CHILDREN = (
    "DELETE FROM kb_person_heads WHERE person_key = ?",
    "DELETE FROM kb_person_aliases WHERE person_key = ?",
    "DELETE FROM kb_roles WHERE person_key = ?",
)
_DELETE_RECORD = {"meeting": "DELETE FROM kb_meetings WHERE key = ?", "person": "DELETE FROM kb_people WHERE key = ?",
                  "document": "DELETE FROM kb_documents WHERE key = ?"}


def replace_meeting(db: Backend, raw: dict[str, Any], corrected: dict[str, Any]) -> None:
    """A meeting whose dossier changed, in place: its row keeps its id; the rows hanging from it are written
    again (participants and documents by the caller, as after ``insert_meeting``)."""
    for statement in _DELETE_MEETING_CHILDREN:
        db.execute(statement, (raw["key"],))
    db.execute(
        "UPDATE kb_meetings SET series = ?, ordinal = ?, partner = ?, parties = ?, name = ?, start_date = ?, "
        "end_date = ?, year = ?, city = ?, country = ?, format = ?, chair = ?, status = ?, article_count = ?, "
        "source_count = ?, conflict_count = ?, rejected = ?, search_text = ?, dossier = ? WHERE key = ?",
        (*meeting_columns(corrected), dumps(raw), raw["key"]))
    _insert_meeting_children(db, raw)


def _insert_meeting_children(db: Backend, raw: dict[str, Any]) -> None:
    db.execute("INSERT INTO kb_meeting_heads (meeting_key, head) VALUES (?, ?)",
               (raw["key"], dumps(dossier_head(raw))))
    for alias in raw.get("aliases") or []:
        db.execute("INSERT INTO kb_meeting_aliases (alias, meeting_key) VALUES (?, ?)", (alias, raw["key"]))
    seen = set()
    for source in raw.get("sources") or []:
        for position in source.get("positions") or []:
            if (source["article"], position) not in seen:
                seen.add((source["article"], position))
                db.execute("INSERT INTO kb_meeting_articles (meeting_key, article_key, position) VALUES (?, ?, ?)",
                           (raw["key"], source["article"], position))


def update_meeting(db: Backend, key: str, corrected: dict[str, Any]) -> None:
    db.execute(
        "UPDATE kb_meetings SET series = ?, ordinal = ?, partner = ?, parties = ?, name = ?, start_date = ?, "
        "end_date = ?, year = ?, city = ?, country = ?, format = ?, chair = ?, status = ?, article_count = ?, "
        "source_count = ?, conflict_count = ?, rejected = ?, search_text = ? WHERE key = ?",
        (*meeting_columns(corrected), key))
    write_meeting_counts(db)


def person_columns(d: dict[str, Any]) -> tuple:
    return (d.get("name"), d.get("country"), int(d.get("mention_count") or 0), int(d.get("source_count") or 0),
            d.get("first_seen"), d.get("last_seen"), bool(d.get("rejected")), person_search_text(d))


def insert_person(db: Backend, raw: dict[str, Any], corrected: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO kb_people (key, name, country, mention_count, source_count, first_seen, last_seen, rejected, "
        "search_text, dossier) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (raw["key"], *person_columns(corrected), dumps(raw)))
    _insert_person_children(db, raw)


def replace_person(db: Backend, raw: dict[str, Any], corrected: dict[str, Any]) -> None:
    """A person whose dossier changed, in place (deleting the row would take the meetings' participant rows
    that point at it)."""
    for statement in _DELETE_PERSON_CHILDREN:
        db.execute(statement, (raw["key"],))
    db.execute(
        "UPDATE kb_people SET name = ?, country = ?, mention_count = ?, source_count = ?, first_seen = ?, "
        "last_seen = ?, rejected = ?, search_text = ?, dossier = ? WHERE key = ?",
        (*person_columns(corrected), dumps(raw), raw["key"]))
    _insert_person_children(db, raw)


def _insert_person_children(db: Backend, raw: dict[str, Any]) -> None:
    db.execute("INSERT INTO kb_person_heads (person_key, head) VALUES (?, ?)",
               (raw["key"], dumps(dossier_head(raw))))
    for alias in raw.get("aliases") or []:
        db.execute("INSERT INTO kb_person_aliases (alias, person_key) VALUES (?, ?)", (alias, raw["key"]))
    for role in raw.get("roles") or []:
        db.execute(
            "INSERT INTO kb_roles (person_key, title, position, organisation, first_seen, last_seen, mention_count, "
            "sources) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (raw["key"], role["title"], role["position"], role.get("organisation"), role.get("first_seen"),
             role.get("last_seen"), int(role.get("mentions") or 0), dumps(role.get("sources") or [])))


def update_person(db: Backend, key: str, corrected: dict[str, Any]) -> None:
    db.execute(
        "UPDATE kb_people SET name = ?, country = ?, mention_count = ?, source_count = ?, first_seen = ?, "
        "last_seen = ?, rejected = ?, search_text = ? WHERE key = ?",
        (*person_columns(corrected), key))


def insert_document(db: Backend, d: dict[str, Any]) -> None:
    db.execute(
        "INSERT INTO kb_documents (key, name, abbr, status, source_count, search_text, dossier) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (d["key"], d["name"], d.get("abbr"), d.get("status"), int(d.get("source_count") or 0),
         document_search_text(d), dumps(d)))


def replace_document(db: Backend, d: dict[str, Any]) -> None:
    db.execute("UPDATE kb_documents SET name = ?, abbr = ?, status = ?, source_count = ?, search_text = ?, "
               "dossier = ? WHERE key = ?",
               (d["name"], d.get("abbr"), d.get("status"), int(d.get("source_count") or 0),
                document_search_text(d), dumps(d), d["key"]))


def delete_records(db: Backend, kind: str, keys: Iterable[str]) -> None:
    """Records gone from the build (their dependent rows go with them: ON DELETE CASCADE)."""
    for key in keys:
        db.execute(_DELETE_RECORD[kind], (key,))
        db.execute("DELETE FROM kb_fingerprints WHERE kind = ? AND key = ?", (kind, key))


def insert_participant(db: Backend, meeting_key: str, p: dict[str, Any]) -> None:
    db.execute("INSERT INTO kb_participants (meeting_key, person_key, titles, head, link) VALUES (?, ?, ?, ?, ?)",
               (meeting_key, p["person"], dumps(p.get("titles") or []), bool(p.get("head")), p.get("link")))


def insert_meeting_document(db: Backend, meeting_key: str, document_key: str) -> None:
    db.execute("INSERT INTO kb_meeting_documents (meeting_key, document_key) VALUES (?, ?)",
               (meeting_key, document_key))


def insert_chair(db: Backend, d: dict[str, Any]) -> None:
    db.execute("INSERT INTO kb_chairs (year, country, theme, dossier) VALUES (?, ?, ?, ?)",
               (d["year"], d.get("country"), d.get("theme"), dumps(d)))


def insert_group(db: Backend, article_key: str, group_key: str) -> None:
    db.execute("INSERT INTO kb_article_groups (article_key, group_key) VALUES (?, ?)", (article_key, group_key))


def article_groups(db: Backend) -> dict[str, str]:
    return {row["article_key"]: row["group_key"]
            for row in db.query("SELECT article_key, group_key FROM kb_article_groups")}


def delete_group(db: Backend, article_key: str) -> None:
    db.execute("DELETE FROM kb_article_groups WHERE article_key = ?", (article_key,))


# --- what an incremental build starts from --------------------------------------------------------

def insert_built_article(db: Backend, key: str, article_id: int, last_fact_id: int, entry: str,
                         blocks: Iterable[tuple[str, int, str]]) -> None:
    db.execute("INSERT INTO kb_built_articles (article_key, article_id, last_fact_id, entry) VALUES (?, ?, ?, ?)",
               (key, article_id, last_fact_id, entry))
    for kind, position, block in blocks:
        db.execute("INSERT INTO kb_mention_blocks (article_key, kind, position, block) VALUES (?, ?, ?, ?)",
                   (key, kind, position, block))


def delete_built_article(db: Backend, key: str) -> None:
    db.execute("DELETE FROM kb_built_articles WHERE article_key = ?", (key,))
    db.execute("DELETE FROM kb_mention_blocks WHERE article_key = ?", (key,))


def built_marks(db: Backend) -> dict[str, tuple[int, int]]:
    """Article key -> (row id, highest fact id) of every article the last build read."""
    return {row["article_key"]: (int(row["article_id"]), int(row["last_fact_id"]))
            for row in db.query("SELECT article_key, article_id, last_fact_id FROM kb_built_articles")}


def built_entries(db: Backend, keys: list[str]) -> dict[str, str]:
    """The last build's entries (sources.entry_json) of these articles."""
    if not keys:
        return {}
    marks = ", ".join("?" for _ in keys)     # placeholders only; the keys travel as parameters
    return {row["article_key"]: row["entry"] for row in db.query(
        f"SELECT article_key, entry FROM kb_built_articles WHERE article_key IN ({marks})", tuple(keys))}


def blocks_of_articles(db: Backend, keys: list[str]) -> set[str]:
    """The blocks the mentions of these articles fell in at the last build."""
    if not keys:
        return set()
    marks = ", ".join("?" for _ in keys)
    return {row["block"] for row in db.query(
        f"SELECT DISTINCT block FROM kb_mention_blocks WHERE article_key IN ({marks})", tuple(keys))}


def mentions_of_blocks(db: Backend, blocks: list[str]) -> list[tuple[str, str, int, str]]:
    """(article, kind, position, block) of every mention the last build put in these blocks."""
    if not blocks:
        return []
    marks = ", ".join("?" for _ in blocks)
    return [(row["article_key"], row["kind"], int(row["position"]), row["block"]) for row in db.query(
        f"SELECT article_key, kind, position, block FROM kb_mention_blocks WHERE block IN ({marks}) "
        "ORDER BY block, article_key, kind, position", tuple(blocks))]


def fingerprints(db: Backend) -> dict[tuple[str, str], str]:
    return {(row["kind"], row["key"]): row["fingerprint"]
            for row in db.query("SELECT kind, key, fingerprint FROM kb_fingerprints")}


def set_fingerprint(db: Backend, kind: str, key: str, fingerprint: str, *, replace: bool) -> None:
    if replace:
        db.execute("DELETE FROM kb_fingerprints WHERE kind = ? AND key = ?", (kind, key))
    db.execute("INSERT INTO kb_fingerprints (kind, key, fingerprint) VALUES (?, ?, ?)", (kind, key, fingerprint))


def meeting_blocks(db: Backend) -> dict[str, str]:
    """Each meeting block's inputs digest, as the last build wrote it."""
    return {row["block"]: row["inputs"] for row in db.query("SELECT block, inputs FROM kb_meeting_blocks")}


def merged_of_blocks(db: Backend, blocks: list[str], batch: int = 500) -> dict[str, bytes]:
    """The merged meetings (JSON) of those blocks."""
    out: dict[str, bytes] = {}
    for start in range(0, len(blocks), batch):
        page = blocks[start:start + batch]
        marks = ", ".join("?" for _ in page)
        for row in db.query(f"SELECT block, merged FROM kb_meeting_blocks WHERE block IN ({marks})", tuple(page)):
            out[row["block"]] = bytes(row["merged"])
    return out


def set_meeting_block(db: Backend, block: str, inputs: str, merged: bytes, *, replace: bool) -> None:
    if replace:
        db.execute("DELETE FROM kb_meeting_blocks WHERE block = ?", (block,))
    db.execute("INSERT INTO kb_meeting_blocks (block, inputs, merged) VALUES (?, ?, ?)", (block, inputs, merged))


def delete_meeting_blocks(db: Backend, blocks: Iterable[str]) -> None:
    for block in blocks:
        db.execute("DELETE FROM kb_meeting_blocks WHERE block = ?", (block,))


def clear_chairs_and_state(db: Backend) -> None:
    """What an incremental build writes whole: chair years (a few dozen) and the build's state."""
    db.execute("DELETE FROM kb_chairs")
    db.execute("DELETE FROM kb_state")


def write_state(db: Backend, summary: dict[str, Any], resolver: str | None = None) -> None:
    db.execute("INSERT INTO kb_state (name, value) VALUES (?, ?)", ("summary", dumps(summary)))
    if resolver is not None:
        db.execute("INSERT INTO kb_state (name, value) VALUES (?, ?)", ("resolver", dumps(resolver)))
    db.execute("INSERT INTO kb_state (name, value) VALUES (?, ?)", ("built_at", dumps(utc_now())))
    write_meeting_counts(db)


def write_meeting_counts(db: Backend) -> None:
    """The home page's aggregates: shown meetings per (year, series, host country), recounted from kb_meetings
    at the end of a build and after a correction changes a meeting's columns, so the page never scans them."""
    db.execute("DELETE FROM kb_meeting_counts")
    db.execute("INSERT INTO kb_meeting_counts (year, series, country, meetings) SELECT year, series, country, "
               "COUNT(*) FROM kb_meetings WHERE rejected = ? GROUP BY year, series, country", (False,))


# --- reading ------------------------------------------------------------------------------------

def state(db: Backend) -> dict[str, Any]:
    return {row["name"]: loads(row["value"]) for row in db.query("SELECT name, value FROM kb_state")}


def meeting_row(db: Backend, key_or_alias: str) -> dict[str, Any] | None:
    """A meeting by key, else by an alias no meeting has as its key, else by its row id."""
    row = db.query_one("SELECT * FROM kb_meetings WHERE key = ?", (key_or_alias,))
    if row is None:
        rows = db.query("SELECT m.* FROM kb_meetings AS m JOIN kb_meeting_aliases AS a ON a.meeting_key = m.key "
                        "WHERE a.alias = ? ORDER BY m.key", (key_or_alias,))
        row = rows[0] if len(rows) == 1 else None
    if row is None and key_or_alias.isdigit():
        row = db.query_one("SELECT * FROM kb_meetings WHERE id = ?", (int(key_or_alias),))
    return row


def meeting_aliases(db: Backend, key: str) -> list[str]:
    """The aliases of a meeting that are not another meeting's key (those belong to that meeting)."""
    rows = db.query("SELECT a.alias FROM kb_meeting_aliases AS a WHERE a.meeting_key = ? AND NOT EXISTS "
                    "(SELECT 1 FROM kb_meetings AS m WHERE m.key = a.alias) ORDER BY a.alias", (key,))
    return [row["alias"] for row in rows]


def person_row(db: Backend, key: str) -> dict[str, Any] | None:
    row = db.query_one("SELECT * FROM kb_people WHERE key = ?", (key,))
    if row is None and key.isdigit():
        row = db.query_one("SELECT * FROM kb_people WHERE id = ?", (int(key),))
    return row


def people_by_alias(db: Backend, folded: str) -> list[dict[str, Any]]:
    return db.query("SELECT p.* FROM kb_people AS p JOIN kb_person_aliases AS a ON a.person_key = p.key "
                    "WHERE a.alias = ? ORDER BY p.mention_count DESC, p.key", (folded,))
