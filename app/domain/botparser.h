#pragma once

#include "bot.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

// Reads Retrieve Bot's answer (spec: "Related endpoints") into a Bot, keeping only the recordings and
// their participant-events artifact ids. Unknown members are ignored. Odd shapes never fail the whole
// bot: `recordings` that is not a list, a recording that is not an object, `media_shortcuts` or
// `participant_events` missing, null or not an object, an artifact without a usable id, each read as
// "no such part", and those that are neither missing nor null are noted in Bot::problems. Invalid
// UTF-8 is read as U+FFFD. Only JSON that is broken as a whole, or not an object, is an ApiError.
namespace BotParser {

Result<Bot> parseBot(const QByteArray &json);
Bot botFromJson(const QJsonObject &object);

} // namespace BotParser
