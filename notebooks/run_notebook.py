"""Runs a notebook's code cells in order, as Jupyter would, without Jupyter: python3 run_notebook.py NB."""
import json
import sys

notebook = json.load(open(sys.argv[1]))
namespace = {"__name__": "__main__"}
for number, cell in enumerate(notebook["cells"], start=1):
    if cell["cell_type"] == "code":
        print(f"--- cell {number}")
        exec(compile("".join(cell["source"]), f"{sys.argv[1]}#cell{number}", "exec"), namespace)
