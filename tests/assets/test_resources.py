"""The spaCy and raw-folder configurations are resources: read from the environment when the code location loads,
shown in the UI, and replaced by passing another resource."""

import dagster as dg

from pipeline.definitions import ASSETS, CHECKS, defs
from pipeline.defs.jobs import PER_FILE
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import RawFolderResource, SpacyResource, project_resources
from pipeline.lib.nlp.mentions import DEFAULT_MODEL


def test_the_spacy_resource_is_read_from_the_environment(monkeypatch):
    monkeypatch.setenv("PIPELINE_NER_BATCH_SIZE", "32")
    monkeypatch.setenv("PIPELINE_NER_PROCESSES", "1")
    spacy = SpacyResource.from_settings()
    assert (spacy.batch_size, spacy.processes, spacy.processes_for(10_000)) == (32, "1", 1)
    assert spacy.models == {"en": DEFAULT_MODEL} and spacy.parser_model == DEFAULT_MODEL
    monkeypatch.delenv("PIPELINE_NER_PROCESSES")
    auto = SpacyResource.from_settings()
    assert auto.processes == "auto" and auto.processes_for(10) == 1


def test_the_definitions_carry_the_spacy_resource_with_described_fields():
    spacy = defs.resources["spacy"]
    assert isinstance(spacy, SpacyResource)
    fields = SpacyResource.model_fields
    assert all(fields[name].description for name in ("models", "parser_model", "batch_size", "processes"))


def test_a_run_uses_the_spacy_resource_it_is_given(workspace):
    key = workspace.add("story.txt", "A story\n\nPresident Lula met Xi Jinping in Beijing on Monday.\n")
    workspace.instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, [key])
    resources = project_resources(workspace.resource)
    # No language configured: the article lands without entity mentions, with the reason in quarantine.
    resources["spacy"] = SpacyResource(models={}, parser_model=DEFAULT_MODEL)
    result = dg.materialize(
        [*ASSETS, *CHECKS], selection=PER_FILE, partition_key=key, instance=workspace.instance, resources=resources
    )
    assert result.success
    assert workspace.query("SELECT count(*) FROM ner_mentions") == [(0,)]
    (reason,) = workspace.query("SELECT reason FROM quarantine WHERE table_name = 'ner_mentions'")[0]
    assert "no configured spaCy pipeline covers" in reason or "covers no language" in reason


def test_the_raw_folder_resource_is_read_from_the_environment_and_described(monkeypatch, tmp_path):
    monkeypatch.setenv("PIPELINE_RAW_DIR", str(tmp_path))
    monkeypatch.setenv("PIPELINE_MAX_REMOVALS", "10%")
    monkeypatch.setenv("PIPELINE_RECORD_FIELDS", "title=headline,text=body")
    raw = RawFolderResource.from_settings()
    assert raw.folder() == tmp_path and raw.removal_limit().allowed(100) == 10
    assert (raw.fields().title, raw.fields().text, raw.fields().date) == ("headline", "body", "date")
    monkeypatch.setenv("PIPELINE_RAW_DIR", "memory://news-bucket/raw")
    assert str(RawFolderResource.from_settings().folder()) == "memory://news-bucket/raw"
    assert isinstance(defs.resources["raw_folder"], RawFolderResource)
    assert all(field.description for field in RawFolderResource.model_fields.values())


def test_a_run_uses_the_raw_folder_resource_it_is_given(workspace):
    key = workspace.add("story.txt", "A story\n\nA body that is longer than forty bytes, by some way.\n")
    workspace.instance.add_dynamic_partitions(RAW_FILES_PARTITIONS, [key])
    resources = project_resources(workspace.resource)
    resources["raw_folder"] = RawFolderResource(path=str(workspace.raw), max_file_bytes=40)
    result = dg.materialize(
        [*ASSETS, *CHECKS], selection=PER_FILE, partition_key=key, instance=workspace.instance, resources=resources
    )
    assert result.success
    (status, reason) = workspace.query("SELECT status, reason FROM documents")[0]
    assert status == "rejected" and "40" in reason
