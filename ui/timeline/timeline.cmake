# The speaker timeline's widgets: the painter that both the chart and the file renderer use, the chart,
# the --render command, the panel and dock that host the chart, and the cache's settings group.
target_sources(pi_ui PRIVATE
    timeline/timelinecolors.cpp timeline/timelinecolors.h
    timeline/timelinelayout.cpp timeline/timelinelayout.h
    timeline/timelinepainter.cpp timeline/timelinepainter.h
    timeline/timelineeventpainter.cpp timeline/timelineeventpainter.h
    timeline/segmentlookup.cpp timeline/segmentlookup.h
    timeline/eventlookup.cpp timeline/eventlookup.h
    timeline/timelinechart.cpp timeline/timelinechartinput.cpp timeline/timelinechartevents.cpp
    timeline/timelinechart.h
    timeline/timelinerenderer.cpp timeline/timelinerenderer.h
    timeline/rendercommand.cpp timeline/rendercommand.h
    timeline/timelinepanel.cpp timeline/timelinepanel.h
    timeline/timelinedock.cpp timeline/timelinedock.h
    timeline/cachesettings.cpp timeline/cachesettings.h
)
