"""The pipeline's pure core: plain Python that imports no Dagster, grouped by stage.

`text` turns bytes into articles and paragraphs, `nlp` finds and resolves the entities,
`events` finds dates, meetings, quotations and events, and `store` shapes, validates and
writes the tables and marts. `report` draws the charts from the marts.
"""
