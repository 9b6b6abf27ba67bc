"""The append-only audit log (database triggers refuse UPDATE and DELETE), its pages and CSV."""
