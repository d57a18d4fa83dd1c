"""Jobs select assets by what they are: the per-file tag agrees with the partitions."""

from pipeline.definitions import defs
from pipeline.defs.jobs import PER_FILE, WHOLE_CORPUS
from pipeline.defs.partitions import RAW_FILES_PARTITIONS


def test_per_file_assets_are_exactly_those_partitioned_by_raw_file():
    graph = defs.resolve_asset_graph()
    partitioned = {
        key
        for key in graph.get_all_asset_keys()
        if getattr(graph.get(key).partitions_def, "name", None) == RAW_FILES_PARTITIONS
    }
    assert partitioned, "no asset is partitioned by raw file"
    assert set(PER_FILE.resolve(graph)) == partitioned
    # and the corpus job takes every other asset, none twice
    assert set(WHOLE_CORPUS.resolve(graph)) == graph.get_all_asset_keys() - partitioned
