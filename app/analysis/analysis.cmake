# Timeline analysis without widgets: statistics for any range, the exports a ticket can use, and the
# support bundle (a zip written with libarchive).
target_sources(pi_core PRIVATE
    analysis/intervalset.cpp analysis/intervalset.h
    analysis/meetingfiles.cpp analysis/meetingfiles.h
    analysis/presence.cpp analysis/presence.h
    analysis/speakerstats.cpp analysis/speakerstats.h
    analysis/speakerstatsmodel.cpp analysis/speakerstatsmodel.h
    analysis/supportbundle.cpp analysis/supportbundle.h
    analysis/timelineexport.cpp analysis/timelineexport.h
)
