"""The catalogue's SQL schema and the steps that bring an older catalogue file up to date.

Kept portable to PostgreSQL: plain types, explicit foreign keys, ISO date strings, booleans as 0/1.
"""

SCHEMA_VERSION = 5
_FK = "INTEGER NOT NULL REFERENCES {} ON DELETE CASCADE"
_FAILURES = [  # schema v2: papers whose last ingest failed
    """CREATE TABLE IF NOT EXISTS ingest_failures (source TEXT PRIMARY KEY, sha256 TEXT, reason TEXT NOT NULL,
        message TEXT NOT NULL, failed_at TEXT NOT NULL)""",
]
_READING = [  # schema v3: what the parser reads beyond v1's fields
    "ALTER TABLE documents ADD COLUMN notes TEXT NOT NULL DEFAULT '[]'",  # what could not be understood
    "ALTER TABLE meetings ADD COLUMN council TEXT",  # the council, when the header names it
    "ALTER TABLE resolutions ADD COLUMN owner TEXT",  # whoever the decision asks to act
]
_DUE = [  # schema v4: when a follow-up line under a decision says it is due, as written
    "ALTER TABLE resolutions ADD COLUMN due TEXT",
]
_HEADER = [  # schema v5: a meeting's header as printed, and whom it names for enquiries
    "ALTER TABLE meetings ADD COLUMN contact TEXT",
    "ALTER TABLE meetings ADD COLUMN header_text TEXT NOT NULL DEFAULT ''",
]
SCHEMA = [
    "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)",
    """CREATE TABLE IF NOT EXISTS documents (id INTEGER PRIMARY KEY, source TEXT NOT NULL UNIQUE,
        sha256 TEXT NOT NULL, format TEXT NOT NULL, kind TEXT NOT NULL, title TEXT, page_count INTEGER,
        ingested_at TEXT NOT NULL, notes TEXT NOT NULL DEFAULT '[]')""",
    f"""CREATE TABLE IF NOT EXISTS meetings (id INTEGER PRIMARY KEY, document_id {_FK.format("documents(id)")},
        meeting_key TEXT NOT NULL, committee TEXT NOT NULL, meeting_date TEXT NOT NULL, meeting_time TEXT,
        venue TEXT, chair TEXT, attendance_text TEXT NOT NULL, pages TEXT NOT NULL, position INTEGER NOT NULL,
        council TEXT, contact TEXT, header_text TEXT NOT NULL DEFAULT '')""",
    f"""CREATE TABLE IF NOT EXISTS attendance (meeting_id {_FK.format("meetings(id)")}, name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('chair', 'present', 'in_attendance', 'apologies')),
        position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS declarations (meeting_id {_FK.format("meetings(id)")}, member TEXT NOT NULL,
        kind TEXT NOT NULL, item TEXT, text TEXT NOT NULL, withdrew INTEGER NOT NULL, position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS items (id INTEGER PRIMARY KEY, meeting_id {_FK.format("meetings(id)")},
        item_key TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('minute', 'agenda')), number TEXT,
        title TEXT NOT NULL, text TEXT NOT NULL, pages TEXT NOT NULL, exempt INTEGER NOT NULL, pack_pages TEXT,
        position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS resolutions (id INTEGER PRIMARY KEY, item_id {_FK.format("items(id)")},
        number TEXT, text TEXT NOT NULL, position INTEGER NOT NULL, owner TEXT, due TEXT)""",
    f"""CREATE TABLE IF NOT EXISTS minute_references (item_id {_FK.format("items(id)")}, minute TEXT NOT NULL,
        resolution TEXT, meeting_date TEXT, municipal_year TEXT, text TEXT NOT NULL, position INTEGER NOT NULL)""",
    f"""CREATE TABLE IF NOT EXISTS sections (id INTEGER PRIMARY KEY, item_id {_FK.format("items(id)")},
        title TEXT NOT NULL, kind TEXT NOT NULL, text TEXT NOT NULL, pages TEXT NOT NULL, exempt INTEGER NOT NULL,
        position INTEGER NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS feedback (id INTEGER PRIMARY KEY, created_at TEXT NOT NULL,
        question TEXT NOT NULL, answer TEXT NOT NULL, helpful INTEGER NOT NULL, reason TEXT, user_name TEXT,
        channel TEXT, citations TEXT NOT NULL)""",
    """CREATE TABLE IF NOT EXISTS actions (id TEXT PRIMARY KEY, item_key TEXT NOT NULL, resolution TEXT,
        committee TEXT NOT NULL, meeting_date TEXT NOT NULL, minute TEXT, item_title TEXT NOT NULL,
        text TEXT NOT NULL, owner TEXT, due TEXT, status TEXT NOT NULL, evidence TEXT NOT NULL,
        updated_at TEXT NOT NULL, position INTEGER NOT NULL)""",
    *_FAILURES,
    "CREATE INDEX IF NOT EXISTS meetings_document ON meetings (document_id)",
    "CREATE INDEX IF NOT EXISTS meetings_key ON meetings (meeting_key)",
    "CREATE INDEX IF NOT EXISTS attendance_meeting ON attendance (meeting_id)",
    "CREATE INDEX IF NOT EXISTS declarations_meeting ON declarations (meeting_id)",
    "CREATE INDEX IF NOT EXISTS items_meeting ON items (meeting_id)",
    "CREATE INDEX IF NOT EXISTS items_key ON items (item_key)",
    "CREATE INDEX IF NOT EXISTS resolutions_item ON resolutions (item_id)",
    "CREATE INDEX IF NOT EXISTS references_item ON minute_references (item_id)",
    "CREATE INDEX IF NOT EXISTS sections_item ON sections (item_id)",
]
# An older catalogue is brought up to SCHEMA_VERSION in place, one step at a time (version n -> n + 1); a new one
# is created by SCHEMA at SCHEMA_VERSION, so a later version adds its statements both there and here.
MIGRATIONS: dict[int, list[str]] = {
    1: _FAILURES,  # v2: the papers that failed to ingest
    2: _READING,  # v3: notes on a paper, a meeting's council, a decision's owner
    3: _DUE,  # v4: a decision's due date as its follow-up line writes it
    4: _HEADER,  # v5: a meeting's header text and its contact for enquiries
}
