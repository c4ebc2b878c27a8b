# Timeline analysis widgets: the statistics, events, participants and data checks beside the chart,
# and the exports.
target_sources(pi_ui PRIVATE
    analysis/datacheckspane.cpp analysis/datacheckspane.h
    analysis/eventspane.cpp analysis/eventspane.h
    analysis/participantspane.cpp analysis/participantspane.h
    analysis/statspane.cpp analysis/statspane.h
)
