"""A register saved by openpyxl, as an office's own script would: the sample with a note,
a chart of its own, a conditional format and a defined name. Usage: withOpenpyxl.py IN OUT"""
import sys
from openpyxl import load_workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import PatternFill
from openpyxl.workbook.defined_name import DefinedName

wb = load_workbook(sys.argv[1])
tiltak = wb["Tiltak"]
tiltak["B2"].comment = Comment("Følges opp i styringsgruppen", "Porteføljekontoret")
reports = wb["Rapporter"]
reports.conditional_formatting.add(
    "D2:D500", CellIsRule(operator="equal", formula=['"Rød"'], fill=PatternFill("solid", start_color="FFE06666")))
costs = wb["Driftskostnader"]
chart = BarChart()
chart.title = "Beløp per rad"
chart.add_data(Reference(costs, min_col=5, min_row=1, max_row=10), titles_from_data=True)
chart.set_categories(Reference(costs, min_col=1, min_row=2, max_row=10))
costs.add_chart(chart, "H2")
wb.defined_names.append(DefinedName("Tiltaksliste", attr_text="Tiltak!$A$2:$A$40"))
wb.save(sys.argv[2])
