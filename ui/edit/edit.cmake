# The metadata editor's widgets: the table and text modes, the save flow (conflicts, the request
# preview, what the server answered) and the local history of saves. The logic they show lives in
# app/edit.
target_sources(pi_ui PRIVATE
    edit/metadataeditor.cpp edit/metadataeditor.h
    edit/metadataeditdelegate.cpp edit/metadataeditdelegate.h
    edit/metadatatextedit.cpp edit/metadatatextedit.h
    edit/valuetext.cpp edit/valuetext.h
    edit/requesttext.cpp edit/requesttext.h
    edit/conflictview.cpp edit/conflictview.h
    edit/savepreviewdialog.cpp edit/savepreviewdialog.h
    edit/saveoutcomebar.cpp edit/saveoutcomebar.h
    edit/historypanel.cpp edit/historypanel.h
    edit/editcontroller.cpp edit/editcontroller.h
    edit/draftsdialog.cpp edit/draftsdialog.h
)
