# Timeline analysis without widgets: statistics for any range.
target_sources(pi_core PRIVATE
    analysis/intervalset.cpp analysis/intervalset.h
    analysis/speakerstats.cpp analysis/speakerstats.h
)
