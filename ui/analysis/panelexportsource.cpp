#include "analysis/panelexportsource.h"

#include "analysis/speakerstatsmodel.h"
#include "analysis/statspane.h"
#include "net/recallclient.h"
#include "timeline/timelinepanel.h"

#include <QPointer>

using namespace Qt::StringLiterals;

QString statsNoteText(const SpeakerStats::Result &result, bool ranged, const TimelineDocument &document)
{
    QString note = ranged
        ? u"the range %1 s to %2 s"_s.arg(result.totals.from, 0, 'f', 3).arg(result.totals.to, 0, 'f', 3)
        : u"the whole meeting"_s;
    QStringList merged;
    for (const SpeakerStats::Row &row : result.rows) {
        if (row.members.size() < 2)
            continue;
        QStringList ids;
        for (const qsizetype member : row.members)
            ids.append(QString::number(document.timeline().participants().at(member).id));
        merged.append(document.rowName(row.row) % u" ("_s % ids.join(u'+') % u')');
    }
    if (!merged.isEmpty())
        note += u"; rows merged as one speaker: "_s % merged.join(u", "_s);
    return note + u'.';
}

ExportSource panelExportSource(TimelinePanel *panel, std::function<RecallClient *()> client)
{
    const QPointer<TimelinePanel> guarded(panel);
    ExportSource source = ExportSource::fromChart(panel->chart());
    source.meeting = [guarded] { return guarded ? guarded->meeting() : MeetingFiles {}; };
    source.statsCsv
        = [guarded] { return guarded && guarded->statsPane() ? guarded->statsPane()->model()->csv() : QByteArray(); };
    source.statsNote = [guarded] {
        const SpeakerStatsModel *model = guarded && guarded->statsPane() ? guarded->statsPane()->model() : nullptr;
        if (!model || !model->document())
            return QString();
        return statsNoteText(model->result(), model->range().has_value(), *model->document());
    };
    source.artifact = [guarded] { return guarded ? guarded->artifact() : std::nullopt; };
    source.filePaths = [guarded] { return guarded ? guarded->sourcePaths() : QStringList(); };
    source.title = [guarded] { return guarded ? guarded->title() : QString(); };
    source.requestLog = [guarded, client] {
        RecallClient *c = client ? client() : nullptr;
        const std::optional<Artifact> artifact = guarded ? guarded->artifact() : std::nullopt;
        return c && artifact ? c->requestLog().forArtifact(artifact->id) : QString();
    };
    source.connection = [client] {
        RecallClient *c = client ? client() : nullptr;
        return c ? c->connection() : Connection {};
    };
    return source;
}
