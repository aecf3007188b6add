"""Files in and out: what kind of input a file is (by content), and one boundary for writing
output files (temp file + rename, every failure an OutputError naming the path)."""

__all__ = ["OutputError", "atomic_path", "check_output_path", "write_text_atomic"]


def __getattr__(name):
    # the writing boundary loads when first asked for: a run that writes no file (places,
    # extract, geocode read from geomove.io.progress or .language) does not import tempfile
    # and shutil (~3 ms a process)
    if name in __all__:
        from . import output
        return getattr(output, name)
    raise AttributeError(f"module 'geomove.io' has no attribute {name!r}")
