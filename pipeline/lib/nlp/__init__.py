"""Names and entities: spaCy mentions, name surface forms, countries, entity types, people and
the resolution of every mention into canonical entities."""
