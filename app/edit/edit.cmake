# Editing metadata: the pieces of the editor that need no widgets.
target_sources(pi_core PRIVATE
    edit/metadatatext.cpp edit/metadatatext.h
    edit/metadataeditmodel.cpp edit/metadataeditmodel.h
    edit/draftstore.cpp edit/draftstore.h
    edit/metadatamerge.cpp edit/metadatamerge.h
    edit/metadataverify.cpp edit/metadataverify.h
    edit/metadatadiff.cpp edit/metadatadiff.h
    edit/requestpreview.cpp edit/requestpreview.h
    edit/savesemantics.cpp edit/savesemantics.h
    edit/metadatasaver.cpp edit/metadatasaver.h
    edit/historystore.cpp edit/historystore.h
)
