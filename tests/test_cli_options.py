"""Options that only mean something beside another are refused alone, with a usage message, not ignored."""

from __future__ import annotations

import pytest

from nnviz import app


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--practice"], "--practice works only with --handout"),
        (["--page-size", "a4"], "--page-size works only with --handout"),
        (["--chapter", "2", "--steps", "50"], "--steps works only with --record"),
        (["--chapter", "2", "--fps", "10"], "--fps works only with --record"),
        (["--chapter", "2", "--guided"], "--guided works only with --record"),
        (["--record", "out.gif"], "--record needs --chapter N"),
    ],
)
def test_an_option_without_its_partner_exits_2_and_says_which(argv, message, capsys):
    with pytest.raises(SystemExit) as exit_:
        app.main(argv)
    assert exit_.value.code == 2
    assert message in capsys.readouterr().err


def test_the_same_options_with_their_partners_pass_the_check():
    parser = app.build_parser()
    for argv in (["--handout", "h.pdf", "--practice", "--page-size", "letter"],
                 ["--chapter", "2", "--record", "r.gif", "--steps", "50", "--fps", "10", "--guided"]):
        app.check_combinations(parser, parser.parse_args(argv))  # raises SystemExit if refused
