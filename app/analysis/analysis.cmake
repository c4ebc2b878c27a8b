# Timeline analysis without widgets: statistics for any range, the exports a ticket can use and the
# support bundle (a zip written with libarchive), the models of the statistics, events and participants
# tables, the events drawn on the chart, and the data checks (what support questions usually hide in
# the files) with their item model.
target_sources(pi_core PRIVATE
    analysis/datacheckmodel.cpp analysis/datacheckmodel.h
    analysis/datachecks.cpp analysis/datachecks.h
    analysis/eventfilterproxymodel.cpp analysis/eventfilterproxymodel.h
    analysis/eventoverlay.cpp analysis/eventoverlay.h
    analysis/eventtablemodel.cpp analysis/eventtablemodel.h
    analysis/intervalset.cpp analysis/intervalset.h
    analysis/meetingfiles.cpp analysis/meetingfiles.h
    analysis/participanttreemodel.cpp analysis/participanttreemodel.h
    analysis/presence.cpp analysis/presence.h
    analysis/speakerstats.cpp analysis/speakerstats.h
    analysis/speakerstatsmodel.cpp analysis/speakerstatsmodel.h
    analysis/supportbundle.cpp analysis/supportbundle.h
    analysis/timelineexport.cpp analysis/timelineexport.h
)
