# afru-nlp: two commands on a fresh machine.
#   make run   creates .venv, installs the package, annotates corpus/ and builds the derived outputs
#   make test  the same environment plus test extras, then the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test venv bench clean

venv: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,plot,parquet,train]'
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/afru-nlp extract corpus/ -o annotations/corpus.jsonl
	$(BIN)/afru-nlp validate annotations/corpus.jsonl
	$(BIN)/afru-nlp evaluate annotations/gold/ annotations/corpus.jsonl --json -o annotations/evaluation.json
	$(BIN)/afru-nlp timeline annotations/corpus.jsonl --dyad AFG-RUS --freq 5Y --format csv -o annotations/timeline-AFG-RUS.csv
	$(BIN)/afru-nlp compare annotations/corpus.jsonl --dyad AFG-RUS --split-by role --freq essay --format markdown -o annotations/compare-source-vs-later.md
	$(BIN)/afru-nlp compare annotations/corpus.jsonl --dyads AFG-RUS,AFG-PAK,AFG-USA --freq decade --format markdown -o annotations/compare-dyads.md
	$(BIN)/afru-nlp plot annotations/corpus.jsonl --dyad AFG-RUS --split-by role --freq essay --events afghanistan -o annotations/timeline-AFG-RUS.png

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/wikiwars.py
	$(BIN)/python benchmarks/plover_actors.py
	$(BIN)/python benchmarks/plover_actors.py --codebook cameo
	$(BIN)/python benchmarks/plover_stance.py
	$(BIN)/python benchmarks/plover_stance.py --codebook guidelines
	$(BIN)/python benchmarks/stance_model.py
	$(BIN)/python benchmarks/speed.py
	$(BIN)/python benchmarks/timeline.py annotations/corpus.jsonl

clean:
	rm -rf $(VENV) build dist src/*.egg-info .pytest_cache
