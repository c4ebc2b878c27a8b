# The timeline analysis panes: the participant events table and the participants tree.
target_sources(pi_ui PRIVATE
    analysis/eventspane.cpp analysis/eventspane.h
    analysis/participantspane.cpp analysis/participantspane.h
)
