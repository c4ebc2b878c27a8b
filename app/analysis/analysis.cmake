# Timeline analysis without widgets: statistics for any range, and the exports a ticket can use.
target_sources(pi_core PRIVATE
    analysis/eventoverlay.cpp analysis/eventoverlay.h
    analysis/intervalset.cpp analysis/intervalset.h
    analysis/meetingfiles.cpp analysis/meetingfiles.h
    analysis/presence.cpp analysis/presence.h
    analysis/speakerstats.cpp analysis/speakerstats.h
    analysis/timelineexport.cpp analysis/timelineexport.h
)
