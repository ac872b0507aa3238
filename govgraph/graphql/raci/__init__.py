"""The RACI matrix: who is responsible, accountable, consulted and informed per action field."""
