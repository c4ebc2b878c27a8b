# Finding things to show: what an id the user typed or pasted turns out to be.
target_sources(pi_core PRIVATE
    browse/openresolver.cpp browse/openresolver.h
)
