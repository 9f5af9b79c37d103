"""Prints how each of this gunicorn's command-line flags takes its value, as JSON.

Read from gunicorn's own settings (gunicorn.config.KNOWN_SETTINGS), the table its argument
parser is built from, plus the --version and --help flags argparse adds.
"""
import json

import gunicorn
from gunicorn import config


def arity(setting):
    if setting.nargs == "?":
        return "optional"
    if setting.action in ("store_true", "store_false", "store_const", "count"):
        return "none"
    return "value"


flags = {"-v": "none", "--version": "none", "-h": "none", "--help": "none"}
for setting in config.KNOWN_SETTINGS:
    for flag in setting.cli or []:
        flags[flag] = arity(setting)
print(json.dumps({"version": gunicorn.__version__, "flags": flags}, sort_keys=True))
