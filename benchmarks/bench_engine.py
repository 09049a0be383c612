"""Engine time per case: a resume plus a posting through ``tailor()``.

Budget (DESIGN.md): p50 ≤ 20 ms, p95 ≤ 60 ms for a 2-page resume and a 1-page
posting. Each field's sample resume is paired with its posting, and the real
corpus postings are run against a software resume when the corpus is present.
"""

from __future__ import annotations

from benchmarks.common import CORPUS, Row, add_tests_to_path, median, p95, time_ms

P50_BUDGET_MS = 20.0
P95_BUDGET_MS = 60.0


def cases() -> list[tuple[str, str, str]]:
    add_tests_to_path()
    from posting_samples import POSTINGS
    from resume_samples import SAMPLES

    pairs = [(f"sample {k}", SAMPLES[k], POSTINGS[k]) for k in SAMPLES if k in POSTINGS]
    if (CORPUS / "jds").is_dir() and "software" in SAMPLES:
        for jd in sorted((CORPUS / "jds").glob("*.txt")):
            pairs.append((f"corpus {jd.stem}", SAMPLES["software"], jd.read_text("utf-8")))
    return pairs


def run(repeats: int = 30) -> list[Row]:
    from tailor_app.tailoring.tailor import tailor
    from tailor_app.tailoring.vocabulary import load_vocabulary

    load_vocabulary()  # loading once per process is not part of a job's time
    all_times: list[float] = []
    rows = []
    for name, resume, posting in cases():
        times = time_ms(lambda r=resume, p=posting: tailor(r, p), repeats)
        all_times.extend(times)
        rows.append(Row(f"engine: {name}", median(times), P50_BUDGET_MS,
                        p95=p95(times), p95_budget=P95_BUDGET_MS))
    rows.append(Row("engine: all cases", median(all_times), P50_BUDGET_MS,
                    p95=p95(all_times), p95_budget=P95_BUDGET_MS))
    return rows


if __name__ == "__main__":
    for row in run():
        print(row.line())
