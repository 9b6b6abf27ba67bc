"""What the tests share: clients and sign-in, services and servers, and arrangements per
domain (one module each). Fixtures stay in conftest.py files; helpers live here."""
