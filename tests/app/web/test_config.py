"""Configuration read from the environment (defaults as docs/WEB.md says)."""
import pytest

from app.web.config import Config


@pytest.mark.parametrize("env, isolate", [(None, True), ("1", True), ("0", False)])
def test_service_reads_each_return_in_a_child_process_unless_told_not_to(
        tmp_path, monkeypatch, env, isolate):
    if env is None:
        monkeypatch.delenv("PARSERS_ISOLATE", raising=False)
    else:
        monkeypatch.setenv("PARSERS_ISOLATE", env)
    assert Config(str(tmp_path)).PARSERS_ISOLATE is isolate


def test_processing_passes_the_isolation_setting_to_extraction(app, monkeypatch, returns):
    import app.extraction as extraction
    from app.services import documents

    seen = []
    original = extraction.extract_file  # process_document imports it from app.extraction

    def spy(path, **kw):
        seen.append(kw.get("isolate"))
        return original(path, **{k: v for k, v in kw.items() if k != "isolate"})

    monkeypatch.setattr(extraction, "extract_file", spy)
    app.config["PARSERS_ISOLATE"] = False
    with app.app_context():
        batch, outcomes = documents.upload_files(
            [("r.docx", returns("市教育局", "2024Q2", {"1.1": 2}))], user=None)
        doc = documents.get_document(outcomes[0].document.id)
        assert doc.status == "done" and doc.unit == "市教育局"
    assert seen == [False]
