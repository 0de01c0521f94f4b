"""Project conventions that code review would otherwise have to catch."""

from __future__ import annotations

import ast
import tomllib
from pathlib import Path

import pytest

from dashboard.config import SETTINGS

ROOT = Path(__file__).resolve().parents[1]
UI_ONLY = ("streamlit", "streamlit_folium")


def _core_files() -> list[Path]:
    files = sorted((ROOT / "geodata").rglob("*.py")) + sorted(
        (ROOT / "dashboard").rglob("*.py")
    )
    return [f for f in files if "ui" not in f.relative_to(ROOT).parts[1:-1]]


def _imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


@pytest.mark.parametrize("path", _core_files(), ids=lambda p: str(p.relative_to(ROOT)))
def test_streamlit_is_imported_only_by_the_ui(path: Path):
    imported = _imported_modules(path)
    offending = {m for m in imported if m.split(".")[0] in UI_ONLY}
    assert not offending, f"{path.relative_to(ROOT)} imports {sorted(offending)}"


@pytest.mark.parametrize(
    "path", sorted((ROOT / "geodata").rglob("*.py")), ids=lambda p: p.name
)
def test_geodata_never_imports_dashboard(path: Path):
    imported = _imported_modules(path)
    assert not {m for m in imported if m.split(".")[0] == "dashboard"}


def test_every_setting_is_documented_in_the_example_secrets():
    example = ROOT / ".streamlit" / "secrets.example.toml"
    text = example.read_text(encoding="utf-8")
    tomllib.loads(text)  # it must stay valid TOML
    for name, spec in SETTINGS.items():
        assert f"{spec.secret} =" in text, f"{name} is not in {example.name}"
        assert spec.env in text, f"{spec.env} is not mentioned in {example.name}"


def test_upload_limit_in_config_matches_the_default_setting():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    from dashboard.config import Settings

    default_mb = Settings.__dataclass_fields__["max_file_mb"].default
    assert config["server"]["maxUploadSize"] == default_mb
    assert config["server"]["enableStaticServing"] is True
    assert config["server"].get("enableXsrfProtection", True) is True
    assert config["browser"]["gatherUsageStats"] is False
