# The metadata editor's save flow: conflicts, the request preview and what the server answered.
# Widgets only; the logic they show lives in app/edit.
target_sources(pi_ui PRIVATE
    edit/valuetext.cpp edit/valuetext.h
    edit/requesttext.cpp edit/requesttext.h
    edit/conflictview.cpp edit/conflictview.h
    edit/savepreviewdialog.cpp edit/savepreviewdialog.h
    edit/saveoutcomebar.cpp edit/saveoutcomebar.h
)
