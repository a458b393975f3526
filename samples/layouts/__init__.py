"""Layouts of a return; each ``build(ctx, truth) -> SampleDoc`` records the truth it writes."""
from samples.layouts import (district_rows, indicator_rows, ledger, narrative, new_and_total, prose_rows,
                             split_table, table_per_project, wide_table)

LAYOUTS = {
    "prose_rows": prose_rows.build,
    "indicator_rows": indicator_rows.build,
    "ledger": ledger.build,
    "new_and_total": new_and_total.build,
    "narrative": narrative.build,
    "split_table": split_table.build,
    "district_rows": district_rows.build,
    "wide_table": wide_table.build,
    "table_per_project": table_per_project.build,
}
