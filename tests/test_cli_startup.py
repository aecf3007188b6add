"""What a run of the program loads and leaves: the review verbs load when asked for, and the
program freezes what is alive before it exits (the collector's last walk is skipped)."""

import subprocess
import sys

from geomove import cli_review
from geomove.cli import REVIEW_VERBS, main


def _python(code: str) -> str:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()


def test_the_lazy_review_verbs_are_every_review_command():
    assert REVIEW_VERBS == {c.name for c in cli_review.COMMANDS}


def test_a_reading_verb_does_not_build_the_review_verbs():
    out = _python("import sys; from geomove.cli import main; main(['places', '--help']);"
                  "print('geomove.cli_review' in sys.modules)")
    assert out.splitlines()[-1] == "False"


def test_a_review_verb_and_the_verb_list_load_them(capsys):
    assert main(["history", "--help"]) == 0
    assert "Every change of a movement" in capsys.readouterr().out
    assert main(["--help"]) == 0
    listed = capsys.readouterr().out
    assert all(f"  {verb} " in listed for verb in REVIEW_VERBS)


def test_the_program_freezes_what_is_alive_before_it_exits_a_caller_does_not():
    code = ("import gc, sys; from geomove.cli import main; sys.argv = ['geomove', '--help'];"
            "main({}); print(gc.get_freeze_count() > 0)")
    assert _python(code.format("")).splitlines()[-1] == "True"
    assert _python(code.format("['--help']")).splitlines()[-1] == "False"


def test_a_batch_quicker_than_the_delay_does_not_load_the_bar():
    out = _python("import sys; from geomove.io.progress import progress;"
                  "assert list(progress(range(500), unit='reports', total=500)) == list(range(500));"
                  "print('tqdm' in sys.modules)")
    assert out.splitlines()[-1] == "False"


def test_a_slow_batch_shows_the_bar_from_where_it_is(capsys, monkeypatch):
    import time

    from geomove.io import progress as progress_module
    from geomove.io.progress import progress

    monkeypatch.setattr(progress_module, "NON_TTY_INTERVAL", 0.05)  # a line every 0.05 s off a terminal

    def slow():
        for i in range(8):
            time.sleep(0.03)
            yield i

    assert list(progress(slow(), unit="reports", total=8, delay=0.1)) == list(range(8))
    lines = capsys.readouterr().err.splitlines()
    assert "8/8" in lines[-1] and "00:00<00:00" in lines[-1]
    assert not any("/8 [00:00<?" in line for line in lines)  # every line with its elapsed time and rate
    assert list(progress(iter(range(3)), unit="reports", total=3, delay=0)) == [0, 1, 2]
    assert "3/3" in capsys.readouterr().err


def test_places_loads_one_module_of_the_reading_wing(tmp_path):
    # a table with a From and a To column asks read.header_table (and the wing's loader of its
    # data files, read.data_files); nothing else of read/ loads
    report = tmp_path / "table.txt"
    report.write_text("Unit | From | To | Date\n2nd battalion | Gap | Cincu | 12 Nov\n\n"
                      "A convoy left Mosul for Erbil on Monday.\n", encoding="utf-8")
    out = _python("import sys; from geomove.cli import main; "
                  f"main(['places', {str(report)!r}]); "
                  "print(sorted(m for m in sys.modules if m.startswith('geomove.read')))")
    assert out.splitlines()[-1] == "['geomove.read', 'geomove.read.data_files', 'geomove.read.header_table']"


def test_the_reading_wing_front_door_still_answers_every_name():
    out = _python("import geomove.read as r; print(r.extract.__module__, r.PASSES is r.assemble.PASSES,"
                  " r.place_book.__module__, sorted(r.__all__) == sorted(n for n in r.__all__ if n in dir(r)))")
    assert out.splitlines()[-1] == "geomove.read.assemble True geomove.read.book True"


def test_python_dash_m_geomove_is_the_program(tmp_path):
    """``python -m geomove`` runs the same program as the console script: its verbs, its
    exit codes and its one-line errors (a usage error: 2, a missing report: 1)."""
    run = lambda *args: subprocess.run([sys.executable, "-m", "geomove", *args], capture_output=True,  # noqa: E731
                                       text=True, cwd=tmp_path)
    listed = run("--help")
    assert listed.returncode == 0 and "places" in listed.stdout and "extract" in listed.stdout
    usage = run("places", "--no-such-option")
    assert usage.returncode == 2 and len(usage.stderr.strip().splitlines()) == 1
    missing = run("places", str(tmp_path / "nowhere.txt"))
    assert missing.returncode == 1 and "nowhere.txt" in missing.stderr
    assert "Traceback" not in missing.stderr
