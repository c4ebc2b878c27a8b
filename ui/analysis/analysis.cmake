# Timeline analysis widgets: the panes beside the speaker timeline's chart.
target_sources(pi_ui PRIVATE
    analysis/datacheckspane.cpp analysis/datacheckspane.h
)
