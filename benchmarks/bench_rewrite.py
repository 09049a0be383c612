"""Our own cost per rewritten bullet, model time excluded (budget 5 ms).

Against the stub server of tests/llm_stub.py, which answers at once: per bullet we
time building the request, the HTTP round trip on 127.0.0.1 with JSON both ways,
cleaning the reply and the rewrite guard. The stub's own handling is included (it
is small), so the figure is an upper bound on what the app adds to the model's time.
"""

from __future__ import annotations

from benchmarks.common import Row, add_tests_to_path, median, p95, time_ms

BULLETS = (
    "Led a team of 14 pickers and packers across two shifts",
    "Cut mis-picks by 30% by introducing barcode scanning with Zebra handhelds",
    "Trained 20 new hires on forklift safety and OSHA rules",
    "Reconciled 12 bank accounts monthly in QuickBooks and Excel, closing books in 5 days",
    "Administered IV therapy and medications for 6 patients per shift using Epic",
)


def run() -> list[Row]:
    add_tests_to_path()
    from llm_stub import stub_server

    from tailor_app.rewriting.client import LlmConfig, chat
    from tailor_app.rewriting.prompt import BulletTask, build_messages
    from tailor_app.rewriting.rewriter import judge
    from tailor_app.tailoring.skills.vocabulary import load_vocabulary

    vocabulary = load_vocabulary()
    tasks = [BulletTask((0, 0, i), text, "Supervisor, Harbor Freight  2019 - Present")
             for i, text in enumerate(BULLETS)]
    rows: list[Row] = []
    with stub_server(lambda bullet: "faithful") as stub:
        config = LlmConfig(url=stub.url, model="llama3.2", timeout=10)
        cursor = iter(range(10**9))

        def one() -> None:
            task = tasks[next(cursor) % len(tasks)]
            judge(task, chat(config, build_messages(task)), vocabulary)

        times = time_ms(one, repeats=200, warmup=10)
    rows.append(Row("rewrite: our cost per bullet incl. local HTTP (stub)", median(times), 5,
                    p95=p95(times)))
    replies = {t.text: f"Here is the bullet:\n\"Successfully {t.text[0].lower()}{t.text[1:]}\""
               for t in tasks}
    cursor2 = iter(range(10**9))

    def guard_only() -> None:
        task = tasks[next(cursor2) % len(tasks)]
        build_messages(task)
        judge(task, replies[task.text], vocabulary)

    times = time_ms(guard_only, repeats=500, warmup=10)
    rows.append(Row("rewrite: prompt + clean + guard per bullet (no HTTP)", median(times), 5,
                    p95=p95(times)))
    return rows
