"""The Jinja2 environment the pages share (one base layout, no JavaScript build)."""

from pathlib import Path

from fastapi.templating import Jinja2Templates

TEMPLATES = Jinja2Templates(directory=str(Path(__file__).with_name("templates")))
