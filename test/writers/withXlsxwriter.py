"""A register written by XlsxWriter, the way Excel writes files: every sheet of the sample
(values read with openpyxl), a table over Rapporter, a chart, a picture and a dropdown.
Usage: withXlsxwriter.py IN OUT PNG"""
import datetime
import sys
import xlsxwriter
from openpyxl import load_workbook

source = load_workbook(sys.argv[1], data_only=True)
book = xlsxwriter.Workbook(sys.argv[2])
date = book.add_format({"num_format": "dd.mm.yyyy"})
for ws in source.worksheets:
    out = book.add_worksheet(ws.title)
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                out.write_datetime(r, c, value, date)
            elif value is not None:
                out.write(r, c, value)
    if ws.title == "Rapporter":
        header = [str(h) for h in rows[0]]
        out.add_table(0, 0, len(rows) - 1, len(header) - 1,
                      {"name": "Rapporttabell", "columns": [{"header": h} for h in header], "autofilter": True})
        out.data_validation(1, 3, 1000, 3, {"validate": "list", "source": ["Grønn", "Gul", "Rød"]})
    if ws.title == "Tiltak":
        out.insert_image("M2", sys.argv[3])
    if ws.title == "Driftskostnader":
        chart = book.add_chart({"type": "column"})
        chart.add_series({"name": "Beløp", "categories": ["Driftskostnader", 1, 0, 9, 0], "values": ["Driftskostnader", 1, 4, 9, 4]})
        out.insert_chart("H2", chart)
book.close()
