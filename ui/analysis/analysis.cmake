# Timeline analysis's widgets: File > Export (the chart, the CSVs, RTTM, labels, the support bundle) and
# the chart image's size dialog.
target_sources(pi_ui PRIVATE
    analysis/exportcontroller.cpp analysis/exportcontroller.h
    analysis/imagesizedialog.cpp analysis/imagesizedialog.h
)
