"""Skills vocabulary: time to load it and to scan a two-page resume.

Budgets (from the vocabulary's brief): ``find()`` over ~6,000 characters < 3 ms median
with the full vocabulary; loading < 150 ms median. Loading is what every process that
runs the engine does, ``Vocabulary.from_folder``: read the tables built at build time
(``generated/compiled.json``), after checking them current against the curated
``*.tsv`` and the derived files (a digest of their bytes), nothing cached between
runs. Building the tables from those sources (what the build script does, and what
the app falls back to while the compiled file is stale) is reported beside it,
without a budget.

Run alone with ``python -m benchmarks.bench_vocabulary`` or with the others through
``python -m benchmarks vocabulary``.
"""

from __future__ import annotations

from collections import Counter

from benchmarks.common import median, time_ms
from tailor_app.paths import resource_path
from tailor_app.tailoring.skills.compiled import source_paths
from tailor_app.tailoring.skills.vocabulary import Vocabulary

FIND_BUDGET_MS = 3.0
LOAD_BUDGET_MS = 150.0

# A mixed two-page resume: prose bullets, skills lists, headings in capitals, dates.
_PAGE = """\
ALEX MORGAN
Senior Data Engineer | alex@example.com | +1 555 0100 | Denver, CO | linkedin.com/in/alex
SUMMARY
Data engineer with 9 years of experience building batch and streaming pipelines, leading
small teams and partnering with analysts, product managers and finance stakeholders.
EXPERIENCE
Northwind Analytics — Senior Data Engineer                               2020 – Present
• Designed ELT pipelines in Python and SQL with Apache Airflow, dbt and Snowflake, cutting
  nightly load time from 6 hours to 50 minutes.
• Migrated on-premises Hadoop and Hive jobs to Databricks (PySpark, Delta Lake) on AWS
  (S3, EMR, Glue, Lambda); infrastructure as code with Terraform and GitHub Actions CI/CD.
• Built Tableau and Power BI dashboards for revenue forecasting and budget variance analysis.
• Mentored four junior engineers; ran code reviews and on-call rotation; wrote runbooks.
Contoso Retail — Data Analyst                                             2016 – 2020
• Automated weekly reporting with Excel (pivot tables, VLOOKUP, Power Query) and SQL Server.
• Ran A/B tests and regression analysis in R and pandas; presented findings to executives.
• Managed vendor relationships and a $250K tools budget; negotiated renewals.
SKILLS
Languages: Python, SQL, R, Scala, Bash, Java
Data: Spark, Kafka, Flink, Airflow, dbt, Snowflake, BigQuery, Redshift, PostgreSQL, MongoDB
Cloud & DevOps: AWS, GCP, Azure, Docker, Kubernetes, Terraform, Jenkins, Git
BI: Tableau, Power BI, Looker, Excel; Machine learning: scikit-learn, XGBoost, PyTorch
Soft skills: communication, stakeholder management, problem solving, time management
Languages spoken: English (native), Spanish (professional working proficiency)
CERTIFICATIONS
AWS Certified Solutions Architect – Associate; Databricks Certified Data Engineer Associate
EDUCATION
M.S. Statistics, University of Colorado, 2016; B.A. Economics, 2014
"""


def resume_text(chars: int = 6000) -> str:
    """About two pages of resume text, ``chars`` characters long."""
    return (_PAGE * (chars // len(_PAGE) + 1))[:chars]


def run(repeats: int = 60) -> dict[str, object]:
    """Medians and p95s (ms) of loading the vocabulary and of ``find()`` on two pages."""
    folder = resource_path("skills")
    load_times = time_ms(lambda: Vocabulary.from_folder(folder),
                         repeats=max(5, repeats // 6), warmup=1)
    build_times = time_ms(lambda: Vocabulary.from_files(*source_paths(folder)), repeats=3,
                          warmup=1)
    vocabulary = Vocabulary.from_folder(folder)
    text = resume_text()
    def cold_find() -> None:
        vocabulary.clear_cache()  # time the matcher, not its memo
        vocabulary.find(text)

    find_times = time_ms(cold_find, repeats=repeats)
    hits = vocabulary.find(text)
    fields = {f for skill in vocabulary.skills for f in skill.fields}
    sources = Counter(skill.source for skill in vocabulary.skills)
    return {
        "entries": len(vocabulary),
        **{f"entries_{source}": count for source, count in sorted(sources.items())},
        "fields": len(fields),
        "text_chars": len(text),
        "hits": len(hits),
        "load_median_ms": round(median(load_times), 2),
        "load_budget_ms": LOAD_BUDGET_MS,
        "build_from_sources_median_ms": round(median(build_times), 2),
        "find_median_ms": round(median(find_times), 3),
        "find_p95_ms": round(sorted(find_times)[int(0.95 * (len(find_times) - 1))], 3),
        "find_budget_ms": FIND_BUDGET_MS,
    }


if __name__ == "__main__":
    for key, value in run().items():
        print(f"{key:<16} {value}")
