# Timeline analysis widgets: the statistics, events, participants and data checks beside the chart,
# and the exports.
target_sources(pi_ui PRIVATE
    analysis/statspane.cpp analysis/statspane.h
    analysis/eventspane.cpp analysis/eventspane.h
    analysis/participantspane.cpp analysis/participantspane.h
)
