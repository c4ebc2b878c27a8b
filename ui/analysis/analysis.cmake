# Timeline analysis widgets: the statistics, events, participants and data checks beside the chart,
# and the exports (File > Export, the chart image's size dialog).
target_sources(pi_ui PRIVATE
    analysis/analysistabs.cpp analysis/analysistabs.h
    analysis/datacheckspane.cpp analysis/datacheckspane.h
    analysis/eventspane.cpp analysis/eventspane.h
    analysis/participantspane.cpp analysis/participantspane.h
    analysis/statspane.cpp analysis/statspane.h
    analysis/exportcontroller.cpp analysis/exportcontroller.h
    analysis/imagesizedialog.cpp analysis/imagesizedialog.h
    analysis/panelexportsource.cpp analysis/panelexportsource.h
)
