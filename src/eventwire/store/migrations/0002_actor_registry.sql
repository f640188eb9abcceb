-- eventwire store schema, version 2: the corpus-wide actor registry (store/registry.py).
-- An entry is one actor as known across articles; its JSON keeps aliases and provenance.
-- registry_keys are the lookup keys ("n:" + folded name, "s:" + folded surname).

CREATE TABLE registry (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    data TEXT NOT NULL             -- RegistryEntry.to_dict() without id
);

CREATE TABLE registry_keys (
    key         TEXT NOT NULL,
    registry_id INTEGER NOT NULL REFERENCES registry (id) ON DELETE CASCADE,
    PRIMARY KEY (key, registry_id)
);
