"""Every prompt the engine speaks exists, is spoken well, and bad prompt files refuse to load."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import yaml

from coach.content import ContentError, default_content_dir, load_content
from coach.prompt_keys import REQUIRED_PROMPTS

ROOT = Path(__file__).resolve().parents[2]


def test_every_key_the_code_speaks_is_required_and_defined() -> None:
    used: set[str] = set()
    for path in (ROOT / "coach").rglob("*.py"):
        used |= set(re.findall(r"""(?:line|say)\("([a-z_]+)\"""", path.read_text()))
    assert used <= REQUIRED_PROMPTS, sorted(used - REQUIRED_PROMPTS)
    prompts = yaml.safe_load((ROOT / "content" / "prompts.yaml").read_text())["prompts"]
    assert set(prompts) >= REQUIRED_PROMPTS, sorted(REQUIRED_PROMPTS - set(prompts))


def test_prompts_are_written_to_be_spoken() -> None:
    prompts = yaml.safe_load((ROOT / "content" / "prompts.yaml").read_text())["prompts"]
    for key, text in prompts.items():
        for variant in text if isinstance(text, list) else [text]:
            assert not re.search(r"\d", variant), f"{key}: write numbers as words"
            assert "<" not in variant and ">" not in variant, f"{key}: no markup in speech"


def test_missing_prompt_key_refuses_to_load_naming_file_and_key(tmp_path: Path) -> None:
    broken = tmp_path / "content"
    shutil.copytree(default_content_dir(), broken, ignore=shutil.ignore_patterns("*.py", "__pycache__"))
    prompts = yaml.safe_load((broken / "prompts.yaml").read_text())
    del prompts["prompts"]["rate_craving"]
    (broken / "prompts.yaml").write_text(yaml.safe_dump(prompts))
    with pytest.raises(ContentError) as error:
        load_content(broken)
    assert "prompts.yaml" in str(error.value) and "rate_craving" in str(error.value)
