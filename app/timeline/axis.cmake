# The speaker timeline's time axis and level of detail: plain classes, no widgets.
target_sources(pi_core PRIVATE
    timeline/timemapping.cpp timeline/timemapping.h
    timeline/timeticks.cpp timeline/timeticks.h
    timeline/coverage.cpp timeline/coverage.h
)
