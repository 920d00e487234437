package uk.safeguard.reporting.internal;

import java.util.List;
import uk.safeguard.reporting.Period;
import uk.safeguard.reporting.internal.MultiAgencyDataset.AgencyRow;

/**
 * The multi-agency dataset for a period as the page and downloads show it (DOMAIN.md section 8: "each agency's
 * referrals to the MASH and contribution to strategy discussions"); the figures are the indicators engine's.
 */
public record DashboardMultiAgency(Period period, List<AgencyRow> rows) {

    /** "Police", "Education" ...: the agency type's words. */
    public String typeLabel(AgencyRow row) {
        return "NOT_RECORDED".equals(row.agencyType()) ? "Not recorded" : AttritionReport.agencyLabel(row.agencyType());
    }

    public String attendedText(AgencyRow row) {
        return DashboardFormat.value(row.percentAttended(), uk.safeguard.reporting.Unit.PERCENT);
    }

    public ExportTable table() {
        ExportTable.Builder table = ExportTable.named("Multi-agency dataset", "Agency type", "Agency", "From", "To",
                "Children on contacts", "Referrals", "Strategy discussions invited to", "Strategy discussions attended",
                "Attended %");
        for (AgencyRow r : rows) {
            table.row(typeLabel(r), r.agencyName(), period.from(), period.to(), r.contacts(), r.referrals(),
                    r.strategyDiscussionsInvited(), r.strategyDiscussionsAttended(), r.percentAttended());
        }
        return table.build();
    }
}
