"""The model server's API key: in the system keyring, or nowhere.

A key is a password to a paid account, so it never goes into settings.ini (a
plain file a user may copy or share for support). When the ``keyring`` library
finds a real backend (macOS Keychain, Windows Credential Manager, the Secret
Service of GNOME or KDE), the key is kept there under the server's address; when
it finds none, nothing is stored and the user gives the key through
``TAILOR_APP_LLM_KEY`` instead. The command line and scripts read only that
variable, so they never prompt a keyring to unlock.
"""

from __future__ import annotations

import contextlib
import logging
import os
import urllib.parse
from typing import Any

from .rewriting import ENV_KEY

__all__ = ["SERVICE", "backend_name", "delete_key", "env_key", "has_backend", "load_key",
           "save_key"]

log = logging.getLogger(__name__)
SERVICE = "Resume Tailor model server"


def _backend() -> Any:
    import keyring

    return keyring.get_keyring()


def has_backend() -> bool:
    """True when a keyring that really stores secrets is there (not the library's
    'fail' or 'null' stand-ins, which are all a machine without one gets)."""
    try:
        from keyring.backends import fail, null

        backend = _backend()
    except Exception:  # a broken keyring install must not break Preferences
        log.warning("the keyring library could not load a backend", exc_info=True)
        return False
    return not isinstance(backend, fail.Keyring | null.Keyring)


def backend_name() -> str:
    """The keyring's own name for itself ("macOS Keyring", "SecretService Keyring")."""
    try:
        backend = _backend()
    except Exception:
        return ""
    return str(getattr(backend, "name", "") or type(backend).__name__)


def _account(url: str) -> str:
    """The entry's user name: the server's address without a trailing slash, so one
    key per server and a changed path does not reuse another server's key."""
    parts = urllib.parse.urlsplit(url.strip())
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}".lower()


def load_key(url: str) -> str | None:
    """The key kept for ``url``, or None (no keyring, no key, or it refused)."""
    if not url.strip() or not has_backend():
        return None
    try:
        import keyring

        return keyring.get_password(SERVICE, _account(url)) or None
    except Exception:  # a locked or broken keyring: behave as if no key was kept
        log.warning("the keyring did not give the model server's key", exc_info=True)
        return None


def save_key(url: str, key: str) -> bool:
    """Keep ``key`` for ``url`` (an empty key removes it); False when there is no
    keyring to keep it in, or it refused."""
    if not has_backend():
        return False
    if not key:
        delete_key(url)
        return True
    try:
        import keyring

        keyring.set_password(SERVICE, _account(url), key)
    except Exception:
        log.warning("the keyring did not store the model server's key", exc_info=True)
        return False
    return True


def delete_key(url: str) -> None:
    """Forget the key kept for ``url``, if any."""
    if not has_backend():
        return
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):  # there was none
            keyring.delete_password(SERVICE, _account(url))
    except Exception:
        log.warning("the keyring did not delete the model server's key", exc_info=True)


def env_key() -> str | None:
    """The key from ``TAILOR_APP_LLM_KEY``, if set."""
    return os.environ.get(ENV_KEY) or None
