import pytest

from samples.generate import generate

NATIVE = ("docx", "xlsx", "pdf-text")


@pytest.fixture(scope="session")
def native_samples(tmp_path_factory):
    """Nine returns per native format (every layout once), drawn without LibreOffice."""
    out = tmp_path_factory.mktemp("native")
    truths = generate(out, formats=NATIVE, count=9, seed=11, libreoffice=False)
    return out, truths
