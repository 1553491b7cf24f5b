"""`python -m afru_nlp` runs the command-line interface."""
from afru_nlp.cli import cli

if __name__ == "__main__":
    cli()
