# The local history of saves: its panel. Kept apart from the other editing widgets of ui/edit/.
target_sources(pi_ui PRIVATE
    edit/historypanel.cpp edit/historypanel.h
)
