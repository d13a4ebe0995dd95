"""`aria skill model`: write the Alexa skill package (ASK CLI layout) generated from content/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from coach.content import ContentError, load_content
from skill.model_builder import ENDPOINT_PLACEHOLDER, ModelError, write_project


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="aria skill", description="Alexa skill tools")
    sub = parser.add_subparsers(dest="command", required=True)
    model = sub.add_parser("model", help="write skill-package/skill.json and interactionModels/custom/en-US.json")
    model.add_argument("--out", type=Path, default=Path("."),
                       help="project directory; skill-package/ is written inside it (default: .)")
    model.add_argument("--content", type=Path, default=None, help="content directory (default: the packaged one)")
    model.add_argument("--endpoint", default=ENDPOINT_PLACEHOLDER, help="the HTTPS URL of POST /alexa")
    # Amazon's sslCertificateType: Trusted (a CA-issued certificate for the endpoint's host; what certification
    # needs), Wildcard (the host is covered by a CA-issued wildcard certificate), SelfSigned (testing only).
    model.add_argument("--ssl-certificate-type", choices=["Trusted", "Wildcard", "SelfSigned"], default="Trusted",
                       help="how the endpoint's TLS certificate was issued (default: Trusted)")
    args = parser.parse_args(argv)
    try:
        content = load_content(args.content)
        paths = write_project(content, args.out, args.endpoint, args.ssl_certificate_type)
    except (ContentError, ModelError) as exc:
        print(f"aria skill model: {exc}", file=sys.stderr)
        return 1
    for path in paths:
        print(f"wrote {path}")
    return 0
