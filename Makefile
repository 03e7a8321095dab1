# The two commands a new user needs: `make run` and `make test`.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format worker beat requirements messages clean demo-code \
	backup restore audit image-check bench

$(STAMP): requirements.txt requirements-dev.txt
	@command -v $(PYTHON) >/dev/null || { echo "$(PYTHON) is required"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11, 5))' \
		|| { echo "Python 3.11.5 or newer is required ($(PYTHON) is older)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt -r requirements-dev.txt
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python manage.py migrate --noinput
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py load_demo
	@echo
	@echo "  The site:  http://$(HOST):$(PORT)/"
	@echo "  The admin: http://$(HOST):$(PORT)/admin/ (login printed above)"
	@echo
	WAGTAILADMIN_BASE_URL=http://$(HOST):$(PORT) $(BIN)/python manage.py runserver $(HOST):$(PORT)

test: $(STAMP)
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	find . -path ./.venv -prune -o -name '*.html' -print | xargs $(BIN)/djhtml --check

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
	find . -path ./.venv -prune -o -name '*.html' -print | xargs $(BIN)/djhtml

demo-code: $(STAMP)
	$(BIN)/python manage.py demo_totp

worker: $(STAMP)
	$(BIN)/celery -A config worker --loglevel=INFO

beat: $(STAMP)
	$(BIN)/celery -A config beat --loglevel=INFO

messages: $(STAMP)
	$(BIN)/python manage.py makemessages -l fr -l es --ignore=.venv --ignore=staticfiles --ignore=tests --ignore=bench
	$(BIN)/python manage.py compilemessages --ignore=.venv

requirements: $(STAMP)
	$(BIN)/pip-compile -q --strip-extras --no-header --no-emit-index-url \
		--no-emit-find-links -o requirements.txt requirements.in
	$(BIN)/pip-compile -q --strip-extras --no-header --no-emit-index-url \
		--no-emit-find-links -o requirements-dev.txt requirements-dev.in

backup: $(STAMP)
	$(BIN)/python manage.py backup $(BACKUP_ARGS)

restore: $(STAMP)
	@test -n "$(ARCHIVE)" || { echo "usage: make restore ARCHIVE=backups/aivp-....tar.gz"; exit 1; }
	$(BIN)/python manage.py restore "$(ARCHIVE)" $(RESTORE_ARGS)

# Known vulnerabilities in the pinned dependencies (needs network access to PyPI).
audit: $(STAMP)
	$(BIN)/pip-audit --strict -r requirements.txt

# Build the container image and check it against this machine's PostgreSQL and
# Redis, with podman or docker (docs/deployment.md). Not part of CI.
image-check:
	bash bench/image_check.sh

# Every performance goal measured on this machine, printed as one table
# (bench/run_all.py: PostgreSQL, Redis, wrk and locust; about 25 minutes).
# BENCH_ARGS=--quick for a soak of 2 minutes instead of 10.
bench: $(STAMP)
	$(BIN)/python bench/run_all.py $(BENCH_ARGS)

clean:
	rm -rf $(VENV) staticfiles db.sqlite3
