# Loading the three Recall downloads without widgets: the windowed list walk every parser shares, the
# participants and participant events files, the file kind from content, and the worker-thread loader.
target_sources(pi_core PRIVATE
    timeline/arraywindows.cpp timeline/arraywindows_p.h
    timeline/jsonlist.cpp timeline/jsonlist_p.h
    timeline/participanttable.cpp timeline/participanttable_p.h
    timeline/filekind.cpp timeline/filekind.h
    timeline/participantfiles.cpp timeline/participantfiles.h
    timeline/timelineloader.cpp timeline/timelineloader.h
)
