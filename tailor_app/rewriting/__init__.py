"""Rewriting bullets with the user's own language model, held by the rewrite guard.

Off by default: nothing here opens a connection until the user names a server
(Preferences, ``--llm-url`` or ``TAILOR_APP_LLM_URL``). ``client`` speaks the
OpenAI-compatible chat API, ``prompt`` builds one request per bullet and cleans
the reply, ``rewriter`` runs the requests (a few at a time, cancellable) and puts
every proposal through :func:`tailor_app.tailoring.compose.rewrite_guard.check_rewrite`.
"""
