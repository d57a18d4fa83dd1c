"""The instance's dagster.yaml follows the committed template, unless edited by hand."""

import hashlib

from pipeline.instance import TEMPLATE_RECORD, install_instance_config


def _template_and_home(tmp_path):
    template = tmp_path / "template.yaml"
    template.write_text("telemetry:\n  enabled: false\n")
    home = tmp_path / "home"
    home.mkdir()
    return template, home


def test_copied_on_first_use_then_current(tmp_path):
    template, home = _template_and_home(tmp_path)
    assert install_instance_config(home, template) == "created"
    assert (home / "dagster.yaml").read_text() == template.read_text()
    assert install_instance_config(home, template) == "current"


def test_a_changed_template_replaces_an_unedited_copy(tmp_path):
    template, home = _template_and_home(tmp_path)
    install_instance_config(home, template)
    template.write_text("telemetry:\n  enabled: false\nnux:\n  enabled: false\n")
    assert install_instance_config(home, template) == "updated"
    assert (home / "dagster.yaml").read_text() == template.read_text()


def test_a_hand_edited_copy_is_left_alone(tmp_path):
    template, home = _template_and_home(tmp_path)
    install_instance_config(home, template)
    edited = "telemetry:\n  enabled: false\nrun_monitoring:\n  enabled: true\n"
    (home / "dagster.yaml").write_text(edited)
    template.write_text("telemetry:\n  enabled: true\n")
    assert install_instance_config(home, template) == "edited"
    assert (home / "dagster.yaml").read_text() == edited


def test_a_copy_of_an_earlier_template_made_before_records_is_updated(tmp_path):
    old = "telemetry:\n  enabled: false\n"
    template = tmp_path / "template.yaml"
    template.write_text(old + "nux:\n  enabled: false\n")
    home = tmp_path / "home"
    home.mkdir()
    (home / "dagster.yaml").write_text(old)  # no record beside it
    earlier = frozenset({hashlib.sha256(old.encode()).hexdigest()})
    assert install_instance_config(home, template, earlier) == "updated"
    assert (home / "dagster.yaml").read_text() == template.read_text()
    assert (home / TEMPLATE_RECORD).exists()

    # Without the record and not an earlier template: someone's own file.
    other = tmp_path / "other"
    other.mkdir()
    (other / "dagster.yaml").write_text("telemetry:\n  enabled: true\n")
    assert install_instance_config(other, template, earlier) == "edited"
