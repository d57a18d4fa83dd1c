"""The spaCy configuration is a resource: read from the environment when the code location loads,
shown in the UI, and replaced by passing another resource."""

import dagster as dg

from pipeline.definitions import ASSETS, CHECKS, defs
from pipeline.defs.jobs import PER_FILE
from pipeline.defs.partitions import RAW_FILES_PARTITIONS
from pipeline.defs.resources import SpacyResource, project_resources
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
